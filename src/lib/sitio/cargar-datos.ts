/**
 * The open-data files of this build, computed once (like `loadContent()`) and shared by the
 * dataset pages and every endpoint. When rows do not match their declarations it throws an
 * `ErrorDeLaPublicacion` with the Spanish list of problems; the build prints it and stops with exit
 * code 1, not a stack trace (`src/integrations/informes.ts`).
 */
import path from 'node:path';
import sitio from '../../../sitio.config.ts';
import { cacheFolder, resolveFolders } from '../contenido/rutas.ts';
import { cachedCompression } from '../incremental/compresion.ts';
import { checkRecord, rowCheckCodeFingerprint } from '../incremental/filas-comprobadas.ts';
import { loadContent } from '../contenido/cargar.ts';
import { today } from '../fechas.ts';
import { absoluteUrl } from '../url.ts';
import { loadSurveys } from '../encuestas/cargar.ts';
import { CONJUNTOS } from '../datos/conjuntos.ts';
import { surveyDatasets } from '../datos/encuestas.ts';
import { publish, type Publicacion } from '../datos/generar.ts';
import { deflateAtMostLevel } from '../datos/zip.ts';
import type { ContextoDeCatalogo } from '../datos/publicacion.ts';
import { dataMismatchReport, ErrorDeDatos } from '../datos/verificar.ts';
import { ErrorConInforme } from '../informe.ts';
import { loadDataHistory } from '../versiones/cargar-historial.ts';
import { catalogueVersion, datasetVersions, rutasDeVersiones, type VersionesDelConjunto } from '../versiones/publicar.ts';

/** The open-data files of the build, with each dataset's versions from the repository's history. */
export type PublicacionConVersiones = Publicacion & { versiones: Map<string, VersionesDelConjunto> };

/** Update date of the datasets: the build's reference date (`FECHA_DE_REFERENCIA` for reproducible builds). */
export function catalogContext(): ContextoDeCatalogo {
  return { editor: sitio, absoluta: (ruta) => absoluteUrl(ruta), actualizado: today() };
}

/** Rows that do not match their declarations: the open data cannot be published. */
export class ErrorDeLaPublicacion extends ErrorConInforme {
  constructor(readonly causa: ErrorDeDatos) {
    super(dataMismatchReport(causa.problemas));
  }
}

async function load(): Promise<PublicacionConVersiones> {
  const contenido = await loadContent();
  const historial = loadDataHistory();
  const versiones = new Map<string, VersionesDelConjunto>();
  // The ZIP's entries of files that did not change since the last build are not compressed again.
  const compresion = cachedCompression(
    path.join(cacheFolder(), 'datos-abiertos-zip'),
    deflateAtMostLevel,
    `deflate-raw nivel 9, zlib ${process.versions.zlib}`,
  );
  // Datasets whose rows passed the checks in the last build, as they are now, are not checked again.
  const comprobadas = checkRecord(path.join(cacheFolder(), 'filas-comprobadas.json'), rowCheckCodeFingerprint(resolveFolders().raiz));
  try {
    const publicacion = publish(contenido, catalogContext(), [...CONJUNTOS, ...surveyDatasets(loadSurveys())], {
      versionOf: (conjunto, filas) => {
        const v = datasetVersions(historial, conjunto, filas, sitio.versiones.publicadas);
        versiones.set(conjunto.slug, v);
        const enCatalogo = catalogueVersion(v);
        return enCatalogo && { ...enCatalogo, cambios: rutasDeVersiones.cambios(conjunto.slug) };
      },
      comprimir: compresion.comprimir,
      comprobadas,
    });
    compresion.prune();
    comprobadas.save();
    return { ...publicacion, versiones };
  } catch (error) {
    if (error instanceof ErrorDeDatos) throw new ErrorDeLaPublicacion(error);
    throw error;
  }
}

let cache: Promise<PublicacionConVersiones> | undefined;

/** Every dataset and catalogue file of the build. */
export function loadPublication(): Promise<PublicacionConVersiones> {
  cache ??= load();
  return cache;
}

/** Host of the public address, for iCalendar UIDs (`<id>@<host>`). */
export function siteHost(): string {
  return new URL(absoluteUrl('/')).hostname;
}
