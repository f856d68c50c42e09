/**
 * The previous build's output, out of the way at once. Astro empties the output folder when it
 * starts writing, one file at a time and before it renders anything: 32 s for the 68 000 files
 * of a 10 000-session site, most of a rebuild that copies unchanged pages from its cache. So at
 * the build's start the old folder is renamed into the cache folder (instant on one file
 * system) and deleted there while the build goes on; the build waits for that only at its end. A
 * build stopped meanwhile leaves it behind, and the next build deletes it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Folder, inside the cache folder, where previous outputs wait to be deleted. */
export const CARPETA_DE_SALIDAS_ANTERIORES = 'salidas-anteriores';

/**
 * Moves `salida` into `papelera` (a folder of its own there) and starts deleting everything in
 * `papelera`. Returns when the deletion ends; if the rename is not possible (another file
 * system), `salida` stays where it is and Astro empties it as usual.
 */
export function moveAsideAndDelete(salida: string, papelera: string): Promise<void> {
  fs.mkdirSync(papelera, { recursive: true });
  if (fs.existsSync(salida)) {
    try {
      fs.renameSync(salida, path.join(papelera, `${process.pid}-${Date.now()}`));
    } catch {
      // EXDEV (another file system) or a busy folder: Astro empties it in place.
    }
  }
  return Promise.all(fs.readdirSync(papelera).map((nombre) => fs.promises.rm(path.join(papelera, nombre), { recursive: true, force: true }))).then(() => {});
}

export default function previousOutput(): AstroIntegration {
  let salida = '';
  let papelera = '';
  let borrado: Promise<void> | undefined;
  return {
    name: 'salida-anterior',
    hooks: {
      'astro:config:done': ({ config }) => {
        salida = fileURLToPath(config.outDir);
        papelera = path.join(fileURLToPath(config.cacheDir), CARPETA_DE_SALIDAS_ANTERIORES);
      },
      'astro:build:start': () => {
        borrado = moveAsideAndDelete(salida, papelera);
        // Awaited at the end; until then a failure must not go unobserved.
        borrado.catch(() => {});
      },
      'astro:build:done': async () => {
        await borrado?.catch(() => {});
      },
    },
  };
}
