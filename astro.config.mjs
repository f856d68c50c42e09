// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import contentGate from './src/integrations/content-gate.ts';
import editor from './src/integrations/editor.ts';
import { nestHeadings } from './src/lib/markdown/titulos-anidados.ts';
import pagefindSearch from './src/integrations/pagefind/index.ts';
import previousOutput from './src/integrations/salida-anterior.ts';
import storeOnDisk from './src/integrations/almacen-en-disco.ts';
import sitemap from './src/integrations/sitemap.ts';
import { cacheFolder } from './src/lib/contenido/rutas.ts';
import sitio from './sitio.config.ts';

/** Normalises a sub-path to `/ruta/` form (or `/`). */
function normaliseBase(value = '/') {
  const trimmed = value.trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * Pages Astro renders at once. One at a time, the build waits on every page's file write (a third
 * of the rendering time on a 2-core machine); with several in flight those waits overlap. The
 * search index still receives pages in a fixed order (src/integrations/pagefind/prerenderizador.ts).
 */
const PAGINAS_A_LA_VEZ = 8;

/** Pages per part of the search index; tests set a small one to exercise merging parts. */
const paginasPorParte = process.env.BUSQUEDA_PAGINAS_POR_PARTE ? Number(process.env.BUSQUEDA_PAGINAS_POR_PARTE) : undefined;

export default defineConfig({
  site: process.env.SITIO_URL || sitio.url,
  cacheDir: cacheFolder(),
  base: normaliseBase(process.env.SITIO_BASE),
  trailingSlash: 'always',
  build: { format: 'directory', assets: 'recursos', concurrency: PAGINAS_A_LA_VEZ },
  // Minutes and commitment descriptions are shown inside a page section headed by an <h2>.
  markdown: { processor: satteri({ mdastPlugins: [nestHeadings(2)] }) },
  integrations: [previousOutput(), storeOnDisk(), contentGate(), mdx(), sitemap(), editor(), pagefindSearch({ paginasPorParte })],
  devToolbar: { enabled: false },
  // The log in blocks, not one system call per line (two lines per page): src/integrations/registro.ts.
  logger: { entrypoint: new URL('./src/integrations/registro.ts', import.meta.url) },
  // After a first build, pages whose data and code did not change are copied from the previous
  // one (kept in cacheDir) instead of rendered; each record page's data is its `cacheKey`
  // (src/lib/incremental/dependencias.ts). `astro build --force` renders every page.
  experimental: { incrementalBuild: true },
  // Test builds and benchmark corpora live in .pruebas/ (tens of thousands of files): the dev
  // server must not watch them.
  // Search threads (src/lib/busqueda/parte.worker.ts) are ES modules: they import Pagefind.
  // The output folder is not emptied by Astro: the previous one was moved aside, and only the
  // pages Astro may reuse were put back (src/integrations/salida-anterior.ts).
  vite: { server: { watch: { ignored: ['**/.pruebas/**'] } }, worker: { format: 'es' }, build: { emptyOutDir: false } },
});
