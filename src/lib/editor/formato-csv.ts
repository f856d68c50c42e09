/**
 * CSV tables as editor entries: the editor edits a YAML-like object, so a CSV file is read as
 * `{ filas: [...] }` (one object per row, by column) and written back with the table's columns in
 * their schema order, RFC 4180 quoting only where needed and `\n` line ends — the way the content
 * files are written, so saving an unchanged table changes nothing.
 */
import { parseCsv } from '../csv/leer-csv.ts';
import { quote } from '../csv/escribir-csv.ts';

/** Name of the list field that holds the rows. */
export const CAMPO_DE_FILAS = 'filas';

export type Celda = string | number | boolean | null | undefined;
export type TablaDelEditor = { [CAMPO_DE_FILAS]: Record<string, Celda>[] };

export function csvToEntry(texto: string): TablaDelEditor {
  return { [CAMPO_DE_FILAS]: parseCsv(texto).filas.map((f) => ({ ...f.valores })) };
}

export function entryToCsv(tabla: Partial<TablaDelEditor> | undefined, columnas: readonly string[]): string {
  const celda = (v: Celda) => (v === undefined || v === null ? '' : quote(String(v)));
  const filas = (tabla?.[CAMPO_DE_FILAS] ?? []).map((fila) => columnas.map((c) => celda(fila[c])).join(','));
  return [columnas.join(','), ...filas].join('\n') + '\n';
}
