/**
 * Site search: Pagefind (its Node API) indexes each record page while Astro renders the rest, and
 * the search bundle is written to `<outDir>/pagefind/`.
 *
 * - Pages reach the index as Astro renders them: the integration wraps Astro's prerenderer and
 *   hands every record page's HTML to a worker thread (`src/lib/hilo.ts`) that feeds Pagefind's
 *   indexer, a process of its own. Rendering and indexing so run on both cores at once, instead
 *   of one after the other, and the build process never reads the written pages back.
 * - Only what pages mark with `data-pagefind-body` is indexed (the record's main content, never
 *   the header, navigation or footer); pages without it (lists, home, 404, /buscar/) stay out.
 * - Each page is given to Pagefind as its record element only (`recordBody`), with a space at the
 *   end of blocks it would otherwise glue to the next word (`<dt>`, `<dd>`, `<th>`…; see
 *   `src/lib/busqueda/html.ts`); files are unchanged.
 * - Spanish is forced for the whole site, so stemming works ("caravana" finds "Caravanas").
 * - Result URLs are relative to the site (`/sesiones/x/`); the search page adds the configured
 *   `base` on the client (`pagefind.options({ baseUrl })`), and the bundle is served from
 *   `<base>pagefind/`.
 * - A large site is indexed in parts, which the browser searches at once, each in a thread of its
 *   own, and merges (`src/lib/busqueda/partes.ts` says why); a site of up to `PAGINAS_POR_PARTE` record pages
 *   has one. Each part has its own worker and Pagefind process: writing a full part (seconds for
 *   thousands of pages) goes on while the next part is fed, and only the last part is written
 *   after the last page.
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
import { MARCA_DE_REGISTRO, pageUrl, recordBody, spaceBlockBoundaries } from '../lib/busqueda/html.ts';
import { ARCHIVO_DE_PARTES, PAGINAS_POR_PARTE, partFolder, type ManifiestoDeBusqueda } from '../lib/busqueda/partes.ts';
import { isRecordTemplate, recordPagesFirst } from '../lib/busqueda/orden.ts';
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

const UTF8 = new TextDecoder();

/** Whether a page is a record page. */
const isRecordPage = (html: string) => html.includes(MARCA_DE_REGISTRO);

/**
 * Pagefind also writes its ready-made search interfaces (more than half the bundle) and the
 * thread it would search in; /buscar/ has its own interface and runs Pagefind in threads of its
 * own (`src/lib/busqueda/parte.worker.ts`), so these are never loaded and not published.
 */
const NO_USADOS = /^(pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)|pagefind-worker\.js)$/;

/** Pagefind's engine files, which only the first part needs: the threads of the others share it. */
const MOTOR = /^(pagefind\.js|wasm\..+\.pagefind)$/;

function removeFiles(carpeta: string, patron: RegExp) {
  for (const nombre of fs.readdirSync(carpeta)) if (patron.test(nombre)) fs.rmSync(path.join(carpeta, nombre));
}

type Pagefind = typeof import('pagefind');
type IndiceDePagefind = NonNullable<Awaited<ReturnType<Pagefind['createIndex']>>['index']>;

let pagefind: Promise<Pagefind> | undefined;
const loadPagefind = () => (pagefind ??= import('pagefind'));

/**
 * One part of the index: its pages go to Pagefind's indexer as they come, and `finish()` writes
 * the part to its folder (without the interfaces the site does not use and, after the first
 * part, without the engine, which merged parts take from the first).
 */
export class ParteDelIndice {
  private readonly carpeta: string;
  private readonly numero: number;
  private readonly indice: Promise<IndiceDePagefind | undefined>;
  private readonly enviados = new Set<Promise<void>>();
  private readonly errores: string[] = [];
  private paginas = 0;

  constructor(carpeta: string, numero: number) {
    this.carpeta = carpeta;
    this.numero = numero;
    // Started at once: Pagefind's indexer is a process of its own, which takes a moment to start.
    this.indice = this.open();
    this.indice.catch(() => {});
  }

  /** Adds one record page. */
  async add(pagina: PaginaParaIndexar): Promise<void> {
    const indice = await this.indice;
    if (!indice || this.errores.length) return;
    const { url } = pagina;
    const html = typeof pagina.html === 'string' ? pagina.html : UTF8.decode(pagina.html);
    this.paginas++;
    // Pagefind's service handles messages one at a time in the order they arrive, so pages keep
    // the order they were received in (tests/sitio/determinismo.test.ts checks the bundle).
    const envio = indice.addHTMLFile({ url, content: spaceBlockBoundaries(recordBody(html)) }).then((agregado) => {
      this.errores.push(...agregado.errors.map((e) => `${url}: ${e}`));
    });
    this.enviados.add(envio);
    // Failures surface through Promise.race/all; this only keeps the set current.
    envio.then(
      () => this.enviados.delete(envio),
      () => this.enviados.delete(envio),
    );
    if (this.enviados.size >= PAGINAS_EN_CAMINO) await Promise.race(this.enviados);
  }

  /** Writes the part's files; its result counts no page if anything failed. */
  async finish(): Promise<ResultadoDeIndexado> {
    await Promise.all(this.enviados);
    const indice = await this.indice;
    if (indice && this.paginas > 0 && !this.errores.length) {
      const escrito = await indice.writeFiles({ outputPath: this.carpeta });
      this.errores.push(...escrito.errors);
      await indice.deleteIndex();
      removeFiles(this.carpeta, NO_USADOS);
      if (this.numero > 0) removeFiles(this.carpeta, MOTOR);
    }
    return { paginas: this.errores.length ? 0 : this.paginas, errores: this.errores };
  }

  private async open(): Promise<IndiceDePagefind | undefined> {
    // Pagefind's indexer (a process it starts with this environment) builds the index with one
    // thread per core; with one it takes less memory and, beside the build, no longer.
    // RAYON_NUM_THREADS set outside still wins.
    process.env.RAYON_NUM_THREADS ??= '1';
    const { index, errors } = await (await loadPagefind()).createIndex({ forceLanguage: 'es' });
    this.errores.push(...errors);
    if (!index && !errors.length) this.errores.push('Pagefind no pudo crear el índice.');
    return index;
  }
}

/** A part being indexed, wherever its indexer runs (this thread or a worker of its own). */
export interface ParteEnCurso {
  add(pagina: PaginaParaIndexar): void | Promise<void>;
  finish(): Promise<ResultadoDeIndexado>;
}

/** Opens the part `numero` in `carpeta`; `anterior` settles when the part before it is written. */
export type AbrirParte = (carpeta: string, numero: number, anterior: Promise<unknown> | undefined) => ParteEnCurso;

/**
 * Splits the record pages it receives, in order, into parts of at most `paginasPorParte`, each
 * indexed by the part `abrirParte` opens. A full part is told to finish (write its files) and the
 * next one opened at once, with the promise of the previous part's files, so a part can wait for
 * them before it grows. `finish()` waits for every part and writes `partes.json`.
 */
export class IndiceEnPartes {
  private readonly carpeta: string;
  private readonly paginasPorParte: number;
  private readonly abrirParte: AbrirParte;
  private actual: ParteEnCurso | undefined;
  private enLaActual = 0;
  private readonly terminadas: Promise<ResultadoDeIndexado>[] = [];

  constructor(salida: string, opciones: OpcionesDeIndexado, abrirParte: AbrirParte) {
    this.carpeta = path.join(salida, CARPETA_DE_BUSQUEDA);
    this.paginasPorParte = opciones.paginasPorParte ?? PAGINAS_POR_PARTE;
    this.abrirParte = abrirParte;
    if (!Number.isInteger(this.paginasPorParte) || this.paginasPorParte < 1) {
      throw new Error(`El tamaño de cada parte del índice debe ser un entero positivo (se recibió ${this.paginasPorParte}).`);
    }
  }

  /** Opens the first part before any page comes, so its indexer starts while Astro gets ready. */
  prepare(): void {
    this.current();
  }

  /** Adds one record page to the current part (the promise, when there is one, is the part's). */
  add(pagina: PaginaParaIndexar): void | Promise<void> {
    if (this.enLaActual === this.paginasPorParte) this.closeCurrent();
    const parte = this.current();
    this.enLaActual++;
    return parte.add(pagina);
  }

  /**
   * Has the current part written now, while the build goes on, instead of when the build ends
   * (for when no more record pages are expected); a later page opens a new part.
   */
  flush(): void {
    if (this.actual) this.closeCurrent();
  }

  /** Waits for every part; writes the list of parts when all went well. */
  async finish(): Promise<ResultadoDeIndexado> {
    if (this.actual) this.closeCurrent();
    const partes = await Promise.all(this.terminadas);
    const errores = partes.flatMap((parte) => parte.errores);
    const conPaginas = partes.filter((parte) => parte.paginas > 0);
    const paginas = conPaginas.reduce((suma, parte) => suma + parte.paginas, 0);
    if (errores.length === 0 && paginas > 0) {
      const manifiesto: ManifiestoDeBusqueda = { partes: conPaginas.map((parte, numero) => ({ ruta: partFolder(numero), paginas: parte.paginas })) };
      fs.writeFileSync(path.join(this.carpeta, ARCHIVO_DE_PARTES), `${JSON.stringify(manifiesto, null, 2)}\n`);
    }
    return { paginas: errores.length ? 0 : paginas, errores };
  }

  private current(): ParteEnCurso {
    if (!this.actual) {
      const numero = this.terminadas.length;
      this.actual = this.abrirParte(path.join(this.carpeta, partFolder(numero)), numero, this.terminadas.at(-1));
      this.enLaActual = 0;
    }
    return this.actual;
  }

  private closeCurrent() {
    const terminada = this.actual!.finish();
    // Awaited in finish(); until then a failure must not go unobserved.
    terminada.catch(() => {});
    this.terminadas.push(terminada);
    this.actual = undefined;
  }
}

/** Every HTML file under `salida`, as paths relative to it, in name order. */
function htmlFiles(salida: string): string[] {
  return (fs.readdirSync(salida, { recursive: true }) as string[])
    .filter((nombre) => nombre.endsWith('.html') && !nombre.split(path.sep).includes(CARPETA_DE_BUSQUEDA))
    .sort();
}

/** Indexes the record pages already written under `salida`, in name order (for built folders). */
export async function indexSite(salida: string, opciones: OpcionesDeIndexado = {}): Promise<ResultadoDeIndexado> {
  // In this thread every part shares one Pagefind process, which handles them one after another.
  const indice = new IndiceEnPartes(salida, opciones, (carpeta, numero) => new ParteDelIndice(carpeta, numero));
  try {
    for (const archivo of htmlFiles(salida)) {
      const html = fs.readFileSync(path.join(salida, archivo), 'utf8');
      if (isRecordPage(html)) await indice.add({ url: pageUrl(archivo), html });
    }
    return await indice.finish();
  } finally {
    await (await loadPagefind()).close();
  }
}

const TAREA = 'indexar-parte-de-busqueda';

/**
 * A part indexed in a worker thread of its own (with its own Pagefind process), fed while the
 * build goes on. Its worker starts at once, but its pages wait here until the part before it is
 * written: writing is when an indexer takes the most memory, and two indexers growing at once
 * would add up (at 10 000 sessions, 3.4 GB at the peak instead of 2.9). Record pages are rendered
 * first, so the wait still ends long before the site does.
 */
function partInWorker(carpeta: string, numero: number, anterior: Promise<unknown> | undefined): ParteEnCurso {
  const hilo: HiloEnFlujo<PaginaParaIndexar, ResultadoDeIndexado> = streamToWorker(import.meta.url, TAREA, { carpeta, numero });
  // The page's bytes are moved to the worker, not copied.
  const send = (pagina: PaginaParaIndexar) => hilo.send(pagina, typeof pagina.html === 'string' ? undefined : [pagina.html.buffer as ArrayBuffer]);
  let enEspera: PaginaParaIndexar[] | undefined = anterior ? [] : undefined;
  const sendWaiting = () => {
    for (const pagina of enEspera ?? []) send(pagina);
    enEspera = undefined;
  };
  // A failure of the previous part is reported by its own finish(); this part goes on.
  const listo = anterior ? anterior.then(sendWaiting, sendWaiting) : Promise.resolve();
  return {
    add: (pagina) => (enEspera ? void enEspera.push(pagina) : send(pagina)),
    finish: async () => {
      await listo;
      return hilo.finish();
    },
  };
}

answerStream(TAREA, ({ carpeta, numero }: { carpeta: string; numero: number }) => {
  const parte = new ParteDelIndice(carpeta, numero);
  return {
    receive: (pagina: PaginaParaIndexar) => parte.add(pagina),
    finish: async () => {
      try {
        return await parte.finish();
      } finally {
        await (await loadPagefind()).close();
      }
    },
  };
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
    fail(
      logger,
      salida,
      `Pagefind informó ${resultado.errores.length === 1 ? 'un error' : `${resultado.errores.length} errores`}:\n${resultado.errores.map((e) => `  - ${e}`).join('\n')}`,
    );
  }
  if (resultado.paginas === 0) {
    fail(logger, salida, 'No se indexó ninguna página: ninguna tiene el atributo data-pagefind-body.');
  }
  logger.info(
    `Índice de búsqueda: ${resultado.paginas} páginas indexadas en español (terminado ${segundos} s después de las páginas), en ${CARPETA_DE_BUSQUEDA}/.`,
  );
}

export default function pagefindSearch(opciones: OpcionesDeIndexado = {}): AstroIntegration {
  let base = '/';
  let salida = '';
  let raiz = '';
  /** Templates known to render record pages, and those found to do so only while rendering. */
  const plantillasDeRegistro = new Map<string, boolean>();
  const plantillasTardias = new Set<string>();
  const recordTemplate = (componente: string) => {
    let valor = plantillasDeRegistro.get(componente);
    if (valor === undefined) {
      const archivo = path.join(raiz, componente);
      valor = fs.existsSync(archivo) && isRecordTemplate(fs.readFileSync(archivo, 'utf8'));
      plantillasDeRegistro.set(componente, valor);
    }
    return valor;
  };
  let indexado: IndiceEnPartes | undefined;
  return {
    name: 'busqueda-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        salida = fileURLToPath(config.outDir);
        raiz = fileURLToPath(config.root);
      },
      'astro:build:start': ({ setPrerenderer }) => {
        const indice = new IndiceEnPartes(salida, opciones, partInWorker);
        indice.prepare();
        indexado = indice;
        // Pages of record templates come first (see getStaticPaths below); once the last of them
        // is in, the last part is written while the rest of the site renders.
        let deRegistroPorVenir = Infinity;
        const enOrden = new ReleaseInOrder<{ pagina?: PaginaParaIndexar; deRegistro: boolean }>(({ pagina, deRegistro }) => {
          if (pagina) void indice.add(pagina);
          if (deRegistro && --deRegistroPorVenir === 0) indice.flush();
        });
        setPrerenderer((predeterminado) => ({
          ...predeterminado,
          name: 'busqueda-pagefind',
          // Record pages first, so they are indexed while the rest renders (src/lib/busqueda/orden.ts).
          getStaticPaths: async () => {
            const rutas = recordPagesFirst(await predeterminado.getStaticPaths(), recordTemplate);
            deRegistroPorVenir = rutas.filter((r) => recordTemplate(r.route.component)).length;
            return rutas;
          },
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
              if (bytes.includes(MARCA_DE_REGISTRO)) {
                pagina = { url: sitePath(request.url, base), html: new Uint8Array(bytes) };
                const componente = opcionesDeRender.routeData.component;
                if (!recordTemplate(componente)) plantillasTardias.add(componente);
              }
              const igual = new Response(bytes, { status: respuesta.status, statusText: respuesta.statusText, headers: respuesta.headers });
              return resultado instanceof Response ? igual : { ...resultado, response: igual };
            } finally {
              enOrden.deliver(turno, { pagina, deRegistro: recordTemplate(opcionesDeRender.routeData.component) });
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
        for (const componente of plantillasTardias) {
          logger.warn(
            `${componente} da páginas de registro, pero su archivo no tiene «${MARCA_DE_REGISTRO}»: se indexan al final, no mientras se construye el resto. Ponga la marca en la plantilla.`,
          );
        }
      },
    },
  };
}
