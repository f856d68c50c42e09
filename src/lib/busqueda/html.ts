/**
 * Pagefind separates the text of headings, paragraphs, list items, table data cells and a few
 * other blocks, but joins the text of other elements without a space: a record's data sheet
 * (`<dt>Lugar</dt><dd>Jocotitlán</dd>`) would be indexed as «LugarJocotitlán», and a table header
 * row as «PersonaCargoRepresentación», so neither word could be found. Before indexing, the copy
 * of each page given to Pagefind gets a space before the closing tag of those blocks. The files
 * on disk are not touched.
 */
const BLOQUES_SIN_SEPARAR = ['dt', 'dd', 'th', 'tr', 'caption', 'blockquote', 'figcaption', 'summary', 'legend', 'dl', 'ol', 'table', 'details', 'figure', 'pre'];

const CIERRE = new RegExp(`</(${BLOQUES_SIN_SEPARAR.join('|')})\\s*>`, 'gi');

export function spaceBlockBoundaries(html: string): string {
  return html.replace(CIERRE, ' $&');
}

/**
 * The result URL of a built page from its path inside the output folder, as Pagefind computes it
 * (`sesiones/x/index.html` → `/sesiones/x/`; `404.html` → `/404.html`).
 */
export function pageUrl(rutaRelativa: string): string {
  const limpia = rutaRelativa.split(/[\\/]+/).filter(Boolean).join('/');
  if (limpia === 'index.html') return '/';
  if (limpia.endsWith('/index.html')) return `/${limpia.slice(0, -'index.html'.length)}`;
  return `/${limpia}`;
}
