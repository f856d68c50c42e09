/**
 * Text that `npm run nuevo` leaves for staff to write. Every scaffold marks it with
 * `MARCA_PENDIENTE`, so a placeholder left behind is found in any file (front matter, Markdown
 * body, a CSV cell, a survey's YAML) and named by file, line and field: a build refuses to publish
 * it, and `validate` lists each one.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { parseCsv } from './csv/leer-csv.ts';
import type { Problema } from './lectura/problema.ts';

export const MARCA_PENDIENTE = 'PENDIENTE:';

/** First words of every placeholder problem, so a scaffolding tool can tell them apart. */
export const MENSAJE_DE_PENDIENTE = 'texto de plantilla por completar';

export interface Pendiente {
  /** 1-based line and column of the marker. */
  linea: number;
  columna?: number;
  /** Field holding it: `avances[2].resumen`, a CSV column, or `cuerpo` for the Markdown text. */
  campo: string;
  /** The placeholder, from the marker on (first line). */
  texto: string;
}

const excerpt = (valor: string) => valor.slice(valor.indexOf(MARCA_PENDIENTE)).split('\n')[0].trim();

/** Placeholders in the string values of a YAML text; `desde`: line of the text's first line in the file. */
function inYaml(yaml: string, desde: number): Pendiente[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter });
  if (doc.errors.length) return [];
  const encontrados: Pendiente[] = [];
  const walk = (node: unknown, ruta: string) => {
    if (isMap(node)) {
      for (const item of node.items) walk(item.value, `${ruta ? `${ruta}.` : ''}${isScalar(item.key) ? String(item.key.value) : '?'}`);
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => walk(item, `${ruta}[${i}]`));
    } else if (isScalar(node) && typeof node.value === 'string' && node.value.includes(MARCA_PENDIENTE)) {
      // Where the marker itself is written (a block scalar starts a line above its text).
      const [inicio = 0, fin = inicio] = (node as Node).range ?? [];
      const enFuente = yaml.slice(inicio, fin).indexOf(MARCA_PENDIENTE);
      const pos = lineCounter.linePos(inicio + Math.max(0, enFuente));
      encontrados.push({ linea: pos.line + desde - 1, columna: pos.col, campo: ruta, texto: excerpt(node.value) });
    }
  };
  walk(doc.contents, '');
  return encontrados;
}

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Every placeholder of a content file, by its kind (from the file name). */
export function findPlaceholders(archivo: string, texto: string): Pendiente[] {
  if (!texto.includes(MARCA_PENDIENTE)) return [];
  if (/\.csv$/i.test(archivo)) {
    const csv = parseCsv(texto);
    return csv.filas.flatMap((fila) =>
      Object.entries(fila.valores)
        .filter(([, valor]) => valor.includes(MARCA_PENDIENTE))
        .map(([campo, valor]) => ({ linea: fila.linea, campo, texto: excerpt(valor) })),
    );
  }
  if (/\.ya?ml$/i.test(archivo)) return inYaml(texto.replace(/^\uFEFF/, ''), 1);
  const match = FRONTMATTER.exec(texto);
  const encontrados = match ? inYaml(match[1], 2) : [];
  const inicio = match ? match[0].split('\n').length - 1 : 0;
  texto
    .split('\n')
    .slice(inicio)
    .forEach((linea, i) => {
      const columna = linea.indexOf(MARCA_PENDIENTE);
      if (columna >= 0) encontrados.push({ linea: inicio + i + 1, columna: columna + 1, campo: 'cuerpo', texto: excerpt(linea) });
    });
  return encontrados;
}

/** One error per placeholder: a file with one cannot be published. */
export function placeholderProblems(archivo: string, texto: string): Problema[] {
  return findPlaceholders(archivo, texto).map((p) => ({
    archivo,
    linea: p.linea,
    columna: p.columna,
    campo: p.campo,
    mensaje: `${MENSAJE_DE_PENDIENTE}: «${p.texto}»; escriba el texto definitivo (no se publica un archivo con «${MARCA_PENDIENTE}»)`,
    nivel: 'error',
  }));
}

export const isPlaceholderProblem = (problema: Problema) => problema.mensaje.startsWith(MENSAJE_DE_PENDIENTE);
