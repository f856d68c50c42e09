/**
 * Checks `content/redirecciones.yaml` against the content, and the content against the previous
 * commit: every id published there must still exist or have a redirect. The previous commit is
 * `HEAD` while the content has uncommitted changes (someone checking their edit), else `HEAD~1`
 * (a build of the commit that made the change). Without history the comparison is skipped and a
 * note says so.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Carpetas } from '../contenido/rutas.ts';
import type { Problema } from '../lectura/problema.ts';
import { historyUnavailable, writeTreeAt } from '../versiones/git.ts';
import { recordIds, type FrontmatterYaLeido } from './ids.ts';
import { ARCHIVO_DE_REDIRECCIONES, checkRedirects, parseRedirects, redirectPaths, type IdsPorColeccion, type Redireccion } from './redirecciones.ts';

export interface ResultadoDeRedirecciones {
  redirecciones: Redireccion[];
  problemas: Problema[];
  /** What was not checked and why, in Spanish. */
  notas: string[];
}

const git = (raiz: string, args: string[]) => {
  const r = spawnSync('git', args, { cwd: raiz, encoding: 'utf8' });
  return r.status === 0 ? r.stdout : undefined;
};

/** Ids of the previous commit, or why they cannot be read. */
function previousIds(carpetas: Carpetas): IdsPorColeccion | string {
  const propias = carpetas.contenido === path.join(carpetas.raiz, 'content');
  if (!propias) return 'el contenido se leyó de otra carpeta, cuyo historial no es el de este repositorio';
  const motivo = historyUnavailable(carpetas.raiz);
  if (motivo) return motivo;
  const pendientes = git(carpetas.raiz, ['status', '--porcelain', '--', 'content']);
  const commit = pendientes?.trim() ? 'HEAD' : 'HEAD~1';
  if (git(carpetas.raiz, ['rev-parse', '--verify', '--quiet', `${commit}^{commit}`]) === undefined) return 'no hay un commit anterior con el cual comparar';
  const temporal = fs.mkdtempSync(path.join(os.tmpdir(), 'ids-anteriores-'));
  try {
    writeTreeAt(carpetas.raiz, commit, temporal);
    return recordIds({
      raiz: temporal,
      contenido: path.join(temporal, 'content'),
      datos: path.join(temporal, 'data'),
      documentos: path.join(temporal, 'public', 'documentos'),
    });
  } catch (error) {
    return `no se pudo leer el commit anterior (${error instanceof Error ? error.message : String(error)})`;
  } finally {
    fs.rmSync(temporal, { recursive: true, force: true });
  }
}

/** `yaLeido`: the frontmatter of content files the caller has read (see `recordIds`). */
export function validateRedirects(carpetas: Carpetas, yaLeido?: FrontmatterYaLeido): ResultadoDeRedirecciones {
  const file = path.join(carpetas.contenido, ARCHIVO_DE_REDIRECCIONES);
  const archivo = path.relative(carpetas.raiz, file).split(path.sep).join('/');
  const leido = fs.existsSync(file) ? parseRedirects(archivo, fs.readFileSync(file, 'utf8')) : { redirecciones: [], problemas: [] };
  const anteriores = previousIds(carpetas);
  const notas = typeof anteriores === 'string' ? [`No se comprobó que los registros publicados conserven su dirección: ${anteriores}.`] : [];
  const problemas = [
    ...leido.problemas,
    ...checkRedirects(archivo, leido.redirecciones, recordIds(carpetas, yaLeido), typeof anteriores === 'string' ? undefined : anteriores),
  ];
  return { redirecciones: leido.redirecciones, problemas, notas };
}

/** The redirects of the content in `carpetas` as site paths, for the redirect pages and `_redirects`. */
export function readRedirects(carpetas: Carpetas): { desde: string; hacia: string }[] {
  const file = path.join(carpetas.contenido, ARCHIVO_DE_REDIRECCIONES);
  if (!fs.existsSync(file)) return [];
  return redirectPaths(parseRedirects(ARCHIVO_DE_REDIRECCIONES, fs.readFileSync(file, 'utf8')).redirecciones);
}
