/**
 * The rows of every dataset of a copy of the content, derived as the build derives its own: the
 * collections read with the same schemas, assembled by the same code, the same dataset
 * declarations and the same survey processing.
 */
import { assembleContent } from '../contenido/ensamblar.ts';
import type { Carpetas } from '../contenido/rutas.ts';
import { CONJUNTOS } from '../datos/conjuntos.ts';
import { surveyDatasets } from '../datos/encuestas.ts';
import type { ContextoDeFilas, Fila } from '../datos/tipos.ts';
import { loadSurveysFrom } from '../encuestas/cargar.ts';
import { today } from '../fechas.ts';
import { readCollections } from './leer-contenido.ts';

export function datasetRowsAt(carpetas: Carpetas, contexto: ContextoDeFilas): Map<string, Fila[]> {
  const contenido = assembleContent(readCollections(carpetas), today());
  const conjuntos = [...CONJUNTOS, ...surveyDatasets(loadSurveysFrom(carpetas))];
  return new Map(conjuntos.map((c) => [c.slug, c.filas(contenido, contexto)]));
}
