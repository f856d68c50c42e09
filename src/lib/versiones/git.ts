/**
 * What git knows of the content: the latest commits that touched it, and the content folders as
 * they were at one of them, written to a folder. Without a full history (a copy without `.git`,
 * or a shallow clone) there is nothing to read, and callers say so rather than invent versions.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { mexicoCityDate } from '../fechas.ts';

/** Folders whose files make the datasets. */
export const CARPETAS_DE_DATOS = ['content', 'data'] as const;

export interface CommitDeContenido {
  commit: string;
  /** Commit date in Mexico City, `AAAA-MM-DD`. */
  fecha: string;
  /** Commit date as git gives it (ISO 8601 with offset). */
  instante: string;
}

function git(raiz: string, args: string[], entrada?: string): Buffer | undefined {
  const r = spawnSync('git', args, { cwd: raiz, input: entrada, maxBuffer: 1024 * 1024 * 1024 });
  return r.status === 0 ? r.stdout : undefined;
}

/** Why there is no history to read, in Spanish; undefined when there is one. */
export function historyUnavailable(raiz: string): string | undefined {
  const shallow = git(raiz, ['rev-parse', '--is-shallow-repository'])?.toString().trim();
  if (shallow === undefined) return 'esta copia no tiene historial de git';
  if (shallow !== 'false') return 'esta copia es un clon superficial (sin el historial completo)';
  return undefined;
}

/** Parses `git log --format=%H%x09%cI`: newest first. */
export function parseCommits(salida: string): CommitDeContenido[] {
  return salida
    .split('\n')
    .filter(Boolean)
    .map((linea) => {
      const [commit, instante] = linea.split('\t');
      return { commit, instante, fecha: mexicoCityDate(instante) };
    });
}

/** The latest `maximo` commits (newest first) that changed the content or data folders. */
export function contentCommits(raiz: string, maximo: number): CommitDeContenido[] {
  const salida = git(raiz, ['log', `-n${maximo}`, '--format=%H%x09%cI', '--', ...CARPETAS_DE_DATOS]);
  if (salida === undefined) throw new Error('no se pudo leer el historial de git (git log)');
  return parseCommits(salida.toString());
}

/** Writes the content and data folders as they were at `commit` under `destino`. */
export function writeTreeAt(raiz: string, commit: string, destino: string): void {
  const lista = git(raiz, ['ls-tree', '-r', '-z', commit, '--', ...CARPETAS_DE_DATOS]);
  if (lista === undefined) throw new Error(`no se pudo leer el árbol del commit ${commit} (git ls-tree)`);
  const blobs = lista
    .toString()
    .split('\0')
    .filter(Boolean)
    .map((linea) => {
      const [info, ruta] = linea.split('\t');
      const [, tipo, hash] = info.split(' ');
      return { tipo, hash, ruta };
    })
    .filter((b) => b.tipo === 'blob');
  if (!blobs.length) return;
  const salida = git(raiz, ['cat-file', '--batch'], blobs.map((b) => b.hash).join('\n') + '\n');
  if (salida === undefined) throw new Error(`no se pudieron leer los archivos del commit ${commit} (git cat-file)`);
  let posicion = 0;
  for (const blob of blobs) {
    const finDeCabecera = salida.indexOf(0x0a, posicion);
    const tamano = Number(salida.subarray(posicion, finDeCabecera).toString().split(' ')[2]);
    const inicio = finDeCabecera + 1;
    const destinoDelArchivo = path.join(destino, ...blob.ruta.split('/'));
    fs.mkdirSync(path.dirname(destinoDelArchivo), { recursive: true });
    fs.writeFileSync(destinoDelArchivo, salida.subarray(inicio, inicio + tamano));
    posicion = inicio + tamano + 1;
  }
}
