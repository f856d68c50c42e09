/**
 * A view applied to a table: filtered, then sorted, then paged; and its rows as a CSV file written
 * by the same writer as the published CSV (BOM, CRLF, formula-injection rules), so a downloaded
 * view opens in Excel exactly as the whole dataset does.
 */
import { writeCsv } from '../csv/escribir-csv.ts';
import { filterRows } from './filtrar.ts';
import { sortRows } from './ordenar.ts';
import { paginate, type Pagina } from './paginar.ts';
import type { ColumnaDelExplorador, Fila, Vista } from './tipos.ts';

/** Rows of the view, every page. */
export function viewRows(filas: readonly Fila[], columnas: readonly ColumnaDelExplorador[], vista: Vista): Fila[] {
  return sortRows(
    filterRows(filas, columnas, vista),
    columnas.find((c) => c.nombre === vista.orden),
    vista.descendente,
  );
}

export function viewPage(filas: readonly Fila[], columnas: readonly ColumnaDelExplorador[], vista: Vista, porPagina: number): Pagina<Fila> {
  return paginate(viewRows(filas, columnas, vista), vista.pagina, porPagina);
}

/** The CSV of the view's rows (all pages), with every column. */
export function viewCsv(filas: readonly Fila[], columnas: readonly ColumnaDelExplorador[], vista: Vista): string {
  return writeCsv(columnas, viewRows(filas, columnas, vista));
}

/** `acuerdos-vista.csv`: the download's name says it is a view, not the dataset. */
export function viewFileName(slug: string): string {
  return `${slug}-vista.csv`;
}
