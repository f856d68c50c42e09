/**
 * Reading a form tool's export: strict UTF-8 decoding (with or without BOM) and a streaming walk
 * over its rows with papaparse (`step`), so a large export is never held as row objects. Each
 * row comes with the line where it starts, for the error messages.
 */
import Papa from 'papaparse';
import { detectDelimiter } from '../csv/leer-csv.ts';

export type Decodificado = { texto: string } | { texto?: undefined; linea: number; columna: number };

/**
 * Decodes bytes as UTF-8 and drops a BOM. Invalid UTF-8 (e.g. Latin-1 saved by Excel) gives the
 * line and column of the first bad byte instead.
 */
export function decodeUtf8(bytes: Uint8Array): Decodificado {
  try {
    const texto = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { texto: texto.charCodeAt(0) === 0xfeff ? texto.slice(1) : texto };
  } catch {
    const malo = firstInvalidUtf8(bytes);
    let linea = 1;
    let inicio = 0;
    for (let i = 0; i < malo; i++) {
      if (bytes[i] === 0x0a) {
        linea++;
        inicio = i + 1;
      }
    }
    const columna = new TextDecoder('utf-8').decode(bytes.subarray(inicio, malo)).length + 1;
    return { linea, columna };
  }
}

/** Offset of the first byte that breaks UTF-8. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const largo = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (!largo) return i;
    for (let j = 1; j < largo; j++) if (i + j >= bytes.length || (bytes[i + j] & 0xc0) !== 0x80) return i;
    i += largo;
  }
  return bytes.length;
}

export interface Recorrido {
  /** Header cells, trimmed. Empty when the file is empty. */
  columnas: string[];
  delimitador: string;
  /** Data rows seen (blank lines are skipped). */
  filas: number;
  /** Quote problems papaparse found, with their line. */
  problemas: { linea: number; mensaje: string }[];
}

/**
 * Calls `onHeader` once with the header, then `onRow` for every non-blank row with its cells and
 * starting line. `text` has no BOM.
 */
export function walkCsv(text: string, onHeader: (columnas: string[]) => void, onRow: (celdas: string[], linea: number) => void): Recorrido {
  const delimitador = detectDelimiter(text);
  const recorrido: Recorrido = { columnas: [], delimitador, filas: 0, problemas: [] };
  let lineaActual = 1;
  let contadoHasta = 0;
  let inicio = 0;
  let primera = true;
  const lineAt = (offset: number) => {
    for (let i = contadoHasta; i < offset; i++) if (text.charCodeAt(i) === 10) lineaActual++;
    contadoHasta = Math.max(contadoHasta, offset);
    return lineaActual;
  };
  Papa.parse<string[]>(text, {
    delimiter: delimitador,
    skipEmptyLines: false,
    step(resultado) {
      const linea = lineAt(inicio);
      inicio = resultado.meta.cursor;
      for (const error of resultado.errors) {
        if (error.code === 'UndetectableDelimiter') continue;
        recorrido.problemas.push({
          linea,
          mensaje:
            error.code === 'MissingQuotes' || error.code === 'InvalidQuotes'
              ? 'comillas sin cerrar o mal colocadas (cada campo entre comillas debe abrirlas y cerrarlas)'
              : `la fila no se pudo leer (${error.message})`,
        });
      }
      const celdas = resultado.data;
      if (primera) {
        primera = false;
        recorrido.columnas = celdas.length === 1 && celdas[0].trim() === '' ? [] : celdas.map((c) => c.trim());
        onHeader(recorrido.columnas);
        return;
      }
      if (celdas.length === 1 && celdas[0].trim() === '') return;
      recorrido.filas++;
      onRow(celdas, linea);
    },
  });
  return recorrido;
}
