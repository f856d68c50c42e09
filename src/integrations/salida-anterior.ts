/**
 * The previous build's output, out of the way at once, but for the pages Astro may reuse. Astro
 * empties the output folder when it starts writing, one file at a time and before it renders
 * anything (32 s for the 68 000 files of a 10 000-session site), and then copies every unchanged
 * page back from its cache (17 s). So at the build's start everything in the old folder but the
 * pages Astro's incremental manifest lists is renamed into the cache folder (instant on one file
 * system; a folder without such pages in one rename) and deleted there while the build goes on;
 * Astro finds the pages where they were and leaves them (`vite.build.emptyOutDir: false`). A page
 * whose key changed is rendered over its old copy; one that this build no longer has is deleted
 * at the end, so the folder holds exactly what a clean build writes.
 *
 * Pages are kept only in the folder the last build with this cache wrote and finished (the same
 * folder by inode and birth time, and Astro's manifest unchanged since): any other folder is moved
 * aside whole. A build forgets the folder when it starts and registers it when it ends, so after
 * a build stopped meanwhile nothing in it is trusted; the next build also deletes what it left.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { deleteInWorker } from '../lib/borrar-en-hilo.ts';
import { outputFiles } from './archivos-de-salida.ts';
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

/** Forgets which folder the last build wrote: its pages are no longer trusted (`reusablePages`). */
export function forgetOutput(cacheDir: string): void {
  fs.rmSync(path.join(cacheDir, SALIDA_REGISTRADA), { force: true });
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

/** Every folder (relative, with `/`; `''` for the root) that holds one of `archivos`. */
function foldersHolding(archivos: Iterable<string>): Set<string> {
  const carpetas = new Set<string>(['']);
  for (const archivo of archivos) {
    for (let fin = archivo.lastIndexOf('/'); fin > 0; fin = archivo.lastIndexOf('/', fin - 1)) {
      const carpeta = archivo.slice(0, fin);
      if (carpetas.has(carpeta)) break;
      carpetas.add(carpeta);
    }
  }
  return carpetas;
}

/**
 * Moves out of `salida`, into the folder `apartada`, everything but the files `conservar`
 * (relative paths): a folder that holds none of them goes whole, in one rename, and so does each
 * other file, each under a name of its own, so nothing has to be created for them. Returns the
 * files of `conservar` that were there. Tens of thousands of kept pages stay where they are
 * instead of each being moved into a folder made anew (a `mkdir` per page: seconds).
 */
function keepOnly(salida: string, apartada: string, conservar: readonly string[]): Set<string> {
  const quedan = new Set(conservar);
  const carpetasQueQuedan = foldersHolding(quedan);
  const conservados = new Set<string>();
  fs.mkdirSync(apartada, { recursive: true });
  let apartados = 0;
  const apartar = (relativa: string) => fs.renameSync(path.join(salida, relativa), path.join(apartada, String(apartados++)));
  const recorrer = (carpeta: string) => {
    for (const entrada of fs.readdirSync(path.join(salida, carpeta), { withFileTypes: true })) {
      const relativa = carpeta ? `${carpeta}/${entrada.name}` : entrada.name;
      if (entrada.isDirectory()) {
        if (carpetasQueQuedan.has(relativa)) recorrer(relativa);
        else apartar(relativa);
      } else if (quedan.has(relativa)) conservados.add(relativa);
      else apartar(relativa);
    }
  };
  recorrer('');
  return conservados;
}

/**
 * Clears `salida` for a new build, but for the files `conservar` (relative paths, kept in place),
 * by moving everything into `papelera` (a folder of its own there), and starts deleting
 * everything in `papelera` (in a worker thread, `deleteInWorker`, so the deletion does not hold
 * up the build's own file work). Returns the files kept and the deletion, which ends later. If
 * the rename is not possible (another file system), `salida` is emptied in place.
 */
export function moveAsideAndDelete(salida: string, papelera: string, conservar: readonly string[] = []): { conservados: Set<string>; borrado: Promise<void> } {
  fs.mkdirSync(papelera, { recursive: true });
  let conservados = new Set<string>();
  if (fs.existsSync(salida)) {
    const apartada = path.join(papelera, `${process.pid}-${Date.now()}`);
    try {
      if (conservar.length) conservados = keepOnly(salida, apartada, conservar);
      else fs.renameSync(salida, apartada);
    } catch {
      // EXDEV (another file system) or a busy folder: emptied here, slowly, as Astro would. Kept
      // pages go too; Astro copies them from its cache.
      conservados = new Set();
      fs.rmSync(salida, { recursive: true, force: true });
    }
  }
  const borrado = deleteInWorker(fs.readdirSync(papelera).map((nombre) => path.join(papelera, nombre)));
  return { conservados, borrado };
}

/**
 * Deletes the files kept (`conservados`) that this build did not write or keep
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
        const conservar = incremental ? reusablePages(salida, cacheDir) : [];
        // The folder changes from here on: until this build registers it, no build may trust it.
        forgetOutput(cacheDir);
        const apartado = moveAsideAndDelete(salida, papelera, conservar);
        conservados = apartado.conservados;
        borrado = apartado.borrado;
        // Awaited at the end; until then a failure must not go unobserved.
        borrado.catch(() => {});
      },
      'astro:build:done': async ({ dir, assets }) => {
        const carpeta = path.resolve(fileURLToPath(dir));
        // What this build wrote or kept: every route's files. A page Astro copied or left in
        // place is among them, as is every page its manifest records (astro/dist/core/build/generate.js).
        removeStalePages(carpeta, conservados, new Set(outputFiles(dir, assets)));
        if (incremental) registerOutput(carpeta, cacheDir);
        await borrado?.catch(() => {});
      },
    },
  };
}
