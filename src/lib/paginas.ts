/**
 * Splitting long lists into numbered pages (`/acuerdos/`, `/acuerdos/pagina/2/`, …) so list pages
 * stay light on sites with tens of thousands of records.
 */
export interface Pagina<T> {
  numero: number;
  total: number;
  elementos: T[];
  /** Position (from 1) of the first and last element on this page. */
  desde: number;
  hasta: number;
}

export function paginate<T>(items: readonly T[], porPagina: number): Pagina<T>[] {
  const total = Math.max(1, Math.ceil(items.length / porPagina));
  return Array.from({ length: total }, (_, i) => ({
    numero: i + 1,
    total,
    elementos: items.slice(i * porPagina, (i + 1) * porPagina),
    desde: Math.min(items.length, i * porPagina + 1),
    hasta: Math.min(items.length, (i + 1) * porPagina),
  }));
}

/** Site path of page `n` of a list whose first page is `primera` (`/acuerdos/`). */
export function pagePath(primera: string, n: number): string {
  return n <= 1 ? primera : `${primera}pagina/${n}/`;
}
