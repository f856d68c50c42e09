/**
 * The content store read from disk by the build, not bundled into it. Astro hands its whole
 * content store to the page bundle as one module, `export default JSON.parse("…")` with the store
 * as a string literal (59 MB at 10,000 sessions): Vite passes that string through its plugins,
 * parses it and writes it on every build, and Node compiles the 59 MB module again before the
 * first page (seconds, on every rebuild too, although only one record changed). During a build
 * the store is a file in the cache folder, written by the content sync just before
 * (`<cacheDir>/data-store.json`, astro/dist/content/paths.js), so this module loads first (its
 * `load` hook runs before Astro's) a module that reads and parses that file: the same value. When
 * the sync of this process left its entries in memory (`src/lib/contenido/almacen-vivo.ts`), the
 * module gives those instead, in the file's order, and the file is not read.
 *
 * Only in `astro build` and with Astro's single-file store: with `experimental.collectionStorage`
 * chunked the store is other files, and a missing file is left to Astro (an empty store).
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroConfig, AstroIntegration } from 'astro';
import { CLAVE_DEL_ALMACEN_VIVO } from '../lib/contenido/almacen-vivo.ts';

/** Astro's id of the content store module, once resolved (`astro:data-layer-content`). */
export const MODULO_DEL_ALMACEN = '\0astro:data-layer-content';

/** File of the content store in the cache folder during a build (astro/dist/content/consts.js). */
export const ARCHIVO_DEL_ALMACEN = 'data-store.json';

/**
 * Astro's incremental build leaves content data out of the code every page depends on (the pages'
 * keys cover it); the module is marked as Astro marks its own. The module's code never changes,
 * so without the mark no page would be rendered again either.
 */
const COMO_DATOS_DE_CONTENIDO = { astroIncremental: { kind: 'content-data' } };

/**
 * The module that gives the page bundle the store: the sync's collections, when this process
 * synced them, or else those of the file `archivo`.
 */
export function storeModule(archivo: string): string {
  return [
    `import { readFileSync } from 'node:fs';`,
    `const enMemoria = globalThis[Symbol.for(${JSON.stringify(CLAVE_DEL_ALMACEN_VIVO)})]?.();`,
    `export default enMemoria ?? JSON.parse(readFileSync(${JSON.stringify(archivo)}, 'utf8'));`,
    '',
  ].join('\n');
}

/** The store file the build reads, when Astro keeps the store in one file. */
export function storeFile(config: Pick<AstroConfig, 'cacheDir' | 'experimental'>): string | undefined {
  const almacenamiento = config.experimental.collectionStorage;
  if (almacenamiento !== undefined && almacenamiento !== 'single-file') return undefined;
  return fileURLToPath(new URL(ARCHIVO_DEL_ALMACEN, config.cacheDir));
}

export default function storeOnDisk(): AstroIntegration {
  return {
    name: 'almacen-en-disco',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        const archivo = command === 'build' ? storeFile(config) : undefined;
        if (!archivo) return;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'almacen-en-disco',
                load: {
                  order: 'pre',
                  filter: { id: { include: [new RegExp(`^${MODULO_DEL_ALMACEN}$`)] } },
                  handler(id) {
                    if (id !== MODULO_DEL_ALMACEN || !fs.existsSync(archivo)) return null;
                    return { code: storeModule(archivo), map: { mappings: '' }, meta: COMO_DATOS_DE_CONTENIDO };
                  },
                },
              },
            ],
          },
        });
      },
    },
  };
}
