/**
 * Where each collection lives. The content and data folders can be pointed elsewhere (e.g. at a
 * synthetic corpus) with the `CONTENIDO_DIR` and `DATOS_DIR` environment variables.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';

export const ARCHIVOS = {
  instituciones: 'instituciones.yaml',
  organos: 'organos.yaml',
  personas: 'personas.yaml',
  sesiones: 'sesiones',
  compromisos: 'compromisos',
  seguimientoDeAcuerdos: 'seguimiento-de-acuerdos.csv',
  calendarios: 'calendarios',
  eventos: 'eventos.csv',
  municipios: 'municipios-edomex.csv',
} as const;

export interface Carpetas {
  /** Project root; file names in messages are relative to it. */
  raiz: string;
  contenido: string;
  datos: string;
  /** Folder of the original documents of sessions (`public/documentos`). */
  documentos: string;
}

export function resolveFolders(raiz = process.cwd(), env: NodeJS.ProcessEnv = process.env): Carpetas {
  return {
    raiz,
    contenido: path.resolve(raiz, env.CONTENIDO_DIR || 'content'),
    datos: path.resolve(raiz, env.DATOS_DIR || 'data'),
    documentos: path.resolve(raiz, 'public', 'documentos'),
  };
}

/** Path of a content file relative to the project root, as git and the repository name it. */
export function contentFile(nombre: string, carpetas: Carpetas = resolveFolders()): string {
  return path.relative(carpetas.raiz, path.join(carpetas.contenido, nombre)).split(path.sep).join('/');
}

/**
 * Astro's cache folder for these content and data folders. Astro keeps the collections it read
 * in a store there and, on the next build, reuses each unchanged entry as stored, including the
 * file it came from: two content folders with the same files (a copy, a test corpus) sharing one
 * store would give pages the other folder's file names. So each pair of folders other than the
 * project's own gets a cache folder of its own. `CARPETA_DE_CACHE` names one outright (a clean
 * build in a test, or the folder a review workflow keeps between runs).
 */
export function cacheFolder(carpetas: Carpetas = resolveFolders(), env: NodeJS.ProcessEnv = process.env): string {
  if (env.CARPETA_DE_CACHE) return path.resolve(carpetas.raiz, env.CARPETA_DE_CACHE);
  const base = path.join(carpetas.raiz, 'node_modules', '.astro');
  const propias = carpetas.contenido === path.join(carpetas.raiz, 'content') && carpetas.datos === path.join(carpetas.raiz, 'data');
  if (propias) return base;
  const huella = createHash('sha256').update(`${carpetas.contenido}\0${carpetas.datos}`).digest('hex').slice(0, 12);
  return path.join(base, `contenido-${huella}`);
}
