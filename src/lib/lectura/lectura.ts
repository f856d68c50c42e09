/**
 * Reads content files while keeping track of where every value is written, so a problem can be
 * reported at its file, line and column. Used only for validation; pages read through Astro.
 *
 * YAML is read twice over only when needed: js-yaml (about ten times faster) gives the values, and
 * the `yaml` library, which knows where every node is written, reads a file again only when it
 * has a problem to report — js-yaml refuses it, or a check asks where a field is.
 */
import jsYaml from 'js-yaml';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { parseCsv } from '../csv/leer-csv.ts';

export type Ruta = readonly (string | number)[];
export interface Posicion {
  linea: number;
  /** Character column; absent for CSV cells, whose column is named by the field instead. */
  columna?: number;
}

/** One record read from a file, with a way to locate any of its fields. */
export interface RegistroLeido {
  /** File path relative to the project root. */
  archivo: string;
  /** Parsed value, before schema validation. */
  datos: Record<string, unknown>;
  /**
   * Where a field (by path inside this record) is written: its value, or its name when `enNombre`;
   * falls back to the closest parent that exists.
   */
  ubicar(ruta: Ruta, enNombre?: boolean): Posicion;
  /** Markdown body, for session and commitment files. */
  cuerpo?: string;
  /** Line where the body starts. */
  lineaDelCuerpo?: number;
}

export interface ErrorDeLectura {
  archivo: string;
  linea?: number;
  columna?: number;
  mensaje: string;
}

export type Lectura = { registros: RegistroLeido[]; errores: ErrorDeLectura[] };

/** Walks a YAML node tree along `ruta`, returning the offset of the deepest node found. */
function offsetOf(root: Node | null, ruta: Ruta, enNombre = false): number {
  let node: unknown = root;
  let offset = (root as Node | null)?.range?.[0] ?? 0;
  for (const segment of ruta) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) break;
      offset = (pair.key as Node).range?.[0] ?? offset;
      if (!pair.value || (enNombre && segment === ruta[ruta.length - 1])) break;
      node = pair.value;
      offset = (node as Node).range?.[0] ?? offset;
    } else if (isSeq(node) && typeof segment === 'number' && node.items[segment]) {
      node = node.items[segment];
      offset = (node as Node).range?.[0] ?? offset;
    } else break;
  }
  return offset;
}

function yamlErrors(archivo: string, errors: { message: string; linePos?: [{ line: number; col: number }, ...unknown[]] }[], lineOffset: number): ErrorDeLectura[] {
  return errors.map((error) => ({
    archivo,
    linea: (error.linePos?.[0]?.line ?? 1) + lineOffset,
    columna: error.linePos?.[0]?.col,
    mensaje: `el YAML no se puede leer: ${translateYamlError(error.message)}`,
  }));
}

/** The yaml library speaks English; staff get the gist in Spanish plus the original detail. */
function translateYamlError(message: string): string {
  const first = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  if (/Implicit map keys need to be followed by map values/i.test(first)) return 'falta «:» después del nombre del campo';
  if (/Nested mappings are not allowed in compact mappings/i.test(first))
    return 'hay un «:» dentro de un texto sin comillas (escriba el texto entre comillas)';
  if (/Map keys must be unique/i.test(first)) return 'un campo está repetido';
  if (/bad indentation/i.test(first) || /indent/i.test(first)) return 'la sangría (espacios al inicio de la línea) no es correcta';
  if (/Missing closing "?quote/i.test(first)) return 'faltan comillas de cierre';
  return first;
}

interface YamlLeido {
  /** The document's value (YAML 1.2 core schema: dates and times stay text). */
  valor: unknown;
  /** Where the node at `ruta` is written (1-based line and column within `text`). */
  ubicar(ruta: Ruta, enNombre?: boolean): { line: number; col: number };
}

function parseWithPositions(text: string): { doc: Document.Parsed; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  return { doc: parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true }), lineCounter };
}

/**
 * Reads one YAML document: its value, or the errors the `yaml` library reports (the messages
 * `translateYamlError` knows). js-yaml with the core schema gives the same values as the `yaml`
 * library's default (YAML 1.2 core); anything it refuses, duplicated keys included, is read again
 * by `yaml` for its message and position.
 */
function readYaml(text: string): YamlLeido | { errores: Document.Parsed['errors'] } {
  let rapido: { valor: unknown } | undefined;
  try {
    rapido = { valor: jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA }) ?? null };
  } catch {
    rapido = undefined;
  }
  let conPosiciones: ReturnType<typeof parseWithPositions> | undefined;
  const positions = () => (conPosiciones ??= parseWithPositions(text));
  if (!rapido) {
    const { doc } = positions();
    if (doc.errors.length) return { errores: doc.errors };
    rapido = { valor: doc.toJS() };
  }
  return {
    valor: rapido.valor,
    ubicar: (ruta, enNombre) => {
      const { doc, lineCounter } = positions();
      return lineCounter.linePos(offsetOf(doc.contents, ruta, enNombre));
    },
  };
}

/** A YAML file holding a list of records (`content/personas.yaml`, …). */
export function readYamlList(archivo: string, text: string): Lectura {
  const leido = readYaml(text);
  if ('errores' in leido) return { registros: [], errores: yamlErrors(archivo, leido.errores, 0) };
  const value = leido.valor;
  if (!Array.isArray(value)) {
    return { registros: [], errores: [{ archivo, linea: 1, mensaje: 'se esperaba una lista de registros (cada uno empieza con «- id: …»)' }] };
  }
  const locate = (ruta: Ruta, enNombre?: boolean): Posicion => {
    const pos = leido.ubicar(ruta, enNombre);
    return { linea: pos.line, columna: pos.col };
  };
  const registros = value.map((datos, index): RegistroLeido => ({
    archivo,
    datos: datos && typeof datos === 'object' ? datos : {},
    ubicar: (ruta, enNombre) => locate([index, ...ruta], enNombre),
  }));
  const errores: ErrorDeLectura[] = value.flatMap((datos, index) =>
    datos && typeof datos === 'object' && !Array.isArray(datos)
      ? []
      : [{ archivo, ...locate([index]), mensaje: 'cada elemento de la lista debe ser un registro con campos («campo: valor»)' }],
  );
  return { registros, errores };
}

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** A Markdown/MDX file with YAML front matter. */
export function readFrontmatterFile(archivo: string, text: string): Lectura {
  const match = FRONTMATTER.exec(text);
  if (!match) {
    return {
      registros: [],
      errores: [{ archivo, linea: 1, mensaje: 'falta el encabezado de datos entre dos líneas «---» al inicio del archivo' }],
    };
  }
  const leido = readYaml(match[1]);
  if ('errores' in leido) return { registros: [], errores: yamlErrors(archivo, leido.errores, 1) };
  const datos = leido.valor ?? {};
  if (typeof datos !== 'object' || Array.isArray(datos)) {
    return { registros: [], errores: [{ archivo, linea: 2, mensaje: 'el encabezado debe tener campos con la forma «campo: valor»' }] };
  }
  const lineaDelCuerpo = match[0].split('\n').length;
  return {
    registros: [
      {
        archivo,
        datos: datos as Record<string, unknown>,
        ubicar: (ruta, enNombre) => {
          const pos = leido.ubicar(ruta, enNombre);
          return { linea: pos.line + 1, columna: pos.col };
        },
        cuerpo: text.slice(match[0].length),
        lineaDelCuerpo,
      },
    ],
    errores: [],
  };
}

/**
 * A CSV table: one record per row; fields are located at the row's line and the column's cell.
 * `conEspacios`: columns where a cell made only of spaces is a value (see `parseCsv`).
 */
export function readCsvTable(archivo: string, text: string, columnasEsperadas?: readonly string[], conEspacios?: readonly string[]): Lectura & { columnas: string[] } {
  const csv = parseCsv(text, { conEspacios });
  const errores: ErrorDeLectura[] = csv.problemas.map((p) => ({ archivo, linea: p.linea, mensaje: p.mensaje }));
  if (!csv.columnas.length || csv.columnas.every((c) => !c)) {
    errores.push({ archivo, linea: 1, mensaje: 'el archivo está vacío: se esperaba una primera fila con los nombres de las columnas' });
  }
  if (columnasEsperadas) {
    const unknown = csv.columnas.filter((c) => c && !columnasEsperadas.includes(c));
    for (const columna of unknown) {
      errores.push({
        archivo,
        linea: 1,
        mensaje: `columna no reconocida «${columna}» (columnas válidas: ${columnasEsperadas.join(', ')})`,
      });
    }
  }
  const registros = csv.filas.map(
    (fila): RegistroLeido => ({
      archivo,
      datos: fila.valores,
      ubicar: () => ({ linea: fila.linea }),
    }),
  );
  return { registros, errores, columnas: csv.columnas };
}
