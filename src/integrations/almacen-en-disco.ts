/**
 * The content store read from disk by the build, not bundled into it. Astro hands its whole
 * content store to the page bundle as one module, `export default JSON.parse("…")` with the store
 * as a string literal (59 MB at 10,000 sessions): Vite parses and writes that literal on every
 * build, and Node compiles the 59 MB module again before the first page (seconds, on every
 * rebuild too, although only one record changed). During a build the store is a file in the cache
 * folder, written by the content sync just before (`<cacheDir>/data-store.json`), so the module
 * becomes one that reads and parses that file: the same value, at the cost of one `JSON.parse`.
 *
 * Only in `astro build`, and only when Astro's module is the store as one JSON string: an empty
 * store (no file) or a chunked one (`experimental.collectionStorage`) are left as they are. The
 * module keeps Astro's metadata, so its incremental build still treats it as content data, not as
 * code every page depends on.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Astro's id of the content store module, once resolved (`astro:data-layer-content`). */
export const MODULO_DEL_ALMACEN = '\0astro:data-layer-content';

/** File of the content store in the cache folder during a build (astro/dist/content/consts.js). */
export const ARCHIVO_DEL_ALMACEN = 'data-store.json';

/** How Astro's module begins when it inlines the whole store as one JSON string. */
const ALMACEN_EN_LINEA = 'export default JSON.parse(';

/**
 * The module that reads the store from `archivo` at run time, for Astro's module `codigo`; `undefined`
 * when `codigo` is not the store inlined as one JSON string (kept as Astro wrote it).
 */
export function storeFromDisk(codigo: string, archivo: string): string | undefined {
  if (!codigo.startsWith(ALMACEN_EN_LINEA)) return undefined;
  return [`import { readFileSync } from 'node:fs';`, `export default JSON.parse(readFileSync(${JSON.stringify(archivo)}, 'utf8'));`, ''].join('\n');
}

export default function storeOnDisk(): AstroIntegration {
  return {
    name: 'almacen-en-disco',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        const archivo = fileURLToPath(new URL(ARCHIVO_DEL_ALMACEN, config.cacheDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'almacen-en-disco',
                transform: {
                  filter: { id: { include: [new RegExp(`^${MODULO_DEL_ALMACEN}$`)] } },
                  handler(codigo, id) {
                    if (id !== MODULO_DEL_ALMACEN) return null;
                    const propio = storeFromDisk(codigo, archivo);
                    return propio === undefined ? null : { code: propio, map: { mappings: '' } };
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
