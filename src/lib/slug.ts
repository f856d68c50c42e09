/**
 * Identifiers from human text: lowercase, no accents, words joined by hyphens
 * («Décimo Sexta Sesión» → «decimo-sexta-sesion»).
 */
export function slugify(texto: string, maximo = 80): string {
  const slug = texto
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ñ/g, 'n')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maximo) return slug;
  const cut = slug.slice(0, maximo);
  return slug[maximo] === '-' ? cut : cut.replace(/-[^-]*$/, '');
}
