/** One page of a view's rows; a page number out of range shows the nearest page. */
export interface Pagina<T> {
  filas: T[];
  /** 1-based page shown. */
  pagina: number;
  paginas: number;
  total: number;
  /** 1-based position of the first and last row shown (0 and 0 when there are none). */
  desde: number;
  hasta: number;
}

export function paginate<T>(filas: readonly T[], pagina: number, porPagina: number): Pagina<T> {
  const paginas = Math.max(1, Math.ceil(filas.length / porPagina));
  const actual = Math.min(Math.max(1, Math.trunc(pagina) || 1), paginas);
  const inicio = (actual - 1) * porPagina;
  const vista = filas.slice(inicio, inicio + porPagina);
  return { filas: vista, pagina: actual, paginas, total: filas.length, desde: vista.length ? inicio + 1 : 0, hasta: inicio + vista.length };
}
