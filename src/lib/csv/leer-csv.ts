/**
 * Reads a CSV text into rows keyed by header, remembering the line each row starts on so that
 * errors can name it. Empty cells become absent values, so optional columns may be left blank.
 */
import Papa from 'papaparse';

export interface FilaCsv {
  /** 1-based line where the row starts in the file. */
  linea: number;
  /** Cells by column name; blank cells are left out. */
  valores: Record<string, string>;
}

export interface CsvLeido {
  columnas: string[];
  filas: FilaCsv[];
  /** Structural problems (ragged rows, unclosed quotes), in Spanish, with their line. */
  problemas: { linea: number; mensaje: string }[];
  delimitador: string;
}

export interface OpcionesDeLectura {
  /**
   * Columns where a cell made only of spaces is kept as written instead of left out: every other
   * cell is trimmed, so a stray space never becomes a value, but a codebook's `delimitador` may be
   * a space (KoboToolbox joins multiple answers with one).
   */
  conEspacios?: readonly string[];
}

export function parseCsv(input: string, opciones: OpcionesDeLectura = {}): CsvLeido {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const result = Papa.parse<string[]>(text, { skipEmptyLines: false, delimiter: detectDelimiter(text) });
  const problemas: CsvLeido['problemas'] = [];

  // Papa reports rows, not offsets; recover each row's starting line by re-walking the text.
  const rowStarts = csvRowStartLines(text);
  const [header = [], ...body] = result.data;
  const columnas = header.map((name) => name.trim());

  for (const error of result.errors) {
    if (error.code === 'UndetectableDelimiter') continue;
    const linea = rowStarts[error.row ?? 0] ?? 1;
    const mensaje =
      error.code === 'MissingQuotes' || error.code === 'InvalidQuotes'
        ? 'comillas sin cerrar o mal colocadas (cada campo entre comillas debe abrirlas y cerrarlas)'
        : `la fila no se pudo leer (${error.message})`;
    problemas.push({ linea, mensaje });
  }

  const filas: FilaCsv[] = [];
  body.forEach((cells, index) => {
    const linea = rowStarts[index + 1] ?? index + 2;
    if (cells.length === 1 && cells[0].trim() === '') return;
    if (cells.length !== columnas.length) {
      problemas.push({
        linea,
        mensaje: `la fila tiene ${cells.length} ${cells.length === 1 ? 'celda' : 'celdas'} y el encabezado ${columnas.length} columnas (revise comas de más o de menos, o texto con comas sin comillas)`,
      });
      return;
    }
    const valores: Record<string, string> = {};
    columnas.forEach((columna, i) => {
      const cell = cells[i] ?? '';
      const value = cell.trim() || (cell && opciones.conEspacios?.includes(columna) && /^ +$/.test(cell) ? cell : '');
      if (value) valores[columna] = value;
    });
    filas.push({ linea, valores });
  });

  return { columnas, filas, problemas, delimitador: result.meta.delimiter };
}

/**
 * The delimiter is the most frequent of comma, semicolon and tab in the header line (comma on a
 * tie). Papa's own guess is thrown off by a trailing blank line in short files.
 */
export function detectDelimiter(text: string): string {
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  const count = (ch: string) => header.split(ch).length - 1;
  return [',', ';', '\t'].reduce((best, ch) => (count(ch) > count(best) ? ch : best), ',');
}

/** Starting line of every CSV record, honouring quoted fields that span lines. */
export function csvRowStartLines(text: string): number[] {
  const starts: number[] = [1];
  let line = 1;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') {
      if (quoted && text[i + 1] === '"') i++;
      else quoted = !quoted;
    } else if (ch === '\n') {
      line++;
      if (!quoted && i + 1 < text.length) starts.push(line);
    }
  }
  return starts;
}
