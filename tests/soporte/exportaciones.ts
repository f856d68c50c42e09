/**
 * Exports shaped as the form tools write them, for the tests: KoboToolbox («XML values and
 * headers», semicolons, every value quoted, group paths in the headers, one 0/1 column per
 * option of a multiple choice, and its metadata columns), and Microsoft Forms (identifying
 * columns first). Answers are invented.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const KOBO_COLUMNAS = [
  'start',
  'end',
  'datos_generales/municipio',
  'datos_generales/conoce_cabildo',
  'datos_generales/medios',
  'datos_generales/medios/pagina_web',
  'datos_generales/medios/redes_sociales',
  'datos_generales/medios/en_linea',
  'opinion/calificacion',
  'opinion/sesiones',
  'opinion/comentarios',
  '_id',
  '_uuid',
  '_submission_time',
  '_validation_status',
  '_notes',
  '_status',
  '_submitted_by',
  '__version__',
  '_tags',
  '_index',
];

/** [municipio, conoce, medios (space-separated codes), calificación, sesiones, comentario]. */
const KOBO_RESPUESTAS: [string, string, string, string, string, string][] = [
  ['15106', 'si', 'pagina_web redes_sociales', '4', '2', 'Que publiquen las actas a tiempo'],
  ['15106', 'no', 'redes_sociales', '2', '0', ''],
  ['15106', 'no_recuerda', 'en_linea', '3', '1', ''],
  ['15106', 'si', 'pagina_web', '5', '4', 'Buen trabajo'],
  ['15106', 'si', 'pagina_web en_linea', '4', '3', ''],
  ['15106', 'no', '', '1', '0', ''],
  ['15054', 'si', 'redes_sociales en_linea', '3', '1', ''],
  ['15054', 'no_recuerda', 'pagina_web', '2', '0', ''],
  ['15054', 'si', 'pagina_web redes_sociales en_linea', '5', '6', 'Más difusión en radio'],
  ['15054', 'no', 'redes_sociales', '3', '2', ''],
  ['15054', 'si', 'en_linea', '4', '1', ''],
];

const q = (v: string) => `"${v.replace(/"/g, '""')}"`;

/** The Kobo export text; `cambiar` edits a row's cells (by column) before writing. */
export function koboExport(cambiar: (fila: Record<string, string>, i: number) => void = () => {}): string {
  const filas = KOBO_RESPUESTAS.map(([municipio, conoce, medios, calificacion, sesiones, comentario], i) => {
    const elegidas = medios.split(' ');
    const fila: Record<string, string> = {
      start: `2024-03-0${1 + (i % 5)}T10:${String(10 + i).padStart(2, '0')}:00.000-06:00`,
      end: `2024-03-0${1 + (i % 5)}T10:${String(20 + i).padStart(2, '0')}:00.000-06:00`,
      'datos_generales/municipio': municipio,
      'datos_generales/conoce_cabildo': conoce,
      'datos_generales/medios': medios,
      'datos_generales/medios/pagina_web': medios ? (elegidas.includes('pagina_web') ? '1' : '0') : '',
      'datos_generales/medios/redes_sociales': medios ? (elegidas.includes('redes_sociales') ? '1' : '0') : '',
      'datos_generales/medios/en_linea': medios ? (elegidas.includes('en_linea') ? '1' : '0') : '',
      'opinion/calificacion': calificacion,
      'opinion/sesiones': sesiones,
      'opinion/comentarios': comentario,
      _id: String(301 + i),
      _uuid: `5f1c2a9e-0b7d-4c3e-9a${String(10 + i)}-7e2d4b6a8c0${i % 10}`,
      _submission_time: `2024-03-0${1 + (i % 5)}T16:${String(21 + i).padStart(2, '0')}:05`,
      _validation_status: '',
      _notes: '',
      _status: 'submitted_via_web',
      _submitted_by: '',
      __version__: 'vQj7kZ8fYp2mXr4sT9wLbN',
      _tags: '',
      _index: String(i + 1),
    };
    cambiar(fila, i);
    return KOBO_COLUMNAS.map((c) => q(fila[c] ?? '')).join(';');
  });
  return [KOBO_COLUMNAS.map(q).join(';'), ...filas, ''].join('\n');
}

export const KOBO_IGNORADAS = KOBO_COLUMNAS.filter((c) => c === 'start' || c === 'end' || c.startsWith('_') || /\/medios\//.test(c));

export function koboDescription(extra = ''): string {
  return [
    'titulo: Consulta sobre cabildo abierto',
    'descripcion: Consulta de prueba levantada con KoboToolbox.',
    'institucion: Infoem',
    'anio: 2024',
    'metodologia: Formulario en línea.',
    'cobertura: Personas de dos municipios.',
    'fuente:',
    '  documento: Exportación de KoboToolbox',
    'sintetico: true',
    'columna_municipio: datos_generales/municipio',
    'columnas_ignoradas:',
    ...KOBO_IGNORADAS.map((c) => `  - "${c}"`),
    'dimensiones:',
    '  - id: general',
    '    nombre: General',
    extra,
  ].join('\n');
}

/** The codebook; `delimitador` as it is written in the CSV cell. */
export function koboCodebook(delimitador = 'espacio'): string {
  return [
    'columna,pregunta_id,dimension,texto,tipo,opciones,codigos,delimitador,minimo,maximo,unidad',
    'datos_generales/conoce_cabildo,conoce-cabildo,general,¿Conoce el cabildo abierto?,opcion-unica,Sí|No|No recuerda,si|no|no_recuerda,,,,',
    `datos_generales/medios,medios,general,¿Por qué medios se informa?,opcion-multiple,Página web|Redes sociales|En línea,pagina_web|redes_sociales|en_linea,${delimitador},,,`,
    'opinion/calificacion,calificacion,general,Califique la apertura (1 a 5),escala,1|2|3|4|5,,,,,',
    'opinion/sesiones,sesiones,general,¿A cuántas sesiones asistió?,numero,,,,,,sesiones',
    'opinion/comentarios,comentarios,general,Comentarios,texto-libre,,,,,,',
    '',
  ].join('\n');
}

/** A survey folder in a temporary project root: `{ raiz, carpeta }`, removed by `borrar`. */
export function surveyFolder(archivos: Record<string, string>, id = 'consulta-kobo-2024') {
  const raiz = fs.mkdtempSync(path.join(os.tmpdir(), 'encuesta-'));
  const carpeta = path.join(raiz, 'data', 'encuestas', id);
  fs.mkdirSync(carpeta, { recursive: true });
  for (const [nombre, texto] of Object.entries(archivos)) fs.writeFileSync(path.join(carpeta, nombre), texto);
  return { raiz, carpeta, borrar: () => fs.rmSync(raiz, { recursive: true, force: true }) };
}

export const FORMS_COLUMNAS = [
  'Id',
  'Hora de inicio',
  'Hora de finalización',
  'Correo electrónico',
  'Nombre',
  'Municipio',
  '¿Conoce el cabildo abierto?',
  'Teléfono de contacto',
  'Observaciones internas',
];

/** A Microsoft Forms export of an anonymous form (e-mail «anonymous», no name) with seven rows. */
export function formsExport(cambiar: (fila: Record<string, string>, i: number) => void = () => {}): string {
  const municipios = ['Toluca', 'Toluca', 'Toluca', 'Toluca', 'Toluca', 'Metepec', 'Metepec'];
  const filas = municipios.map((municipio, i) => {
    const fila: Record<string, string> = {
      Id: String(i + 1),
      'Hora de inicio': `3/${i + 1}/24 10:00:00`,
      'Hora de finalización': `3/${i + 1}/24 10:05:00`,
      'Correo electrónico': 'anonymous',
      Nombre: '',
      Municipio: municipio,
      '¿Conoce el cabildo abierto?': i % 2 ? 'No' : 'Sí',
      'Teléfono de contacto': '',
      'Observaciones internas': '',
    };
    cambiar(fila, i);
    return FORMS_COLUMNAS.map((c) => (/[",]/.test(fila[c]) ? q(fila[c]) : fila[c])).join(',');
  });
  return [FORMS_COLUMNAS.join(','), ...filas, ''].join('\r\n');
}

export function formsDescription(): string {
  return koboDescription()
    .replace('columna_municipio: datos_generales/municipio', 'columna_municipio: Municipio')
    .replace(
      /columnas_ignoradas:\n(?: {2}- .*\n)+/,
      `columnas_ignoradas:\n${FORMS_COLUMNAS.filter((c) => !['Municipio', '¿Conoce el cabildo abierto?'].includes(c))
        .map((c) => `  - "${c}"`)
        .join('\n')}\n`,
    );
}

export const FORMS_CODEBOOK = [
  'columna,pregunta_id,dimension,texto,tipo,opciones',
  '¿Conoce el cabildo abierto?,conoce-cabildo,general,¿Conoce el cabildo abierto?,opcion-unica,Sí|No',
  '',
].join('\n');
