/**
 * Serves the staff editor's script from the site itself: after the build, copies the
 * `decap-cms` package's prebuilt bundle (its main file, the chunks it loads on demand and their
 * WebAssembly, without source maps) next to the `/admin/` page. Nothing is fetched from a CDN.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { editorFiles, RUTA_DEL_EDITOR } from '../lib/editor/archivos.ts';

export default function editor(): AstroIntegration {
  return {
    name: 'editor-de-contenido',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const origen = path.dirname(createRequire(import.meta.url).resolve('decap-cms'));
        const destino = path.join(fileURLToPath(dir), RUTA_DEL_EDITOR);
        fs.mkdirSync(destino, { recursive: true });
        for (const archivo of editorFiles(fs.readdirSync(origen))) fs.copyFileSync(path.join(origen, archivo), path.join(destino, archivo));
      },
    },
  };
}
