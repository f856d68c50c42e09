/**
 * Astro keeps every collection's entries in its data store between builds, and its loaders reuse
 * an entry whose file did not change. It clears the store when `src/content.config.ts` itself
 * changes, not when the code that file imports does (a schema of `src/schemas/`, a loader, the
 * CSV reader) nor the Markdown plugins that rendered each entry: after such a change a rebuild
 * would show entries as the old code read them, unlike a clean build. So each loader keeps the
 * fingerprint of that code (and of the lockfile: the Markdown processor is a dependency) beside
 * its entries, and reads every file again when it changed.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { filesFingerprint } from '../huella-de-archivos.ts';

const IMPORTACION_LOCAL = /^\s*(?:import|export)\b[^'"]*?from\s+['"](\.[^'"]+)['"]/gm;

/** The files `entradas` import, directly or not, by relative path (themselves included), sorted. */
export function localImportClosure(entradas: readonly string[]): string[] {
  const vistos = new Set<string>();
  const pendientes = entradas.map((archivo) => path.resolve(archivo));
  while (pendientes.length) {
    const archivo = pendientes.pop()!;
    if (vistos.has(archivo) || !fs.existsSync(archivo)) continue;
    vistos.add(archivo);
    for (const [, especificador] of fs.readFileSync(archivo, 'utf8').matchAll(IMPORTACION_LOCAL)) {
      pendientes.push(path.resolve(path.dirname(archivo), especificador));
    }
  }
  return [...vistos].sort();
}

/**
 * Fingerprint of the code that turns content files into entries: `src/content.config.ts` with
 * everything it imports, the Markdown plugins (`src/lib/markdown/`) with theirs, and the lockfile.
 */
export function contentCodeFingerprint(raiz: string): string {
  const markdown = path.join(raiz, 'src', 'lib', 'markdown');
  const plugins = fs.existsSync(markdown)
    ? fs
        .readdirSync(markdown)
        .filter((nombre) => nombre.endsWith('.ts') && !nombre.endsWith('.test.ts'))
        .map((nombre) => path.join(markdown, nombre))
    : [];
  return filesFingerprint(raiz, [...localImportClosure([path.join(raiz, 'src', 'content.config.ts'), ...plugins]), path.join(raiz, 'package-lock.json')]);
}

/** Key, in a collection's meta store, of the fingerprint of the code its entries were read with. */
export const CLAVE_DE_CODIGO = 'huella-del-codigo-del-contenido';

/**
 * `loader`, starting from an empty store when the code fingerprint (`huella`, computed once) is
 * not the one its entries were read with.
 */
export function rereadOnCodeChange(loader: Loader, huella: () => string): Loader {
  return {
    ...loader,
    load: async (contexto) => {
      const actual = huella();
      if (contexto.meta.get(CLAVE_DE_CODIGO) !== actual) contexto.store.clear();
      await loader.load(contexto);
      contexto.meta.set(CLAVE_DE_CODIGO, actual);
    },
  };
}
