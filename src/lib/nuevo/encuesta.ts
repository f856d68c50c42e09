/**
 * `npm run nuevo -- encuesta`: from a form tool's export, the description and a first draft of
 * the codebook (one question per column, its type and options guessed from the answers), so
 * staff only review and complete it. The export itself is copied untouched.
 */
import { stringify } from 'yaml';
import { parseCsv } from '../csv/leer-csv.ts';
import { slugify } from '../slug.ts';
import { MARCA_PENDIENTE } from '../pendientes.ts';
import { csvCell } from './plantillas.ts';

/** Columns that identify the respondent or the moment of the answer: left out of everything. */
const IGNORADAS = /^(marca (temporal|de tiempo)|timestamp|fecha( y hora)?( de (envío|respuesta))?|hora de (inicio|finalización)|start|end|submitted|submission.*|_?id|_uuid|_index|respondent.*|id de respuesta|correo( electrónico)?|e-?mail|nombre( completo)?|teléfono)$/i;
const MUNICIPIO = /municipio/i;
const NUMERO = /^-?\d+(\.\d+)?$/;
/** Headers that ask for an open answer, whatever the few answers received look like. */
const ABIERTA = /comentario|observaci|sugerencia|opini[oó]n|por qu[eé]|explique|describa|especifique|otro/i;

export interface PreguntaPropuesta {
  columna: string;
  pregunta_id: string;
  dimension: string;
  texto: string;
  tipo: 'opcion-unica' | 'opcion-multiple' | 'escala' | 'numero' | 'texto-libre';
  opciones?: string;
  delimitador?: string;
}

export interface LibroDeCodigos {
  columnaMunicipio?: string;
  ignoradas: string[];
  preguntas: PreguntaPropuesta[];
  respuestas: number;
}

/** Guesses each column's role and question type from the answers it holds. */
export function draftCodebook(exportacion: string, dimension = 'general'): LibroDeCodigos {
  const csv = parseCsv(exportacion);
  const columnaMunicipio = csv.columnas.find((c) => MUNICIPIO.test(c));
  const ignoradas = csv.columnas.filter((c) => c !== columnaMunicipio && IGNORADAS.test(c.trim()));
  const usados = new Set<string>();
  const preguntas = csv.columnas
    .filter((c) => c && c !== columnaMunicipio && !ignoradas.includes(c))
    .map((columna): PreguntaPropuesta => {
      let id = slugify(columna, 40) || 'pregunta';
      for (let n = 2; usados.has(id); n++) id = `${slugify(columna, 36)}-${n}`;
      usados.add(id);
      const valores = csv.filas.map((f) => f.valores[columna]).filter((v): v is string => Boolean(v));
      const distintos = [...new Set(valores)];
      const base = { columna, pregunta_id: id, dimension, texto: columna };
      if (distintos.length && distintos.every((v) => NUMERO.test(v))) {
        const numeros = distintos.map(Number).sort((a, b) => a - b);
        const esEscala = numeros.length <= 11 && numeros.every((n) => Number.isInteger(n) && n >= 0 && n <= 10);
        if (!esEscala) return { ...base, tipo: 'numero' };
        // A scale runs over the range its header states («(1 a 5)», «1-10»), or from its first point
        // (0 or 1) to the highest answer seen, so points nobody chose are still options.
        const rango = /(\d+)\s*(?:a|-|–|al)\s*(\d+)/.exec(columna);
        const desde = rango ? Number(rango[1]) : numeros[0] === 0 ? 0 : 1;
        const hasta = rango ? Math.max(Number(rango[2]), numeros.at(-1)!) : numeros.at(-1)!;
        const puntos = Array.from({ length: hasta - desde + 1 }, (_, i) => desde + i);
        return { ...base, tipo: 'escala', opciones: puntos.join('|') };
      }
      if (ABIERTA.test(columna)) {
        return { ...base, tipo: 'texto-libre' };
      }
      const partes = valores.flatMap((v) => v.split(';').map((p) => p.trim()).filter(Boolean));
      const distintasPartes = [...new Set(partes)];
      if (valores.some((v) => v.includes(';')) && distintasPartes.length <= 15) {
        return { ...base, tipo: 'opcion-multiple', opciones: distintasPartes.join('|'), delimitador: ';' };
      }
      if (distintos.length >= 2 && distintos.length <= 12 && distintos.every((v) => v.length <= 80)) {
        return { ...base, tipo: 'opcion-unica', opciones: distintos.join('|') };
      }
      return { ...base, tipo: 'texto-libre' };
    });
  return { columnaMunicipio, ignoradas, preguntas, respuestas: csv.filas.length };
}

export const COLUMNAS_DE_PREGUNTAS = ['columna', 'pregunta_id', 'dimension', 'texto', 'tipo', 'opciones', 'delimitador', 'minimo', 'maximo', 'unidad'];

export interface OpcionesDeEncuesta {
  id: string;
  titulo: string;
  institucion: string;
  anio: number;
  /** Text of the form tool's export, when there is one. */
  exportacion?: string;
}

/**
 * The description and codebook of a new survey folder (`data/encuestas/<id>/`), by file name.
 * The export is copied byte for byte by the caller as `respuestas.csv`.
 */
export function surveyFiles(o: OpcionesDeEncuesta): { archivos: Map<string, string>; libro?: LibroDeCodigos } {
  const libro = o.exportacion ? draftCodebook(o.exportacion) : undefined;
  const encuesta = {
    titulo: o.titulo,
    descripcion: `${MARCA_PENDIENTE} qué preguntó la encuesta y para qué.`,
    institucion: o.institucion,
    anio: o.anio,
    metodologia: `${MARCA_PENDIENTE} cómo se recabaron las respuestas (instrumento, canal, muestra).`,
    cobertura: `${MARCA_PENDIENTE} población y territorio cubiertos.`,
    fuente: { documento: `${MARCA_PENDIENTE} documento o formulario de origen.` },
    sintetico: false,
    ...(libro?.columnaMunicipio ? { columna_municipio: libro.columnaMunicipio } : {}),
    ...(libro?.ignoradas.length ? { columnas_ignoradas: libro.ignoradas } : {}),
    publicar_texto_libre: false,
    dimensiones: [{ id: 'general', nombre: `${MARCA_PENDIENTE} nombre del tema` }],
  };
  const archivos = new Map<string, string>([['encuesta.yaml', stringify(encuesta, { lineWidth: 0 })]]);
  if (libro && o.exportacion !== undefined) {
    const filas = libro.preguntas.map((p) => COLUMNAS_DE_PREGUNTAS.map((c) => csvCell((p as unknown as Record<string, string | undefined>)[c])).join(','));
    archivos.set('preguntas.csv', [COLUMNAS_DE_PREGUNTAS.join(','), ...filas, ''].join('\n'));
  }
  return { archivos, libro };
}
