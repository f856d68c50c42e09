/**
 * Pagefind separates the text of headings, paragraphs, list items, table data cells and a few
 * other blocks, but joins the text of other elements without a space: a record's data sheet
 * (`<dt>Lugar</dt><dd>Jocotitlán</dd>`) would be indexed as «LugarJocotitlán», and a table header
 * row as «PersonaCargoRepresentación», so neither word could be found. Before indexing, the copy
 * of each page given to Pagefind gets a space before the closing tag of those blocks. The files
 * on disk are not touched.
 */
const BLOQUES_SIN_SEPARAR = [
  'dt',
  'dd',
  'th',
  'tr',
  'caption',
  'blockquote',
  'figcaption',
  'summary',
  'legend',
  'dl',
  'ol',
  'table',
  'details',
  'figure',
  'pre',
];

const CIERRE = new RegExp(`</(${BLOQUES_SIN_SEPARAR.join('|')})\\s*>`, 'gi');

export function spaceBlockBoundaries(html: string): string {
  return html.replace(CIERRE, ' $&');
}

/**
 * The result URL of a built page from its path inside the output folder, as Pagefind computes it
 * (`sesiones/x/index.html` → `/sesiones/x/`; `404.html` → `/404.html`).
 */
export function pageUrl(rutaRelativa: string): string {
  const limpia = rutaRelativa
    .split(/[\\/]+/)
    .filter(Boolean)
    .join('/');
  if (limpia === 'index.html') return '/';
  if (limpia.endsWith('/index.html')) return `/${limpia.slice(0, -'index.html'.length)}`;
  return `/${limpia}`;
}

/** What marks a record page, and the element of it that is indexed. */
export const MARCA_DE_REGISTRO = 'data-pagefind-body';

const APERTURA_DEL_REGISTRO = /<article\b[^>]*\bdata-pagefind-body\b[^>]*>/i;
const ARTICULO = /<(\/?)article\b[^>]*>/gi;

/**
 * The part of a record page that Pagefind reads: the `<article data-pagefind-body>` element
 * (nested articles included), with the page's language and `<title>` around it. Pagefind ignores
 * everything else (header, navigation, footer, data links), but parsing it is about a fifth of
 * its work on a large site. A page whose record element cannot be told apart is given whole.
 */
export function recordBody(html: string): string {
  const apertura = APERTURA_DEL_REGISTRO.exec(html);
  if (!apertura) return html;
  ARTICULO.lastIndex = apertura.index + apertura[0].length;
  let profundidad = 1;
  for (let etiqueta = ARTICULO.exec(html); etiqueta; etiqueta = ARTICULO.exec(html)) {
    profundidad += etiqueta[1] ? -1 : 1;
    if (profundidad === 0) {
      const idioma = /<html\b[^>]*\blang="([^"]*)"/i.exec(html)?.[1] ?? 'es';
      const titulo = /<title>[^<]*<\/title>/i.exec(html)?.[0] ?? '';
      return `<!DOCTYPE html><html lang="${idioma}"><head>${titulo}</head><body>${html.slice(apertura.index, ARTICULO.lastIndex)}</body></html>`;
    }
  }
  return html;
}
