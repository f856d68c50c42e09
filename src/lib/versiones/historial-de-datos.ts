/**
 * Each dataset's versions from the repository's history: the latest commits that touched the
 * content are written, one by one, to a temporary folder and derived into dataset rows with the
 * build's own code. Rows of a commit are kept in a cache folder under the commit's hash and a key
 * of the code and site address, so the next build reads instead of deriving again. The result
 * depends only on the history and the content: the same repository gives the same versions.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Carpetas } from '../contenido/rutas.ts';
import type { Fila } from '../datos/tipos.ts';
import { versionsOf, type Version } from './cambios.ts';
import { contentCommits, historyUnavailable, writeTreeAt, type CommitDeContenido } from './git.ts';

export interface CommitOmitido {
  commit: string;
  fecha: string;
  /** Why its rows could not be derived, in Spanish, naming the file. */
  motivo: string;
}

export type HistorialDeDatos = { disponible: false; motivo: string } | { disponible: true; versiones: Map<string, Version[]>; omitidos: CommitOmitido[] };

export interface OpcionesDeHistorial {
  raiz: string;
  /** How many of the latest commits touching the content are read. */
  maximo: number;
  /** Folder for the rows of each commit; none reads every commit again. */
  cache?: string;
  /** Part of the cache key: changes when the code or the site's address change. */
  claveDeCodigo: string;
  /** The rows of every dataset, by slug, of the content copy in `carpetas`. */
  derivar(carpetas: Carpetas): Map<string, Fila[]>;
}

type Derivado = { filas: Record<string, Fila[]> } | { error: string };

function derive(opciones: OpcionesDeHistorial, c: CommitDeContenido): Derivado {
  const archivoDeCache = opciones.cache && path.join(opciones.cache, `${c.commit}-${opciones.claveDeCodigo}.json`);
  if (archivoDeCache && fs.existsSync(archivoDeCache)) return JSON.parse(fs.readFileSync(archivoDeCache, 'utf8')) as Derivado;
  const temporal = fs.mkdtempSync(path.join(os.tmpdir(), 'version-'));
  let derivado: Derivado;
  try {
    writeTreeAt(opciones.raiz, c.commit, temporal);
    const carpetas: Carpetas = {
      raiz: temporal,
      contenido: path.join(temporal, 'content'),
      datos: path.join(temporal, 'data'),
      documentos: path.join(temporal, 'public', 'documentos'),
    };
    derivado = { filas: Object.fromEntries(opciones.derivar(carpetas)) };
  } catch (error) {
    derivado = { error: error instanceof Error ? error.message : String(error) };
  } finally {
    fs.rmSync(temporal, { recursive: true, force: true });
  }
  if (archivoDeCache) {
    fs.mkdirSync(opciones.cache!, { recursive: true });
    fs.writeFileSync(archivoDeCache, JSON.stringify(derivado));
  }
  return derivado;
}

/** Rows derived by other code are never read again: remove them so the cache does not grow. */
function pruneCache(carpeta: string, claveDeCodigo: string): void {
  if (!fs.existsSync(carpeta)) return;
  for (const archivo of fs.readdirSync(carpeta)) {
    if (archivo.endsWith('.json') && !archivo.endsWith(`-${claveDeCodigo}.json`)) fs.rmSync(path.join(carpeta, archivo), { force: true });
  }
}

export function readDataHistory(opciones: OpcionesDeHistorial): HistorialDeDatos {
  const motivo = historyUnavailable(opciones.raiz);
  if (motivo) return { disponible: false, motivo };
  let commits: CommitDeContenido[];
  try {
    commits = contentCommits(opciones.raiz, opciones.maximo).reverse();
  } catch (error) {
    return { disponible: false, motivo: error instanceof Error ? error.message : String(error) };
  }
  if (opciones.cache) pruneCache(opciones.cache, opciones.claveDeCodigo);
  const omitidos: CommitOmitido[] = [];
  const leidos: { commit: CommitDeContenido; filas: Record<string, Fila[]> }[] = [];
  for (const commit of commits) {
    const derivado = derive(opciones, commit);
    if ('error' in derivado) omitidos.push({ commit: commit.commit, fecha: commit.fecha, motivo: derivado.error });
    else leidos.push({ commit, filas: derivado.filas });
  }
  const slugs = [...new Set(leidos.flatMap((l) => Object.keys(l.filas)))].sort();
  const versiones = new Map(
    slugs.map((slug) => [slug, versionsOf(leidos.map((l) => ({ commit: l.commit.commit, fecha: l.commit.fecha, filas: l.filas[slug] ?? [] })))]),
  );
  return { disponible: true, versiones, omitidos: omitidos.reverse() };
}
