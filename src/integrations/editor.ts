/**
 * Serves the staff editor's script from the site itself: after the build, copies the
 * `decap-cms` package's prebuilt bundle (its main file, the chunks it loads on demand and their
 * WebAssembly, without source maps) next to the `/admin/` page; the dev server serves them from
 * the package. Nothing is fetched from a CDN.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { editorFiles, RUTA_DEL_EDITOR } from '../lib/editor/archivos.ts';
import { joinBase } from '../lib/url.ts';

/** The package's `dist/` folder. */
const packageFolder = () => path.dirname(createRequire(import.meta.url).resolve('decap-cms'));

export default function editor(): AstroIntegration {
  let base = '/';
  return {
    name: 'editor-de-contenido',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      // `npm run dev` serves the same files straight from the package.
      'astro:server:setup': ({ server }) => {
        const prefijo = joinBase(base, RUTA_DEL_EDITOR);
        server.middlewares.use((req, res, next) => {
          const pathname = new URL(req.url ?? '/', 'http://x').pathname;
          const archivo = pathname.startsWith(prefijo) ? pathname.slice(prefijo.length) : '';
          if (!archivo || !editorFiles([archivo]).length) return next();
          res.setHeader('Content-Type', archivo.endsWith('.wasm') ? 'application/wasm' : 'text/javascript; charset=utf-8');
          fs.createReadStream(path.join(packageFolder(), archivo)).pipe(res);
        });
      },
      'astro:build:done': ({ dir }) => {
        const origen = packageFolder();
        const destino = path.join(fileURLToPath(dir), RUTA_DEL_EDITOR);
        fs.mkdirSync(destino, { recursive: true });
        for (const archivo of editorFiles(fs.readdirSync(origen))) fs.copyFileSync(path.join(origen, archivo), path.join(destino, archivo));
      },
    },
  };
}
