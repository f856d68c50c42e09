/**
 * The site's collections, in the order a reader meets them. What each one is (its file or folder,
 * format, schema and id rule) is declared once in `src/lib/contenido/colecciones.ts`; each schema
 * lives in `src/schemas/` with every field documented, and the same registry drives
 * `npm run validate`. Every loader is gated: if Astro cannot read the content, the build's
 * Spanish report explains why (`src/lib/validacion/puerta.ts`), and reads every file again after
 * a change to the code that reads them (`src/lib/contenido/codigo-del-contenido.ts`).
 */
import { defineCollection } from 'astro:content';
import { file, type Loader } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { sharedWithBuild } from './lib/contenido/almacen-vivo.ts';
import { csvLoader } from './lib/contenido/cargador-csv.ts';
import { leanGlob } from './lib/contenido/cargador-ligero.ts';
import { contentCodeFingerprint, rereadOnCodeChange } from './lib/contenido/codigo-del-contenido.ts';
import { COLECCIONES, collectionPath, csvRowId, idFromFileName, type DefinicionDeColeccion } from './lib/contenido/colecciones.ts';
import { writeStoreOnce } from './lib/contenido/escritura-unica.ts';
import { resolveFolders } from './lib/contenido/rutas.ts';
import { gatedLoader } from './lib/validacion/puerta.ts';

const carpetas = resolveFolders();
const yaml = (texto: string) => parseYaml(texto) as Record<string, unknown>[];
let huellaDelCodigo: string | undefined;
const codeFingerprint = () => (huellaDelCodigo ??= contentCodeFingerprint(carpetas.raiz));

/** Astro's loader for a collection of the registry, by its format. */
function formatLoader(definicion: DefinicionDeColeccion): Loader {
  const ruta = collectionPath(definicion, carpetas);
  switch (definicion.formato) {
    case 'yaml':
      return file(ruta, { parser: yaml });
    case 'markdown':
      return leanGlob({ pattern: '**/*.{md,mdx}', base: ruta, idFromPath: idFromFileName });
    case 'csv':
      return csvLoader({ ruta, id: (valores, archivo, linea) => csvRowId(definicion, valores, archivo, linea) });
  }
}

/**
 * The loader of a collection: read again whole after a change to the code that reads it, holding
 * back Astro's writes of the store until the last loader is done (`escritura-unica.ts`), and
 * leaving its entries in memory for the pages of the same build (`almacen-vivo.ts`).
 */
const loaderFor = (definicion: DefinicionDeColeccion): Loader =>
  gatedLoader(sharedWithBuild(writeStoreOnce(rereadOnCodeChange(formatLoader(definicion), codeFingerprint))));

const collection = <D extends DefinicionDeColeccion>(definicion: D) =>
  defineCollection({ loader: loaderFor(definicion), schema: definicion.esquema as D['esquema'] });

export const collections = {
  /** Bodies that hold sessions: `content/organos.yaml`. */
  organos: collection(COLECCIONES.organos),
  /** Minutes, one Markdown/MDX file per session: `content/sesiones/`. */
  sesiones: collection(COLECCIONES.sesiones),
  /** Status history of agreements: `content/seguimiento-de-acuerdos.csv`. */
  seguimientoDeAcuerdos: collection(COLECCIONES.seguimientoDeAcuerdos),
  /** Open-government commitments: `content/compromisos/`. */
  compromisos: collection(COLECCIONES.compromisos),
  /** Planned sessions per body and year: `content/calendarios/*.csv`. */
  calendarios: collection(COLECCIONES.calendarios),
  /** Other dated public activities: `content/eventos.csv`. */
  eventos: collection(COLECCIONES.eventos),
  /** People who attend sessions: `content/personas.yaml`. */
  personas: collection(COLECCIONES.personas),
  /** Institutions: `content/instituciones.yaml`. */
  instituciones: collection(COLECCIONES.instituciones),
  /** INEGI's municipalities of the state: `data/municipios-edomex.csv`. */
  municipios: collection(COLECCIONES.municipios),
};
