/**
 * Which pages the build renders first, and how the index groups them. Astro renders routes in
 * path order, so on a large site the sessions — most of the record pages — came last, and all
 * their indexing (and the writing of the last part of the index) happened after the last page.
 * Rendered first, their indexing runs beside the rendering of every other page (agreements,
 * lists, datasets), which is most of the build.
 *
 * Pages of a collection's summary (a dataset's page lists the size and SHA-256 of its files)
 * change whenever any record of the collection does. Were they among the record pages, one
 * edited session would re-index two large parts of the index: the session's and the summary's.
 * So, on a site whose record pages fill more than one part, they come after the record pages in a
 * small group of parts of their own, cheap to index again. On a smaller site they are the last
 * pages of its one part: a part of their own would only add downloads to every query. The order
 * stays fixed between builds, so the output stays byte-identical.
 */
import { MARCA_DE_REGISTRO } from './html.ts';

/**
 * What marks, in a record template's source, the summary of a whole collection (on its
 * `<article data-pagefind-body>`).
 */
export const MARCA_DE_RESUMEN = 'data-resumen-de-coleccion';

/**
 * How a page template is indexed: `registro`, one record per page, indexed first; `resumen`, the
 * summary of a collection, indexed next in parts of its own; `otra`, anything else (a page of it
 * with the record mark, from a component, is still indexed, last; the build says so).
 */
export type ClaseDePlantilla = 'registro' | 'resumen' | 'otra';

/** The class of a page template, from its source. */
export function templateClass(fuente: string): ClaseDePlantilla {
  if (!fuente.includes(MARCA_DE_REGISTRO)) return 'otra';
  return fuente.includes(MARCA_DE_RESUMEN) ? 'resumen' : 'registro';
}

const ORDEN: Record<ClaseDePlantilla, number> = { registro: 0, resumen: 1, otra: 2 };

/** The paths of record templates first, then those of summaries, then the others; each group in the order given. */
export function inIndexOrder<T extends { route: { component: string } }>(rutas: readonly T[], claseDe: (componente: string) => ClaseDePlantilla): T[] {
  // A stable sort keeps the order given within each class.
  return [...rutas].sort((a, b) => ORDEN[claseDe(a.route.component)] - ORDEN[claseDe(b.route.component)]);
}

/**
 * Whether the summaries of collections get parts of their own: only when the `registros` record
 * pages take more than one part of `paginasPorParte`.
 */
export function summariesApart(registros: number, paginasPorParte: number): boolean {
  return registros > paginasPorParte;
}

/** The class a template's pages are indexed as: a summary is one more record page when not apart. */
export function indexedClass(clase: ClaseDePlantilla, resumenesAparte: boolean): ClaseDePlantilla {
  return clase === 'resumen' && !resumenesAparte ? 'registro' : clase;
}
