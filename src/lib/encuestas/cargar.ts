/**
 * The surveys as the pages need them, processed once per build: published results (with the
 * privacy threshold already applied), their datasets and the base map. Pages never see raw rows.
 */
import path from 'node:path';
import sitio from '../../../sitio.config.ts';
import { resolveFolders, type Carpetas } from '../contenido/rutas.ts';
import { surveyTables, type ConjuntoDeEncuesta } from './conjuntos.ts';
import { loadBaseMap, type MapaBase } from './mapa.ts';
import type { MunicipioInegi } from './municipios.ts';
import { readMunicipalities } from './carpetas.ts';
import { processAllSurveys } from './procesar.ts';
import { errorsOf } from './reporte.ts';
import type { EncuestaProcesada } from './tipos.ts';

export const MAPA_MUNICIPAL = path.join('mapas', 'edomex-municipios-mg2025-simplificado.topojson');

export interface EncuestaCargada extends EncuestaProcesada {
  encuesta: NonNullable<EncuestaProcesada['encuesta']>;
  /** Datasets, computed on first use (the responses need a second pass over the export). */
  conjuntos(): ConjuntoDeEncuesta[];
}

export interface Encuestas {
  encuestas: EncuestaCargada[];
  encuesta: Map<string, EncuestaCargada>;
  municipios: MunicipioInegi[];
  mapa: MapaBase;
}

/** The surveys of the data folder in `carpetas` (the build's own, or a past version's copy). */
export function loadSurveysFrom(carpetas: Carpetas): Encuestas {
  const municipios = readMunicipalities(carpetas.datos);
  const procesadas = processAllSurveys(carpetas.datos, { raiz: carpetas.raiz, municipios, umbral: sitio.umbralDePrivacidad });
  const conErrores = procesadas.filter((p) => errorsOf(p.problemas).length || !p.encuesta);
  if (conErrores.length) {
    // The content gate stops the build first; this only guards direct use.
    throw new Error(`Encuestas con errores: ${conErrores.map((p) => p.id).join(', ')} (ejecute npm run validate)`);
  }
  const encuestas = procesadas.map((p): EncuestaCargada => {
    let conjuntos: ConjuntoDeEncuesta[] | undefined;
    return { ...p, encuesta: p.encuesta!, conjuntos: () => (conjuntos ??= surveyTables(p, municipios)) };
  });
  encuestas.sort((a, b) => b.encuesta.anio - a.encuesta.anio || Number(a.encuesta.sintetico) - Number(b.encuesta.sintetico) || a.id.localeCompare(b.id));
  // The base map is only needed (and only required to exist) when there are surveys to map.
  const mapa = encuestas.length ? loadBaseMap(path.join(carpetas.datos, MAPA_MUNICIPAL)) : { ancho: 0, alto: 0, formas: [] };
  return { encuestas, encuesta: new Map(encuestas.map((e) => [e.id, e])), municipios, mapa };
}

let cache: Encuestas | undefined;

/** The site's surveys, loaded once per build. */
export function loadSurveys(): Encuestas {
  cache ??= loadSurveysFrom(resolveFolders());
  return cache;
}
