/**
 * When each content file last changed, from git at build time, and where to see its history.
 * Without git history (a download, or a shallow clone whose only commit dates every file the
 * same) pages say so instead of showing a misleading date.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { mexicoCityDate } from './fechas.ts';

export interface Cambio {
  /** Date of the last commit that touched the file, in Mexico City (`AAAA-MM-DD`). */
  fecha: string;
  commit: string;
}

export interface Historial {
  /** False when there is no usable history (no git, or a shallow clone). */
  disponible: boolean;
  cambios: Map<string, Cambio>;
}

/**
 * Parses `git log --format=%x1e%H%x09%cI --name-only`: each record is a commit line followed by
 * the files it touched, newest commit first; the first commit seen for a file is its last change.
 */
export function parseGitLog(output: string): Map<string, Cambio> {
  const cambios = new Map<string, Cambio>();
  for (const record of output.split('\x1e')) {
    const [cabecera, ...archivos] = record
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    if (!cabecera) continue;
    const [commit, fechaIso] = cabecera.split('\t');
    for (const archivo of archivos) {
      if (!cambios.has(archivo)) cambios.set(archivo, { commit, fecha: mexicoCityDate(fechaIso) });
    }
  }
  return cambios;
}

function git(raiz: string, args: string[]): string | undefined {
  const result = spawnSync('git', args, { cwd: raiz, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  return result.status === 0 ? result.stdout : undefined;
}

const cache = new Map<string, Historial>();

/** History of the repository's content, read once per build. */
export function loadHistory(raiz = process.cwd()): Historial {
  const cached = cache.get(raiz);
  if (cached) return cached;
  const shallow = git(raiz, ['rev-parse', '--is-shallow-repository'])?.trim();
  const log =
    shallow === 'false' ? git(raiz, ['log', '--format=%x1e%H%x09%cI', '--name-only', '--no-renames', '--', 'content', 'data', 'public/documentos']) : undefined;
  const historial: Historial = log === undefined ? { disponible: false, cambios: new Map() } : { disponible: true, cambios: parseGitLog(log) };
  cache.set(raiz, historial);
  return historial;
}

export interface Repositorio {
  url: string;
  rama: string;
}

/** The repository from the site configuration, or from GitHub Actions' environment. */
export function repositoryOf(configurado: Repositorio | undefined, env: Record<string, string | undefined> = process.env): Repositorio | undefined {
  if (configurado) return configurado;
  if (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY) {
    return { url: `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}`, rama: env.GITHUB_REF_NAME || 'main' };
  }
  return undefined;
}

/** Links to a file's change history and to its editor in the repository. */
export function fileLinks(repositorio: Repositorio, archivo: string): { historial: string; editar: string } {
  const ruta = archivo.split(path.sep).join('/').split('/').map(encodeURIComponent).join('/');
  return {
    historial: `${repositorio.url}/commits/${repositorio.rama}/${ruta}`,
    editar: `${repositorio.url}/edit/${repositorio.rama}/${ruta}`,
  };
}
