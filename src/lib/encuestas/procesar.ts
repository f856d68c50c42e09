/**
 * One survey folder, from files to published results: the description (`descripcion.ts`), the
 * codebook (`libro-de-codigos.ts`) and the export, streamed (`exportacion.ts`); every problem with
 * file, line and column in Spanish (`reporte.ts`), and the answers aggregated with the privacy
 * threshold applied (`publicar.ts`). `validate`, the build gate and the pages all go through
 * `processSurvey`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ARCHIVOS_DE_ENCUESTA, IDS_RESERVADOS, listSurveyFolders, readText } from './carpetas.ts';
import { readSurveyDescription } from './descripcion.ts';
import { aggregateExport } from './exportacion.ts';
import { readCodebook } from './libro-de-codigos.ts';
import { publishResults } from './publicar.ts';
import { Reporte } from './reporte.ts';
import type { ContextoDeEncuestas, EncuestaProcesada } from './tipos.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function processSurvey(carpeta: string, contexto: ContextoDeEncuestas): EncuestaProcesada {
  const id = path.basename(carpeta);
  const rel = (nombre: string) => path.relative(contexto.raiz, path.join(carpeta, nombre)).split(path.sep).join('/');
  const archivos = {
    encuesta: rel(ARCHIVOS_DE_ENCUESTA.encuesta),
    preguntas: rel(ARCHIVOS_DE_ENCUESTA.preguntas),
    respuestas: rel(ARCHIVOS_DE_ENCUESTA.respuestas),
  };
  const procesada: EncuestaProcesada = { id, carpeta, archivos, preguntas: [], k: contexto.umbral, problemas: [] };
  const reporte = new Reporte();
  const finish = () => {
    procesada.problemas = reporte.finish();
    return procesada;
  };

  if (!SLUG.test(id) || IDS_RESERVADOS.includes(id)) {
    reporte.add({
      archivo: path.relative(contexto.raiz, carpeta).split(path.sep).join('/'),
      mensaje: IDS_RESERVADOS.includes(id)
        ? `«${id}» está reservado para otra página del sitio; elija otro nombre para la carpeta de la encuesta`
        : `el nombre de la carpeta «${id}» no sirve como identificador: use minúsculas sin acentos, números y guiones`,
      nivel: 'error',
    });
    return finish();
  }

  const textoEncuesta = readText(path.join(carpeta, ARCHIVOS_DE_ENCUESTA.encuesta));
  if (textoEncuesta === undefined) {
    reporte.add({ archivo: archivos.encuesta, mensaje: 'falta este archivo: cada encuesta se describe en encuesta.yaml', nivel: 'error' });
    return finish();
  }
  const tienePreguntas = fs.existsSync(path.join(carpeta, ARCHIVOS_DE_ENCUESTA.preguntas));
  const tieneRespuestas = fs.existsSync(path.join(carpeta, ARCHIVOS_DE_ENCUESTA.respuestas));
  const encuesta = readSurveyDescription(archivos.encuesta, textoEncuesta, contexto.municipios, tienePreguntas || tieneRespuestas, reporte);
  if (!encuesta) return finish();
  procesada.encuesta = encuesta;
  procesada.k = encuesta.umbral_k ?? contexto.umbral;
  if (encuesta.participacion_conocida) return finish();

  if (!tienePreguntas)
    reporte.add({ archivo: archivos.preguntas, mensaje: 'falta este archivo: el libro de códigos describe cada columna de la exportación', nivel: 'error' });
  if (!tieneRespuestas)
    reporte.add({
      archivo: archivos.respuestas,
      mensaje: 'falta este archivo: la exportación de la herramienta de formularios, sin modificar',
      nivel: 'error',
    });
  if (!tienePreguntas || !tieneRespuestas) return finish();

  procesada.preguntas = readCodebook(archivos.preguntas, fs.readFileSync(path.join(carpeta, ARCHIVOS_DE_ENCUESTA.preguntas)), encuesta, reporte);
  if (reporte.hasErrors()) return finish();
  if (!procesada.preguntas.length) {
    reporte.add({ archivo: archivos.preguntas, linea: 1, mensaje: 'el libro de códigos no describe ninguna pregunta', nivel: 'error' });
    return finish();
  }

  const agregado = aggregateExport(fs.readFileSync(path.join(carpeta, ARCHIVOS_DE_ENCUESTA.respuestas)), procesada, encuesta, contexto, reporte);
  if (agregado && !reporte.hasErrors()) {
    procesada.resultados = publishResults({
      agregador: agregado.agregador,
      preguntas: procesada.preguntas,
      dimensiones: encuesta.dimensiones,
      nombres: new Map(contexto.municipios.map((m) => [m.cvegeo, m.nombre])),
      k: procesada.k,
      textos: agregado.textos,
    });
  }
  return finish();
}

/** Every survey folder of the data folder, processed. */
export function processAllSurveys(datos: string, contexto: ContextoDeEncuestas): EncuestaProcesada[] {
  return listSurveyFolders(datos).map((carpeta) => processSurvey(carpeta, contexto));
}
