/**
 * The CSV writer of the survey downloads: UTF-8 with BOM (so Excel shows accents), comma, CRLF,
 * quotes only where needed, and text cells that a spreadsheet would run as a formula
 * (=, +, -, @, tab, carriage return) prefixed with an apostrophe. The datasets machinery has its
 * own writer; the two are meant to be unified into one module when both are merged.
 */

export type Celda = string | number | boolean | null | undefined;

const FORMULA = /^[=+\-@\t\r]/;

/** One cell: numbers as written, text neutralised against formula injection and quoted if needed. */
export function csvCell(valor: Celda): string {
  if (valor === null || valor === undefined) return '';
  if (typeof valor === 'number') return Number.isFinite(valor) ? String(valor) : '';
  if (typeof valor === 'boolean') return valor ? 'true' : 'false';
  const texto = FORMULA.test(valor) ? `'${valor}` : valor;
  return /[",\r\n]/.test(texto) || /^\s|\s$/.test(texto) ? `"${texto.replace(/"/g, '""')}"` : texto;
}

/** A whole table: BOM, header, one CRLF-terminated line per row, columns in `columnas` order. */
export function toCsv(columnas: readonly string[], filas: readonly Record<string, Celda>[]): string {
  const lineas = [columnas.map(csvCell).join(',')];
  for (const fila of filas) lineas.push(columnas.map((c) => csvCell(fila[c])).join(','));
  return `\uFEFF${lineas.join('\r\n')}\r\n`;
}
