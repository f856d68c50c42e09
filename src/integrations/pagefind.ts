/**
 * Site search: Pagefind (its Node API) indexes each record page while Astro renders the rest, and
 * the search bundle is written to `<outDir>/pagefind/`.
 *
 * - Pages reach the index as Astro renders them: the integration wraps Astro's prerenderer and
 *   hands every page's HTML to a worker thread (`src/lib/hilo.ts`) that feeds Pagefind's indexer,
 *   a process of its own. Rendering and indexing so run on both cores at once, instead of one
 *   after the other, and the build process never reads the written pages back.
 * - Only what pages mark with `data-pagefind-body` is indexed (the record's main content, never
 *   the header, navigation or footer); pages without it (lists, home, 404, /buscar/) stay out.
 * - Each page is given to Pagefind as its record element only (`recordBody`), with a space at the
 *   end of blocks it would otherwise glue to the next word (`<dt>`, `<dd>`, `<th>`…; see
 *   `src/lib/busqueda/html.ts`); files are unchanged.
 * - Spanish is forced for the whole site, so stemming works ("caravana" finds "Caravanas").
 * - Result URLs are relative to the site (`/sesiones/x/`); the search page adds the configured
 *   `base` on the client (`pagefind.options({ baseUrl })`), and the bundle is served from
 *   `<base>pagefind/`.
 * - A large site is indexed in parts, which the browser merges, so a query is scored part by
 *   part (`src/lib/busqueda/partes.ts` says why); a site of up to `PAGINAS_POR_PARTE` record pages has one.
 * - Pagefind numbers pages in the order it receives them. Astro starts pages in a fixed order but
 *   renders several at once (`build.concurrency`), so they finish in any order; each takes a
 *   ticket when it starts and pages are sent in ticket order (`ReleaseInOrder`), so the bundle is
 *   byte-identical between builds.
 * - Any indexing error, or an index with no pages, stops the build with a Spanish message and exit
 *   code 1, and the incomplete bundle is removed, so a site without working search is never left
 *   looking finished.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { pageUrl, recordBody, spaceBlockBoundaries } from '../lib/busqueda/html.ts';
import { ARCHIVO_DE_PARTES, PAGINAS_POR_PARTE, partFolder, withPartFilter, type ManifiestoDeBusqueda } from '../lib/busqueda/partes.ts';
import { ReleaseInOrder } from '../lib/en-orden.ts';
import { answerStream, streamToWorker, type HiloEnFlujo } from '../lib/hilo.ts';

/** Folder of the search bundle inside the output folder (served at `<base>pagefind/`). */
export const CARPETA_DE_BUSQUEDA = 'pagefind';

export interface ResultadoDeIndexado {
  paginas: number;
  errores: string[];
}

export interface OpcionesDeIndexado {
  /** Largest number of pages in one part of the index (see `src/lib/busqueda/partes.ts`). */
  paginasPorParte?: number;
}

/** A rendered page for the index: its site path (`/sesiones/x/`) and its HTML (text or UTF-8). */
export interface PaginaParaIndexar {
  url: string;
  html: string | Uint8Array;
}

/** Pages sent to Pagefind before waiting for its answers (overlaps sending with indexing). */
const PAGINAS_EN_CAMINO = 8;

/** What marks a record page, the only kind that is indexed. */
const MARCA_DE_REGISTRO = 'data-pagefind-body';

/** Whether a page is a record page. */
const isRecordPage = (html: string) => html.includes(MARCA_DE_REGISTRO);

/**
 * Pagefind also writes its ready-made search interfaces (more than half the bundle); the site has
 * its own on /buscar/ and never loads them, so they are not published.
 */
const INTERFACES_NO_USADAS = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

/** Pagefind's engine files, which only the first part needs: merged parts use its engine. */
const MOTOR = /^(pagefind\.js|pagefind-worker\.js|wasm\..+\.pagefind)$/;

function removeFiles(carpeta: string, patron: RegExp) {
  for (const nombre of fs.readdirSync(carpeta)) if (patron.test(nombre)) fs.rmSync(path.join(carpeta, nombre));
}

type Pagefind = typeof import('pagefind');
type IndiceDePagefind = NonNullable<Awaited<ReturnType<Pagefind['createIndex']>>['index']>;

/**
 * Receives record pages one at a time and indexes them in parts of at most `paginasPorParte`
 * pages, in the order received: each part is written to its folder as soon as it is full, so the
 * indexer holds one part at a time. `finish()` writes the last part and `partes.json`.
 */
export class IndiceEnPartes {
  private readonly carpeta: string;
  private readonly paginasPorParte: number;
  private pagefind: Pagefind | undefined;
  private indice: IndiceDePagefind | undefined;
  private readonly enviados = new Set<Promise<void>>();
  private readonly errores: string[] = [];
  private readonly manifiesto: ManifiestoDeBusqueda = { partes: [] };
  private enEstaParte = 0;
  private total = 0;

  constructor(salida: string, opciones: OpcionesDeIndexado = {}) {
    this.carpeta = path.join(salida, CARPETA_DE_BUSQUEDA);
    this.paginasPorParte = opciones.paginasPorParte ?? PAGINAS_POR_PARTE;
    if (!Number.isInteger(this.paginasPorParte) || this.paginasPorParte < 1) {
      throw new Error(`El tamaño de cada parte del índice debe ser un entero positivo (se recibió ${this.paginasPorParte}).`);
    }
  }

  /** Adds one page (pages without `data-pagefind-body` are skipped). */
  async add(pagina: PaginaParaIndexar): Promise<void> {
    const { url } = pagina;
    const html = typeof pagina.html === 'string' ? pagina.html : new TextDecoder().decode(pagina.html);
    if (this.errores.length || !isRecordPage(html)) return;
    if (this.enEstaParte === this.paginasPorParte) await this.writePart();
    if (!this.indice && !(await this.openPart())) return;
    const numero = this.manifiesto.partes.length;
    this.enEstaParte++;
    this.total++;
    // Pagefind's service handles messages one at a time in the order they arrive, so pages keep
    // the order they were received in (tests/sitio/determinismo.test.ts checks the bundle).
    const envio = this.indice!.addHTMLFile({ url, content: withPartFilter(spaceBlockBoundaries(recordBody(html)), numero) }).then((agregado) => {
      this.errores.push(...agregado.errors.map((e) => `${url}: ${e}`));
    });
    this.enviados.add(envio);
    // Failures surface through Promise.race/all; this only keeps the set current.
    envio.then(() => this.enviados.delete(envio), () => this.enviados.delete(envio));
    if (this.enviados.size >= PAGINAS_EN_CAMINO) await Promise.race(this.enviados);
  }

  /** Writes what remains and the list of parts; closes Pagefind. */
  async finish(): Promise<ResultadoDeIndexado> {
    try {
      if (this.enEstaParte > 0) await this.writePart();
      if (this.errores.length === 0 && this.total > 0) {
        removeFiles(this.carpeta, INTERFACES_NO_USADAS);
        fs.writeFileSync(path.join(this.carpeta, ARCHIVO_DE_PARTES), `${JSON.stringify(this.manifiesto, null, 2)}\n`);
      }
      return { paginas: this.errores.length ? 0 : this.total, errores: this.errores };
    } finally {
      await this.pagefind?.close();
    }
  }

  private async openPart(): Promise<boolean> {
    // Pagefind's indexer (a process it starts with this environment) builds the index with one
    // thread per core; with one it takes less memory and, beside the build, no longer.
    // RAYON_NUM_THREADS set outside still wins.
    process.env.RAYON_NUM_THREADS ??= '1';
    this.pagefind ??= await import('pagefind');
    const { index, errors } = await this.pagefind.createIndex({ forceLanguage: 'es' });
    this.errores.push(...errors);
    if (!index) {
      if (!errors.length) this.errores.push('Pagefind no pudo crear el índice.');
      return false;
    }
    this.indice = index;
    return true;
  }

  private async writePart() {
    await Promise.all(this.enviados);
    if (!this.indice || this.errores.length) return;
    const numero = this.manifiesto.partes.length;
    const carpeta = path.join(this.carpeta, partFolder(numero));
    const escrito = await this.indice.writeFiles({ outputPath: carpeta });
    this.errores.push(...escrito.errors);
    await this.indice.deleteIndex();
    if (numero > 0) removeFiles(carpeta, MOTOR);
    this.manifiesto.partes.push({ ruta: partFolder(numero), paginas: this.enEstaParte });
    this.indice = undefined;
    this.enEstaParte = 0;
  }
}

/** Every HTML file under `salida`, as paths relative to it, in name order. */
function htmlFiles(salida: string): string[] {
  return (fs.readdirSync(salida, { recursive: true }) as string[])
    .filter((nombre) => nombre.endsWith('.html') && !nombre.split(path.sep).includes(CARPETA_DE_BUSQUEDA))
    .sort();
}

/** Indexes the HTML files already written under `salida`, in name order (for built folders). */
export async function indexSite(salida: string, opciones: OpcionesDeIndexado = {}): Promise<ResultadoDeIndexado> {
  const indice = new IndiceEnPartes(salida, opciones);
  for (const archivo of htmlFiles(salida)) await indice.add({ url: pageUrl(archivo), html: fs.readFileSync(path.join(salida, archivo), 'utf8') });
  return indice.finish();
}

const TAREA = 'indexar-busqueda';

/** The indexer in a worker thread, fed page by page while the build goes on. */
function startIndexing(salida: string, opciones: OpcionesDeIndexado): HiloEnFlujo<PaginaParaIndexar, ResultadoDeIndexado> {
  return streamToWorker(import.meta.url, TAREA, { salida, opciones });
}

answerStream(TAREA, ({ salida, opciones }: { salida: string; opciones: OpcionesDeIndexado }) => {
  const indice = new IndiceEnPartes(salida, opciones);
  return { receive: (pagina: PaginaParaIndexar) => indice.add(pagina), finish: () => indice.finish() };
});

/** Site path of a rendered page (`/sesiones/x/`) from its request URL and the site's `base`. */
export function sitePath(url: string, base: string): string {
  const ruta = decodeURIComponent(new URL(url).pathname);
  const prefijo = base.endsWith('/') ? base : `${base}/`;
  return ruta.startsWith(prefijo) ? `/${ruta.slice(prefijo.length)}` : ruta;
}

function fail(logger: AstroIntegrationLogger, salida: string, motivo: string): never {
  fs.rmSync(path.join(salida, CARPETA_DE_BUSQUEDA), { recursive: true, force: true });
  logger.error(`No se pudo crear el índice de búsqueda del sitio. ${motivo}`);
  logger.error('La construcción se detuvo: un sitio sin búsqueda no debe publicarse. Revise el mensaje anterior y vuelva a construir el sitio.');
  process.exit(1);
}

/** Reports the indexing result; any error, or no page at all, stops the build. */
export function reportIndexing(logger: AstroIntegrationLogger, salida: string, resultado: ResultadoDeIndexado, segundos: string) {
  if (resultado.errores.length > 0) {
    fail(logger, salida, `Pagefind informó ${resultado.errores.length === 1 ? 'un error' : `${resultado.errores.length} errores`}:\n${resultado.errores.map((e) => `  - ${e}`).join('\n')}`);
  }
  if (resultado.paginas === 0) {
    fail(logger, salida, 'No se indexó ninguna página: ninguna tiene el atributo data-pagefind-body.');
  }
  logger.info(`Índice de búsqueda: ${resultado.paginas} páginas indexadas en español (terminado ${segundos} s después de las páginas), en ${CARPETA_DE_BUSQUEDA}/.`);
}

export default function pagefindSearch(opciones: OpcionesDeIndexado = {}): AstroIntegration {
  let base = '/';
  let salida = '';
  let indexado: HiloEnFlujo<PaginaParaIndexar, ResultadoDeIndexado> | undefined;
  return {
    name: 'busqueda-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        salida = fileURLToPath(config.outDir);
      },
      'astro:build:start': ({ setPrerenderer }) => {
        indexado = startIndexing(salida, opciones);
        const hilo = indexado;
        const enOrden = new ReleaseInOrder<PaginaParaIndexar>((pagina) => hilo.send(pagina, [(pagina.html as Uint8Array).buffer as ArrayBuffer]));
        setPrerenderer((predeterminado) => ({
          ...predeterminado,
          name: 'busqueda-pagefind',
          render: async (request, opcionesDeRender) => {
            // Taken before rendering, in the order Astro starts pages (see ReleaseInOrder).
            const turno = enOrden.take();
            let pagina: PaginaParaIndexar | undefined;
            try {
              const resultado = await predeterminado.render(request, opcionesDeRender);
              const respuesta = resultado instanceof Response ? resultado : resultado.response;
              if (!respuesta.body || !respuesta.headers.get('content-type')?.includes('text/html')) return resultado;
              // The page's bytes go on to Astro unchanged; a record page's copy goes to the worker,
              // which decodes it, so the build process does no extra text work per page.
              const bytes = Buffer.from(await respuesta.arrayBuffer());
              if (bytes.includes(MARCA_DE_REGISTRO)) pagina = { url: sitePath(request.url, base), html: new Uint8Array(bytes) };
              const igual = new Response(bytes, { status: respuesta.status, statusText: respuesta.statusText, headers: respuesta.headers });
              return resultado instanceof Response ? igual : { ...resultado, response: igual };
            } finally {
              if (pagina) enOrden.deliver(turno, pagina);
              else enOrden.skip(turno);
            }
          },
        }));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const carpeta = fileURLToPath(dir);
        const inicio = performance.now();
        let resultado: ResultadoDeIndexado;
        try {
          if (!indexado) throw new Error('el índice no se empezó a construir');
          resultado = await indexado.finish();
        } catch (error) {
          fail(logger, carpeta, `Pagefind falló: ${error instanceof Error ? error.message : String(error)}`);
        }
        reportIndexing(logger, carpeta, resultado, ((performance.now() - inicio) / 1000).toFixed(1));
      },
    },
  };
}
