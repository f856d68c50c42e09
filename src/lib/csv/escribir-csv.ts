/**
 * CSV writer for the datasets, made to open correctly in Excel and in any CSV reader:
 * UTF-8 with BOM (so Excel shows accents), comma, CRLF line ends, RFC 4180 quoting, ISO 8601
 * dates as written in the content, INEGI codes kept as zero-padded text.
 *
 * Free-text cells that a spreadsheet would run as a formula (they begin with `=`, `+`, `-`, `@`,
 * a tab or a carriage return) are neutralised with a leading apostrophe, as OWASP recommends
 * against CSV injection. Only `string` (and `list`) columns are touched: numbers are never altered.
 * The JSON file keeps the exact values.
 */
/** A cell as the writer receives it; `null` is an empty cell. */
export type Valor = string | number | boolean | string[] | null;
export type Fila = Record<string, Valor>;

/** What the writer needs of a column: its name, its type (only `string` text is neutralised) and list separator. */
export interface ColumnaCsv {
  nombre: string;
  tipo: string;
  separador?: string;
}

export const BOM = '\uFEFF';
export const FIN_DE_LINEA = '\r\n';

const PELIGROSOS = /^[=+\-@\t\r]/;

/** `'=1+1` for `=1+1`; other text unchanged. */
export function neutralise(texto: string): string {
  return PELIGROSOS.test(texto) ? `'${texto}` : texto;
}

/** Quotes a cell when it holds a comma, a quote, a line break or surrounding spaces. */
export function quote(celda: string): string {
  return /[",\r\n]|^\s|\s$/.test(celda) ? `"${celda.replace(/"/g, '""')}"` : celda;
}

/** Text of one cell (before quoting): empty for `null`. */
export function cellText(valor: Valor, campo: ColumnaCsv): string {
  if (valor === null) return '';
  if (Array.isArray(valor)) return neutralise(valor.join(campo.separador ?? ';'));
  if (typeof valor === 'number') return numberText(valor);
  if (typeof valor === 'boolean') return valor ? 'true' : 'false';
  return campo.tipo === 'string' ? neutralise(valor) : valor;
}

/** Plain decimal notation, never exponents (1e21 → "1000000000000000000000"). */
export function numberText(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`número no finito: ${n}`);
  const s = String(n);
  if (!/e/i.test(s)) return s;
  return n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

/** The whole file: BOM, header of column names, one line per row, CRLF after every line. */
export function writeCsv(campos: readonly ColumnaCsv[], filas: readonly Fila[]): string {
  const lineas = [campos.map((c) => quote(c.nombre)).join(',')];
  for (const fila of filas) lineas.push(campos.map((c) => quote(cellText(fila[c.nombre] ?? null, c))).join(','));
  return BOM + lineas.map((l) => l + FIN_DE_LINEA).join('');
}
