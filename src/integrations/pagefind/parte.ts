/**
 * One part of the search index, built with Pagefind's Node API. Each page is given to Pagefind as
 * its record element only (`recordBody`), with a space at the end of blocks it would otherwise
 * glue to the next word (`<dt>`, `<dd>`, `<th>`…; see `src/lib/busqueda/html.ts`); files are
 * unchanged. Spanish is forced for the whole site, so stemming works ("caravana" finds
 * "Caravanas").
 */
import fs from 'node:fs';
import path from 'node:path';
import { recordBody, spaceBlockBoundaries } from '../../lib/busqueda/html.ts';
import type { PaginaParaIndexar, ParteEnCurso, ResultadoDeIndexado } from './partes.ts';

/** Pages sent to Pagefind before waiting for its answers (overlaps sending with indexing). */
const PAGINAS_EN_CAMINO = 8;

const UTF8 = new TextDecoder();

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

/** Stops Pagefind's indexer process, once this thread has no part left to write. */
export async function closePagefind(): Promise<void> {
  await (await loadPagefind()).close();
}

/**
 * One part of the index: its pages go to Pagefind's indexer as they come, and `finish()` writes
 * the part to its folder (without the interfaces the site does not use and, after the first
 * part, without the engine, which merged parts take from the first).
 */
export class ParteDelIndice implements ParteEnCurso {
  private readonly carpeta: string;
  private readonly numero: number;
  private readonly indice: Promise<IndiceDePagefind | undefined>;
  private readonly enviados = new Set<Promise<void>>();
  private readonly errores: string[] = [];
  /** Paths of the pages given; one given again replaces the page Pagefind has (`anticipo.ts`). */
  private readonly urls = new Set<string>();

  private readonly hilos: number;

  /** `hilos`: threads of Pagefind's indexer (see `open`). */
  constructor(carpeta: string, numero: number, hilos = 1) {
    this.carpeta = carpeta;
    this.numero = numero;
    this.hilos = hilos;
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
    this.urls.add(url);
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
    if (indice && this.urls.size > 0 && !this.errores.length) {
      const escrito = await indice.writeFiles({ outputPath: this.carpeta });
      this.errores.push(...escrito.errors);
      await indice.deleteIndex();
      removeFiles(this.carpeta, NO_USADOS);
      if (this.numero > 0) removeFiles(this.carpeta, MOTOR);
    }
    return { paginas: this.errores.length ? 0 : this.urls.size, errores: this.errores };
  }

  private async open(): Promise<IndiceDePagefind | undefined> {
    // Pagefind's indexer (a process it starts with this environment) builds the index with one
    // thread per core; with one it takes less memory and, beside the build, no longer. A part
    // indexed after every page is written has the cores to itself: with two threads, writing
    // 1 649 pages took 0.9 s instead of 2.8. RAYON_NUM_THREADS set outside still wins.
    process.env.RAYON_NUM_THREADS ??= String(this.hilos);
    const { index, errors } = await (await loadPagefind()).createIndex({ forceLanguage: 'es' });
    this.errores.push(...errors);
    if (!index && !errors.length) this.errores.push('Pagefind no pudo crear el índice.');
    return index;
  }
}
