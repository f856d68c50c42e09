// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import contentGate from './src/integrations/content-gate.ts';
import pagefindSearch from './src/integrations/pagefind.ts';
import sitemap from './src/integrations/sitemap.ts';
import { cacheFolder } from './src/lib/contenido/rutas.ts';
import sitio from './sitio.config.ts';

/** Normalises a sub-path to `/ruta/` form (or `/`). */
function normaliseBase(value = '/') {
  const trimmed = value.trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** Pages per part of the search index; tests set a small one to exercise merging parts. */
const paginasPorParte = process.env.BUSQUEDA_PAGINAS_POR_PARTE ? Number(process.env.BUSQUEDA_PAGINAS_POR_PARTE) : undefined;

export default defineConfig({
  site: process.env.SITIO_URL || sitio.url,
  cacheDir: cacheFolder(),
  base: normaliseBase(process.env.SITIO_BASE),
  trailingSlash: 'always',
  build: { format: 'directory', assets: 'recursos' },
  integrations: [contentGate(), mdx(), sitemap(), pagefindSearch({ paginasPorParte })],
  devToolbar: { enabled: false },
  // Test builds and benchmark corpora live in .pruebas/ (tens of thousands of files): the dev
  // server must not watch them.
  vite: { server: { watch: { ignored: ['**/.pruebas/**'] } } },
});
