/**
 * `npm run nuevo -- encuesta`: from a form tool's export, the description and a first draft of
 * the codebook (one question per column, its type and options guessed from the answers), so
 * staff only review and complete it. The export itself is copied untouched.
 */
import { stringify } from 'yaml';
import { parseCsv } from '../csv/leer-csv.ts';
import { slugify } from '../slug.ts';
import { MARCA_PENDIENTE } from '../pendientes.ts';
import { personalDataHeader } from '../encuestas/datos-personales.ts';
import { csvCell } from './plantillas.ts';

/** Columns that identify the respondent or the moment of the answer: left out of everything. */
const IGNORADAS =
  /^(marca (temporal|de tiempo)|timestamp|fecha( y hora)?( de (envío|respuesta))?|hora de (inicio|finalización)|start|end|today|deviceid|subscriberid|simserial|phonenumber|username|audit|submitted|submission.*|id|respondent.*|id de respuesta|meta\/instanceid|formhub\/uuid)$/i;
/** KoboToolbox's own columns (`_id`, `_uuid`, `_submission_time`, `_status`, `_tags`, `__version__`…). */
const METADATOS_DE_KOBO = /^_/;
const MUNICIPIO = /municipio/i;
const NUMERO = /^-?\d+(\.\d+)?$/;
/** Headers that ask for an open answer, whatever the few answers received look like. */
const ABIERTA = /comentario|observaci|sugerencia|opini[oó]n|por qu[eé]|explique|describa|especifique|otro/i;
/** A choice as KoboToolbox exports it: its name, not its label. */
const CODIGO = /^[a-z0-9_]+$/i;
/** Columns that say when a response was sent, to propose the survey's year. */
const MOMENTO =
  /^(marca (temporal|de tiempo)|timestamp|hora de (inicio|finalización)|start|end|_submission_time|submitted|fecha( y hora)?( de (envío|respuesta))?)$/i;

/** «no_recuerda» → «No recuerda»: a label proposed from a code, for staff to review. */
export function labelFromCode(codigo: string): string {
  const texto = codigo.replace(/_+/g, ' ').trim();
  return texto.charAt(0).toLocaleUpperCase('es') + texto.slice(1);
}

/** The year every response was sent in, when the export says and all agree. */
export function yearOfResponses(columnas: readonly string[], filas: readonly { valores: Record<string, string> }[]): number | undefined {
  const columna = columnas.find((c) => MOMENTO.test(c.trim()));
  if (!columna) return undefined;
  const anios = new Set<number>();
  for (const fila of filas) {
    const valor = fila.valores[columna];
    if (!valor) continue;
    const completo = /\b(19|20)\d{2}\b/.exec(valor);
    // Microsoft Forms writes «3/1/24 10:00:00» (month/day/two-digit year).
    const corto = /^\d{1,2}\/\d{1,2}\/(\d{2})\b/.exec(valor);
    if (completo) anios.add(Number(completo[0]));
    else if (corto) anios.add(2000 + Number(corto[1]));
    else return undefined;
  }
  return anios.size === 1 ? [...anios][0] : undefined;
}

export interface PreguntaPropuesta {
  columna: string;
  pregunta_id: string;
  dimension: string;
  texto: string;
  tipo: 'opcion-unica' | 'opcion-multiple' | 'escala' | 'numero' | 'texto-libre';
  opciones?: string;
  codigos?: string;
  delimitador?: string;
}

export interface LibroDeCodigos {
  columnaMunicipio?: string;
  ignoradas: string[];
  preguntas: PreguntaPropuesta[];
  respuestas: number;
  /** Year of the responses, when the export's timestamps all agree. */
  anio?: number;
}

/**
 * Guesses each column's role and question type from the answers it holds. A KoboToolbox export
 * (it has `_uuid` or `_submission_time`) writes names, not labels: its questions' text is left
 * «PENDIENTE:» and option labels are proposed from the codes for review.
 */
export function draftCodebook(exportacion: string, dimension = 'general'): LibroDeCodigos {
  const csv = parseCsv(exportacion);
  const columnas = csv.columnas.filter(Boolean);
  const kobo = columnas.some((c) => c === '_uuid' || c === '_submission_time');
  const columnaMunicipio = columnas.find((c) => MUNICIPIO.test(c.split('/').at(-1)!));
  // Kobo adds one 0/1 column per option of a multiple choice, named «<question>/<option>».
  const porOpcion = new Map<string, string[]>();
  for (const c of columnas) {
    const padre = c.slice(0, c.lastIndexOf('/'));
    if (padre && columnas.includes(padre)) porOpcion.set(padre, [...(porOpcion.get(padre) ?? []), c.slice(padre.length + 1)]);
  }
  const deOpcion = new Set([...porOpcion].flatMap(([padre, opciones]) => opciones.map((o) => `${padre}/${o}`)));
  const ignoradas = columnas.filter(
    (c) => c !== columnaMunicipio && (IGNORADAS.test(c.trim()) || METADATOS_DE_KOBO.test(c) || deOpcion.has(c) || personalDataHeader(c) !== undefined),
  );
  const usados = new Set<string>();
  const preguntas = columnas
    .filter((c) => c !== columnaMunicipio && !ignoradas.includes(c))
    .map((columna): PreguntaPropuesta => {
      const nombre = kobo ? columna.split('/').at(-1)! : columna;
      let id = slugify(nombre, 40) || 'pregunta';
      for (let n = 2; usados.has(id); n++) id = `${slugify(nombre, 36)}-${n}`;
      usados.add(id);
      const valores = csv.filas.map((f) => f.valores[columna]).filter((v): v is string => Boolean(v));
      const distintos = [...new Set(valores)];
      const texto = kobo ? `${MARCA_PENDIENTE} la pregunta como la leyeron quienes respondieron (columna «${columna}»)` : columna;
      const base = { columna, pregunta_id: id, dimension, texto };
      const conCodigos = (codigos: string[]) =>
        kobo && codigos.every((c) => CODIGO.test(c))
          ? { opciones: codigos.map(labelFromCode).join('|'), codigos: codigos.join('|') }
          : { opciones: codigos.join('|') };
      const opcionesKobo = porOpcion.get(columna);
      if (opcionesKobo) return { ...base, tipo: 'opcion-multiple', ...conCodigos(opcionesKobo), delimitador: 'espacio' };
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
      if (ABIERTA.test(nombre)) {
        return { ...base, tipo: 'texto-libre' };
      }
      const partes = valores.flatMap((v) =>
        v
          .split(';')
          .map((p) => p.trim())
          .filter(Boolean),
      );
      const distintasPartes = [...new Set(partes)];
      if (valores.some((v) => v.includes(';')) && distintasPartes.length <= 15) {
        return { ...base, tipo: 'opcion-multiple', opciones: distintasPartes.join('|'), delimitador: ';' };
      }
      // Kobo joins several codes with a space.
      const codigos = [...new Set(valores.flatMap((v) => v.split(' ').filter(Boolean)))];
      if (kobo && valores.some((v) => v.includes(' ')) && codigos.every((c) => CODIGO.test(c)) && codigos.length <= 15) {
        return { ...base, tipo: 'opcion-multiple', ...conCodigos(codigos), delimitador: 'espacio' };
      }
      if (distintos.length >= 2 && distintos.length <= 12 && distintos.every((v) => v.length <= 80)) {
        return { ...base, tipo: 'opcion-unica', ...conCodigos(distintos) };
      }
      return { ...base, tipo: 'texto-libre' };
    });
  return { columnaMunicipio, ignoradas, preguntas, respuestas: csv.filas.length, anio: yearOfResponses(columnas, csv.filas) };
}

export const COLUMNAS_DE_PREGUNTAS = [
  'columna',
  'pregunta_id',
  'dimension',
  'texto',
  'tipo',
  'opciones',
  'codigos',
  'delimitador',
  'minimo',
  'maximo',
  'unidad',
];

export interface OpcionesDeEncuesta {
  id: string;
  titulo: string;
  institucion: string;
  /** Given by staff; otherwise the year of the responses, or left «PENDIENTE:». */
  anio?: number;
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
    anio: o.anio ?? libro?.anio ?? `${MARCA_PENDIENTE} año al que pertenece la encuesta (un número, p. ej. 2024)`,
    metodologia: `${MARCA_PENDIENTE} cómo se recabaron las respuestas (instrumento, canal, muestra).`,
    cobertura: `${MARCA_PENDIENTE} población y territorio cubiertos.`,
    fuente: { documento: `${MARCA_PENDIENTE} documento o formulario de origen.` },
    // Never assumed: a demonstration published as real answers (or the reverse) misleads.
    sintetico: `${MARCA_PENDIENTE} escriba false si son respuestas reales o true si es una demostración inventada`,
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
