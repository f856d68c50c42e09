/**
 * Which record files changed since the last build, known before Astro renders any page: a
 * snapshot of the files of the collections written one file per record (`formato: 'markdown'`:
 * sessions, commitments), with the size, modification time and SHA-256 of each, saved at the end
 * of a build and compared at the start of the next. A file whose size and time are those of the
 * snapshot is taken as unchanged without reading it; after a fresh checkout (every time new) each
 * file is read and hashed once (about a third of a second for 10 000 minutes).
 *
 * Only a guess of what to start early (`src/integrations/pagefind/anticipo.ts`): nothing a build
 * writes depends on it.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { filesBelow } from '../arbol-de-archivos.ts';
import { COLECCIONES, collectionPath, idFromFileName, type DefinicionDeColeccion } from '../contenido/colecciones.ts';
import type { Carpetas } from '../contenido/rutas.ts';

/** Each file by its path relative to the project root: size in bytes, modification time (ms), SHA-256. */
export type InstantaneaDeFuentes = Record<string, [tamano: number, modificado: number, sha256: string]>;

/** What changed between two snapshots. */
export interface CambioDeFuentes {
  /** Files of both whose bytes differ, relative to the project root. */
  cambiados: string[];
  /** Whether both hold the same files (none added, none removed). */
  mismosArchivos: boolean;
}

const ES_REGISTRO = /\.mdx?$/;

/** Absolute paths of the files of the collections written one file per record. */
export function recordSourceFiles(carpetas: Carpetas): string[] {
  const porArchivo = Object.values(COLECCIONES as Record<string, DefinicionDeColeccion>).filter((definicion) => definicion.formato === 'markdown');
  return porArchivo.flatMap((definicion) => {
    const carpeta = collectionPath(definicion, carpetas);
    return filesBelow(carpeta)
      .filter((archivo) => ES_REGISTRO.test(archivo))
      .map((archivo) => path.join(carpeta, archivo));
  });
}

/**
 * The snapshot of `archivos` (absolute, named relative to `raiz`). The hash of a file whose size
 * and time are those of `anterior` is taken from it instead of read.
 */
export function snapshotSources(archivos: readonly string[], raiz: string, anterior: InstantaneaDeFuentes = {}): InstantaneaDeFuentes {
  const instantanea: InstantaneaDeFuentes = {};
  for (const archivo of [...archivos].sort()) {
    const estado = fs.statSync(archivo, { throwIfNoEntry: false });
    if (!estado?.isFile()) continue;
    const nombre = path.relative(raiz, archivo).split(path.sep).join('/');
    const previo = anterior[nombre];
    const sha256 =
      previo && previo[0] === estado.size && previo[1] === estado.mtimeMs ? previo[2] : createHash('sha256').update(fs.readFileSync(archivo)).digest('hex');
    instantanea[nombre] = [estado.size, estado.mtimeMs, sha256];
  }
  return instantanea;
}

/** The files whose bytes changed from `anterior` to `actual`, and whether both hold the same files. */
export function changedSources(anterior: InstantaneaDeFuentes, actual: InstantaneaDeFuentes): CambioDeFuentes {
  const nombres = Object.keys(actual);
  const mismosArchivos = nombres.length === Object.keys(anterior).length && nombres.every((nombre) => nombre in anterior);
  const cambiados = nombres.filter((nombre) => nombre in anterior && anterior[nombre][2] !== actual[nombre][2]);
  return { cambiados, mismosArchivos };
}

/** Ids of the records the files `archivos` hold (`idFromFileName`). */
export function recordIds(archivos: readonly string[]): string[] {
  return [...new Set(archivos.map(idFromFileName))];
}
