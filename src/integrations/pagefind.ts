/**
 * Site search: once Astro has written every page, index the output with Pagefind (its Node API)
 * and write the search bundle to `<outDir>/pagefind/`.
 *
 * - Only what pages mark with `data-pagefind-body` is indexed (the record's main content, never
 *   the header, navigation or footer); pages without it (lists, home, 404, /buscar/) stay out.
 * - Each page is given to Pagefind with a space at the end of blocks it would otherwise glue to
 *   the next word (`<dt>`, `<dd>`, `<th>`…; see `src/lib/busqueda/html.ts`); files are unchanged.
 * - Spanish is forced for the whole site, so stemming works ("caravana" finds "Caravanas").
 * - Result URLs are relative to the output folder (`/sesiones/x/`); the search page adds the
 *   configured `base` on the client (`pagefind.options({ baseUrl })`), and the bundle is served
 *   from `<base>pagefind/`.
 * - Any indexing error, or an index with no pages, stops the build with a Spanish message and exit
 *   code 1, and the incomplete bundle is removed, so a site without working search is never left
 *   looking finished.
 * - Pages are given in name order (Pagefind numbers pages in the order it receives them, so this
 *   keeps the bundle byte-identical between builds), a few ahead of Pagefind's answers.
 * - The indexing runs in a worker thread (`src/lib/hilo.ts`): reading every page takes memory that
 *   should not pile up in the build process, which still holds the whole site; Pagefind's own
 *   indexer is a separate process either way.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { pageUrl, spaceBlockBoundaries } from '../lib/busqueda/html.ts';
import { answerTask, runInWorker } from '../lib/hilo.ts';

/** Folder of the search bundle inside the output folder (served at `<base>pagefind/`). */
export const CARPETA_DE_BUSQUEDA = 'pagefind';

export interface ResultadoDeIndexado {
  paginas: number;
  errores: string[];
}

/** Pages sent to Pagefind before waiting for its answers (overlaps reading with indexing). */
const PAGINAS_EN_CAMINO = 8;

/** Every HTML file under `salida`, as paths relative to it, in a stable order. */
function htmlFiles(salida: string): string[] {
  return (fs.readdirSync(salida, { recursive: true }) as string[])
    .filter((nombre) => nombre.endsWith('.html') && !nombre.split(path.sep).includes(CARPETA_DE_BUSQUEDA))
    .sort();
}

/**
 * Pagefind also writes its ready-made search interfaces (more than half the bundle); the site has
 * its own on /buscar/ and never loads them, so they are not published.
 */
const INTERFACES_NO_USADAS = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

function removeUnusedInterfaces(carpeta: string) {
  for (const nombre of fs.readdirSync(carpeta)) if (INTERFACES_NO_USADAS.test(nombre)) fs.rmSync(path.join(carpeta, nombre));
}

/** Indexes the HTML under `salida` and writes the bundle to `salida/pagefind/`. */
export async function indexSite(salida: string): Promise<ResultadoDeIndexado> {
  // Pagefind's indexer (a process it starts with this environment) builds the index with one
  // thread per core; with one it takes about 10 % less memory (≈ 200 MB for 13 500 pages) and, on
  // two cores beside the build, no longer. RAYON_NUM_THREADS set outside still wins.
  process.env.RAYON_NUM_THREADS ??= '1';
  const pagefind = await import('pagefind');
  const errores: string[] = [];
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'es' });
    errores.push(...errors);
    if (!index) return { paginas: 0, errores: errores.length ? errores : ['Pagefind no pudo crear el índice.'] };
    let paginas = 0;
    const enviados = new Set<Promise<void>>();
    for (const archivo of htmlFiles(salida)) {
      const html = fs.readFileSync(path.join(salida, archivo), 'utf8');
      // Only record pages are indexed; skipping the rest saves work (Pagefind would drop them).
      if (!html.includes('data-pagefind-body')) continue;
      // A few pages are sent ahead while Pagefind parses the previous ones. Its service handles
      // messages one at a time in the order they arrive, so pages keep their name order and
      // the bundle stays byte-identical (tests/sitio/determinismo.test.ts checks it).
      const envio = index.addHTMLFile({ url: pageUrl(archivo), content: spaceBlockBoundaries(html) }).then((agregado) => {
        errores.push(...agregado.errors.map((e) => `${archivo}: ${e}`));
      });
      enviados.add(envio);
      // Failures surface through Promise.race/all below; this only keeps the set current.
      envio.then(() => enviados.delete(envio), () => enviados.delete(envio));
      paginas += 1;
      if (enviados.size >= PAGINAS_EN_CAMINO) await Promise.race(enviados);
    }
    await Promise.all(enviados);
    if (errores.length === 0 && paginas > 0) {
      const escrito = await index.writeFiles({ outputPath: path.join(salida, CARPETA_DE_BUSQUEDA) });
      errores.push(...escrito.errors);
      removeUnusedInterfaces(path.join(salida, CARPETA_DE_BUSQUEDA));
    }
    return { paginas, errores };
  } finally {
    await pagefind.close();
  }
}

const TAREA = 'indexar-busqueda';

/** `indexSite` in a worker thread. */
export function indexSiteInWorker(salida: string): Promise<ResultadoDeIndexado> {
  return runInWorker(import.meta.url, TAREA, salida);
}

answerTask(TAREA, (salida: string) => indexSite(salida));

function fail(logger: AstroIntegrationLogger, salida: string, motivo: string): never {
  fs.rmSync(path.join(salida, CARPETA_DE_BUSQUEDA), { recursive: true, force: true });
  logger.error(`No se pudo crear el índice de búsqueda del sitio. ${motivo}`);
  logger.error('La construcción se detuvo: un sitio sin búsqueda no debe publicarse. Revise el mensaje anterior y vuelva a construir el sitio.');
  process.exit(1);
}

export default function pagefindSearch(): AstroIntegration {
  return {
    name: 'busqueda-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const salida = fileURLToPath(dir);
        const inicio = performance.now();
        let resultado: ResultadoDeIndexado;
        try {
          resultado = await indexSiteInWorker(salida);
        } catch (error) {
          fail(logger, salida, `Pagefind falló: ${error instanceof Error ? error.message : String(error)}`);
        }
        if (resultado.errores.length > 0) {
          fail(logger, salida, `Pagefind informó ${resultado.errores.length === 1 ? 'un error' : `${resultado.errores.length} errores`}:\n${resultado.errores.map((e) => `  - ${e}`).join('\n')}`);
        }
        if (resultado.paginas === 0) {
          fail(logger, salida, 'No se indexó ninguna página: ninguna tiene el atributo data-pagefind-body.');
        }
        const segundos = ((performance.now() - inicio) / 1000).toFixed(1);
        logger.info(`Índice de búsqueda: ${resultado.paginas} páginas indexadas en español (${segundos} s), en ${CARPETA_DE_BUSQUEDA}/.`);
      },
    },
  };
}
