/**
 * Writes `sitemap.xml` (an index of parts past 50 000 pages) after the build from the pages
 * actually written (every `index.html`), so no page is forgotten when a new template is added.
 * Addresses are absolute (site + base). The staff editor is left out. The files are those Astro
 * reports for each route (the pages it copied from the previous build included) and those of
 * `public/`: listing the output folder instead took 2 s at 10 000 sessions.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { RUTA_DEL_EDITOR } from '../lib/editor/archivos.ts';
import { joinBase } from '../lib/url.ts';
import { resolveFolders } from '../lib/contenido/rutas.ts';
import { filesBelow } from '../lib/arbol-de-archivos.ts';
import { outputFiles } from './archivos-de-salida.ts';

export default function sitemap(): AstroIntegration {
  let site = '';
  let base = '/';
  let publico = '';
  return {
    name: 'mapa-del-sitio',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? '';
        base = config.base;
        publico = fileURLToPath(config.publicDir);
      },
      'astro:build:done': async ({ dir, assets }) => {
        // Loaded when the pages are written, not with the configuration at the build's start.
        const [{ pagePaths, sitemapFiles }, { readRedirects }] = await Promise.all([
          import('../lib/datos/sitemap.ts'),
          import('../lib/redirecciones/validar.ts'),
        ]);
        const salida = fileURLToPath(dir);
        const archivos = [...new Set([...outputFiles(dir, assets), ...filesBelow(publico)])];
        // The staff editor is not for citizens nor for search engines; old addresses of renamed
        // records are redirects, not pages.
        const antiguas = new Set(readRedirects(resolveFolders()).map((r) => r.desde));
        const direccion = (ruta: string) => new URL(joinBase(base, ruta), site).href;
        const urls = pagePaths(archivos)
          .filter((ruta) => ruta !== RUTA_DEL_EDITOR && !antiguas.has(ruta))
          .map(direccion);
        for (const [archivo, texto] of sitemapFiles(urls, (nombre) => direccion(`/${nombre}`))) fs.writeFileSync(path.join(salida, archivo), texto);
      },
    },
  };
}
