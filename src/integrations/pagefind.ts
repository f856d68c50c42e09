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
 * - A large site is indexed in parts of consecutive sort dates, which the browser merges, so a
 *   query is scored part by part (`src/lib/busqueda/partes.ts` says why); a small site has one.
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
import { FECHA_DESCONOCIDA } from '../lib/busqueda/indice.ts';
import { ARCHIVO_DE_PARTES, partFolder, sortDateIn, splitIntoParts, withPartFilter, type ManifiestoDeBusqueda } from '../lib/busqueda/partes.ts';
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

/** Pagefind's engine files, which only the first part needs: merged parts use its engine. */
const MOTOR = /^(pagefind\.js|pagefind-worker\.js|wasm\..+\.pagefind)$/;

function removeEngine(carpeta: string) {
  for (const nombre of fs.readdirSync(carpeta)) if (MOTOR.test(nombre)) fs.rmSync(path.join(carpeta, nombre));
}

/** Record pages under `salida` (those with `data-pagefind-body`) with their sort dates. */
function recordPages(salida: string): { archivo: string; fecha: string }[] {
  const paginas: { archivo: string; fecha: string }[] = [];
  for (const archivo of htmlFiles(salida)) {
    const html = fs.readFileSync(path.join(salida, archivo), 'utf8');
    // Only record pages are indexed; skipping the rest saves work (Pagefind would drop them).
    if (html.includes('data-pagefind-body')) paginas.push({ archivo, fecha: sortDateIn(html) ?? FECHA_DESCONOCIDA });
  }
  return paginas;
}

export interface OpcionesDeIndexado {
  /** Largest number of pages in one part of the index (see `src/lib/busqueda/partes.ts`). */
  paginasPorParte?: number;
}

/**
 * Indexes the HTML under `salida` and writes the bundle to `salida/pagefind/`: the first part
 * (with Pagefind's engine) there, the others in `pagefind/partes/<n>/`, and the list of parts in
 * `pagefind/partes.json`.
 */
export async function indexSite(salida: string, opciones: OpcionesDeIndexado = {}): Promise<ResultadoDeIndexado> {
  // Pagefind's indexer (a process it starts with this environment) builds the index with one
  // thread per core; with one it takes about 10 % less memory and, on two cores beside the
  // build, no longer. RAYON_NUM_THREADS set outside still wins.
  process.env.RAYON_NUM_THREADS ??= '1';
  const pagefind = await import('pagefind');
  const errores: string[] = [];
  const carpeta = path.join(salida, CARPETA_DE_BUSQUEDA);
  try {
    const paginas = recordPages(salida);
    if (paginas.length === 0) return { paginas: 0, errores };
    const partes = splitIntoParts(paginas, opciones.paginasPorParte);
    const manifiesto: ManifiestoDeBusqueda = { partes: [] };
    for (const [numero, parte] of partes.entries()) {
      const { index, errors } = await pagefind.createIndex({ forceLanguage: 'es' });
      errores.push(...errors);
      if (!index) return { paginas: 0, errores: errores.length ? errores : ['Pagefind no pudo crear el índice.'] };
      await addPages(index, salida, parte, numero, errores);
      if (errores.length) return { paginas: 0, errores };
      const escrito = await index.writeFiles({ outputPath: path.join(carpeta, partFolder(numero)) });
      errores.push(...escrito.errors);
      // Each part is written before the next is read, so the indexer holds one part at a time.
      await index.deleteIndex();
      manifiesto.partes.push({ ruta: partFolder(numero), paginas: parte.length, desde: parte[0].fecha, hasta: parte.at(-1)!.fecha });
    }
    removeUnusedInterfaces(carpeta);
    for (let numero = 1; numero < partes.length; numero++) removeEngine(path.join(carpeta, partFolder(numero)));
    fs.writeFileSync(path.join(carpeta, ARCHIVO_DE_PARTES), `${JSON.stringify(manifiesto, null, 2)}\n`);
    return { paginas: paginas.length, errores };
  } finally {
    await pagefind.close();
  }
}

type IndiceDePagefind = NonNullable<Awaited<ReturnType<typeof import('pagefind').createIndex>>['index']>;

/**
 * Gives one part's pages to Pagefind in name order (Pagefind numbers pages in the order it
 * receives them, so this keeps the bundle byte-identical between builds), a few ahead of its
 * answers. Each page is given with its part's filter and with a space at block boundaries.
 */
async function addPages(index: IndiceDePagefind, salida: string, parte: readonly { archivo: string }[], numero: number, errores: string[]) {
  const enviados = new Set<Promise<void>>();
  for (const { archivo } of [...parte].sort((a, b) => (a.archivo < b.archivo ? -1 : a.archivo > b.archivo ? 1 : 0))) {
    const html = fs.readFileSync(path.join(salida, archivo), 'utf8');
    // Its service handles messages one at a time in the order they arrive, so pages keep their
    // order (tests/sitio/determinismo.test.ts checks the bundle).
    const envio = index.addHTMLFile({ url: pageUrl(archivo), content: withPartFilter(spaceBlockBoundaries(html), numero) }).then((agregado) => {
      errores.push(...agregado.errors.map((e) => `${archivo}: ${e}`));
    });
    enviados.add(envio);
    // Failures surface through Promise.race/all below; this only keeps the set current.
    envio.then(() => enviados.delete(envio), () => enviados.delete(envio));
    if (enviados.size >= PAGINAS_EN_CAMINO) await Promise.race(enviados);
  }
  await Promise.all(enviados);
}

const TAREA = 'indexar-busqueda';

/** `indexSite` in a worker thread. */
export function indexSiteInWorker(salida: string, opciones: OpcionesDeIndexado = {}): Promise<ResultadoDeIndexado> {
  return runInWorker(import.meta.url, TAREA, { salida, opciones });
}

answerTask(TAREA, ({ salida, opciones }: { salida: string; opciones: OpcionesDeIndexado }) => indexSite(salida, opciones));

function fail(logger: AstroIntegrationLogger, salida: string, motivo: string): never {
  fs.rmSync(path.join(salida, CARPETA_DE_BUSQUEDA), { recursive: true, force: true });
  logger.error(`No se pudo crear el índice de búsqueda del sitio. ${motivo}`);
  logger.error('La construcción se detuvo: un sitio sin búsqueda no debe publicarse. Revise el mensaje anterior y vuelva a construir el sitio.');
  process.exit(1);
}

export default function pagefindSearch(opciones: OpcionesDeIndexado = {}): AstroIntegration {
  return {
    name: 'busqueda-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const salida = fileURLToPath(dir);
        const inicio = performance.now();
        let resultado: ResultadoDeIndexado;
        try {
          resultado = await indexSiteInWorker(salida, opciones);
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
