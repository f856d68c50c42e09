/**
 * The previous build's output, out of the way at once, but for the pages Astro may reuse. Astro
 * empties the output folder when it starts writing, one file at a time and before it renders
 * anything (32 s for the 68 000 files of a 10 000-session site), and then copies every unchanged
 * page back from its cache (17 s). So at the build's start the old folder is renamed into the
 * cache folder (instant on one file system) and deleted there while the build goes on; the
 * pages Astro's incremental manifest lists are moved back into a new output folder first, where
 * Astro finds them and leaves them (`vite.build.emptyOutDir: false`). A page whose key changed
 * is rendered over its old copy; one that this build no longer has is deleted at the end, so the
 * folder holds exactly what a clean build writes.
 *
 * Pages are moved back only from the folder the last build with this cache wrote (the same folder
 * by inode and birth time, and Astro's manifest unchanged since): any other folder is moved aside
 * whole. A build stopped meanwhile leaves the old folder behind, and the next build deletes it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { deleteInWorker } from '../lib/borrar-en-hilo.ts';
import { astroManifestFingerprint, MANIFIESTO_DE_ASTRO } from './pagefind/reutilizacion.ts';

/** Folder, inside the cache folder, where previous outputs wait to be deleted. */
export const CARPETA_DE_SALIDAS_ANTERIORES = 'salidas-anteriores';

/** File, inside the cache folder, that identifies the output folder the last build wrote. */
export const SALIDA_REGISTRADA = 'salida-registrada.json';

/** The output folder a build wrote, as the next build recognises it. */
interface SalidaRegistrada {
  carpeta: string;
  /** Inode and birth time (ns) of the folder: another build's folder has other ones. */
  inodo: string;
  nacimiento: string;
  /** SHA-256 of Astro's incremental manifest written by that build. */
  manifiesto: string;
}

interface ManifiestoDeAstro {
  routes?: Record<string, { paths?: Record<string, { outputFile?: string }> }>;
}

function identity(carpeta: string): { inodo: string; nacimiento: string } | undefined {
  try {
    const stat = fs.statSync(carpeta, { bigint: true });
    // Without a birth time (some file systems) a folder cannot be told from a later one.
    return stat.birthtimeNs > 0n ? { inodo: String(stat.ino), nacimiento: String(stat.birthtimeNs) } : undefined;
  } catch {
    return undefined;
  }
}

/** Records that `salida` is what the build with the cache `cacheDir` just wrote. */
export function registerOutput(salida: string, cacheDir: string): void {
  const registro = path.join(cacheDir, SALIDA_REGISTRADA);
  fs.rmSync(registro, { force: true });
  const manifiesto = astroManifestFingerprint(cacheDir);
  const id = identity(salida);
  if (!id || !manifiesto) return;
  const datos: SalidaRegistrada = { carpeta: salida, ...id, manifiesto };
  fs.writeFileSync(registro, JSON.stringify(datos));
}

/**
 * The files (relative to `salida`) of the pages Astro's manifest lists, when `salida` is the
 * folder the last build with this cache wrote and the manifest is the one it left; else none.
 */
export function reusablePages(salida: string, cacheDir: string): string[] {
  try {
    const registro = JSON.parse(fs.readFileSync(path.join(cacheDir, SALIDA_REGISTRADA), 'utf8')) as SalidaRegistrada;
    const id = identity(salida);
    if (registro.carpeta !== salida || !id || id.inodo !== registro.inodo || id.nacimiento !== registro.nacimiento) return [];
    if (astroManifestFingerprint(cacheDir) !== registro.manifiesto) return [];
    return manifestOutputFiles(cacheDir);
  } catch {
    return [];
  }
}

/** The output file (relative to the output folder) of every page in Astro's incremental manifest. */
export function manifestOutputFiles(cacheDir: string): string[] {
  try {
    const { routes = {} } = JSON.parse(fs.readFileSync(path.join(cacheDir, MANIFIESTO_DE_ASTRO), 'utf8')) as ManifiestoDeAstro;
    return Object.values(routes).flatMap((ruta) =>
      Object.values(ruta.paths ?? {}).flatMap((p) => (p.outputFile && !p.outputFile.split('/').includes('..') ? [p.outputFile] : [])),
    );
  } catch {
    return [];
  }
}

/**
 * Moves `salida` into `papelera` (a folder of its own there), moves the files `conservar`
 * (relative paths) back into a new `salida`, and starts deleting everything in `papelera` (in a
 * worker thread, `deleteInWorker`, so the deletion does not hold up the build's own file work).
 * Returns the files moved back and the deletion, which ends later. If the rename is not possible
 * (another file system), `salida` is emptied in place.
 */
export function moveAsideAndDelete(salida: string, papelera: string, conservar: readonly string[] = []): { conservados: Set<string>; borrado: Promise<void> } {
  fs.mkdirSync(papelera, { recursive: true });
  const conservados = new Set<string>();
  if (fs.existsSync(salida)) {
    const apartada = path.join(papelera, `${process.pid}-${Date.now()}`);
    try {
      fs.renameSync(salida, apartada);
    } catch {
      // EXDEV (another file system) or a busy folder: emptied here, slowly, as Astro would.
      fs.rmSync(salida, { recursive: true, force: true });
    }
    if (fs.existsSync(apartada) && conservar.length) {
      const creadas = new Set<string>();
      for (const archivo of conservar) {
        const destino = path.join(salida, archivo);
        const carpeta = path.dirname(destino);
        if (!creadas.has(carpeta)) {
          fs.mkdirSync(carpeta, { recursive: true });
          creadas.add(carpeta);
        }
        try {
          fs.renameSync(path.join(apartada, archivo), destino);
          conservados.add(archivo);
        } catch {
          // Not in the old folder: Astro copies it from its cache, as without this.
        }
      }
    }
  }
  const borrado = deleteInWorker(fs.readdirSync(papelera).map((nombre) => path.join(papelera, nombre)));
  return { conservados, borrado };
}

/**
 * Deletes the files moved back (`conservados`) that this build did not write or keep
 * (`producidos`, relative to `salida`), and the folders they leave empty.
 */
export function removeStalePages(salida: string, conservados: ReadonlySet<string>, producidos: ReadonlySet<string>): string[] {
  const borrados: string[] = [];
  for (const archivo of conservados) {
    if (producidos.has(archivo)) continue;
    fs.rmSync(path.join(salida, archivo), { force: true });
    borrados.push(archivo);
    for (let carpeta = path.dirname(path.join(salida, archivo)); carpeta.startsWith(salida + path.sep); carpeta = path.dirname(carpeta)) {
      if (fs.readdirSync(carpeta).length > 0) break;
      fs.rmdirSync(carpeta);
    }
  }
  return borrados;
}

export default function previousOutput(): AstroIntegration {
  let salida = '';
  let cacheDir = '';
  let incremental = false;
  let papelera = '';
  let borrado: Promise<void> | undefined;
  let conservados = new Set<string>();
  return {
    name: 'salida-anterior',
    hooks: {
      'astro:config:done': ({ config }) => {
        salida = path.resolve(fileURLToPath(config.outDir));
        cacheDir = path.resolve(fileURLToPath(config.cacheDir));
        incremental = config.experimental.incrementalBuild === true;
        papelera = path.join(cacheDir, CARPETA_DE_SALIDAS_ANTERIORES);
      },
      'astro:build:start': () => {
        const apartado = moveAsideAndDelete(salida, papelera, incremental ? reusablePages(salida, cacheDir) : []);
        conservados = apartado.conservados;
        borrado = apartado.borrado;
        // Awaited at the end; until then a failure must not go unobserved.
        borrado.catch(() => {});
      },
      'astro:build:done': async ({ dir, assets }) => {
        const carpeta = path.resolve(fileURLToPath(dir));
        // What this build wrote or kept: every route's files, and every page it recorded.
        const producidos = new Set([
          ...[...assets.values()].flat().map((url) => path.relative(carpeta, fileURLToPath(url)).split(path.sep).join('/')),
          ...(conservados.size ? manifestOutputFiles(cacheDir) : []),
        ]);
        removeStalePages(carpeta, conservados, producidos);
        if (incremental) registerOutput(carpeta, cacheDir);
        await borrado?.catch(() => {});
      },
    },
  };
}
