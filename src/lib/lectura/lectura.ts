/**
 * Reads content files while keeping track of where every value is written, so a problem can be
 * reported at its file, line and column. Used only for validation; pages read through Astro.
 *
 * YAML is read twice over only when needed: js-yaml (about ten times faster) gives the values, and
 * the `yaml` library, which knows where every node is written, reads a file again only when it
 * has a problem to report — js-yaml refuses it, or a check asks where a field is.
 */
import jsYaml from 'js-yaml';
import { isMap, isScalar, isSeq, Lexer, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { parseCsv } from '../csv/leer-csv.ts';

export type Ruta = readonly (string | number)[];
export interface Posicion {
  linea: number;
  /** 1-based column: the character in a YAML file, the cell's column in a CSV table (as spreadsheets number them). */
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

type ErrorDeYaml = Document.Parsed['errors'][number];

/**
 * Only the first error of a file: the `yaml` library goes on reading after it and reports every
 * token it can no longer place, each a consequence of the first.
 */
function yamlErrors(archivo: string, text: string, errors: readonly ErrorDeYaml[], lineOffset: number): ErrorDeLectura[] {
  const [primero] = errors;
  if (!primero) return [];
  // A tab in the indentation confuses the parser into other complaints: name the tab itself.
  const lineaDelError = primero.linePos?.[0]?.line ?? 1;
  const conTabulador = text.split('\n').findIndex((linea, i) => i < lineaDelError && /^[ -]*\t/.test(linea));
  if (conTabulador >= 0) {
    const linea = text.split('\n')[conTabulador];
    return [
      {
        archivo,
        linea: conTabulador + 1 + lineOffset,
        columna: linea.indexOf('\t') + 1,
        mensaje: `el YAML no se puede leer: ${MENSAJES_DE_YAML.TAB_AS_INDENT}`,
      },
    ];
  }
  const posicion = primero.code === 'MISSING_CHAR' && /quote/i.test(primero.message) ? unclosedQuoteAt(text) : undefined;
  const linePos = posicion ?? primero.linePos?.[0];
  return [
    {
      archivo,
      linea: (linePos?.line ?? 1) + lineOffset,
      columna: linePos?.col,
      mensaje: `el YAML no se puede leer: ${translateYamlError(primero)}`,
    },
  ];
}

/**
 * Where a quoted text that is never closed opens: the parser notices only at the end of the file,
 * but the mistake is at the opening quote.
 */
function unclosedQuoteAt(text: string): { line: number; col: number } | undefined {
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    // The lexer marks where documents, scalars and flow errors start with control characters that
    // are not in the text.
    if (token === '\x02' || token === '\x18' || token === '\x1f') continue;
    const quote = token[0];
    if ((quote === '"' || quote === "'") && (token.length === 1 || !token.endsWith(quote))) {
      const before = text.slice(0, offset).split('\n');
      return { line: before.length, col: before[before.length - 1].length + 1 };
    }
    offset += token.length;
  }
  return undefined;
}

/** Spanish wording of the `yaml` library's error codes (its messages are English). */
const MENSAJES_DE_YAML: Partial<Record<ErrorDeYaml['code'], string>> = {
  TAB_AS_INDENT: 'hay un tabulador en la sangría; use solo espacios al inicio de la línea',
  BAD_INDENT: 'la sangría (espacios al inicio de la línea) no es correcta',
  BLOCK_AS_IMPLICIT_KEY: 'una lista o un bloque está mal colocado: revise la sangría y que el campo anterior no tenga ya un valor (p. ej. «[]»)',
  MULTILINE_IMPLICIT_KEY: 'falta «:» después del nombre del campo (o la sangría de esta línea no es correcta)',
  DUPLICATE_KEY: 'un campo está repetido',
  BAD_DQ_ESCAPE: 'hay una «\\» no válida dentro de un texto entre comillas dobles (escriba «\\\\» o use comillas simples)',
  BAD_SCALAR_START: 'un valor empieza con un carácter reservado (como «@», «`», «%» o «|»): escríbalo entre comillas',
  BAD_ALIAS: 'un «*» al inicio de un valor se lee como referencia: escriba el texto entre comillas',
  ALIAS_PROPS: 'un «*» al inicio de un valor se lee como referencia: escriba el texto entre comillas',
  BAD_DIRECTIVE: 'una línea que empieza con «%» no es válida: escriba el texto entre comillas',
  MULTIPLE_DOCS: 'el archivo tiene más de un documento (una línea «---» de más)',
  MULTIPLE_ANCHORS: 'un valor tiene dos «&»: escriba el texto entre comillas',
  MULTIPLE_TAGS: 'un valor tiene dos «!»: escriba el texto entre comillas',
  TAG_RESOLVE_FAILED: 'un valor empieza con «!»: escriba el texto entre comillas',
  BAD_PROP_ORDER: 'un valor empieza con «&» o «!»: escriba el texto entre comillas',
  NON_STRING_KEY: 'el nombre de un campo debe ser un texto simple',
  KEY_OVER_1024_CHARS: 'el nombre de un campo es demasiado largo (¿falta un salto de línea o un «:»?)',
  BLOCK_IN_FLOW: 'dentro de «[ ]» o «{ }» los valores van en la misma línea, separados por comas',
  BAD_COLLECTION_TYPE: 'se esperaba una lista o un registro con otra forma',
  RESOURCE_EXHAUSTION: 'el archivo tiene demasiadas referencias («*») para leerlo',
  UNEXPECTED_TOKEN: 'hay un carácter inesperado: revise la sangría, los «:» y las comillas',
  IMPOSSIBLE: 'el archivo no se puede leer como YAML',
};

/** The yaml library speaks English; staff read the cause in Spanish. */
export function translateYamlError(error: Pick<ErrorDeYaml, 'code' | 'message'>): string {
  const first = error.message.split('\n')[0];
  if (error.code === 'MISSING_CHAR') {
    if (/closing "?quote/i.test(first)) return 'faltan comillas de cierre en el texto que empieza aquí';
    if (/followed by map values/i.test(first)) return 'falta «:» después del nombre del campo';
    if (/flow (sequence|collection)|\]/i.test(first)) return 'falta el «]» de cierre de la lista';
    if (/flow map|\}/i.test(first)) return 'falta la «}» de cierre';
    return 'falta un carácter de cierre («:», comillas, «]» o «}»)';
  }
  if (/Nested mappings are not allowed in compact mappings/i.test(first)) return 'hay un «:» dentro de un texto sin comillas (escriba el texto entre comillas)';
  return MENSAJES_DE_YAML[error.code] ?? 'el archivo no se puede leer como YAML: revise la sangría, los «:» y las comillas';
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
  if ('errores' in leido) return { registros: [], errores: yamlErrors(archivo, text, leido.errores, 0) };
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

const FRONTMATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

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
  if ('errores' in leido) return { registros: [], errores: yamlErrors(archivo, match[1], leido.errores, 1) };
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
export function readCsvTable(
  archivo: string,
  text: string,
  columnasEsperadas?: readonly string[],
  conEspacios?: readonly string[],
): Lectura & { columnas: string[] } {
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
  const registros = csv.filas.map((fila): RegistroLeido => ({
    archivo,
    datos: fila.valores,
    ubicar: (ruta) => {
      const indice = typeof ruta[0] === 'string' ? csv.columnas.indexOf(ruta[0]) : -1;
      if (indice < 0) return { linea: fila.linea };
      return { linea: fila.linea, columna: indice + 1 };
    },
  }));
  return { registros, errores, columnas: csv.columnas };
}
