/**
 * Splitting the search index into parts. A large site is indexed in parts, which the browser
 * searches at once, each in a thread of its own, and merges (`src/lib/busqueda/partes.ts` says
 * why); a site of up to `PAGINAS_POR_PARTE` record pages has one. Writing a full part (seconds for
 * thousands of pages) goes on while the next part is fed, and only the last part is written after
 * the last page.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ARCHIVO_DE_PARTES, PAGINAS_POR_PARTE, partCapacities, partFolder, type ManifiestoDeBusqueda } from '../../lib/busqueda/partes.ts';

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

/** A part being indexed, wherever its indexer runs (this thread or a worker of its own). */
export interface ParteEnCurso {
  add(pagina: PaginaParaIndexar): void | Promise<void>;
  finish(): Promise<ResultadoDeIndexado>;
}

/** Opens the part `numero` in `carpeta`; `anterior` settles when the part before it is written. */
export type AbrirParte = (carpeta: string, numero: number, anterior: Promise<unknown> | undefined) => ParteEnCurso;

/**
 * Splits the record pages it receives, in order, into parts of at most `paginasPorParte` (even
 * ones when told how many are coming: `expect`), each indexed by the part `abrirParte` opens. A
 * full part is told to finish (write its files) and the next one opened at once, with the promise
 * of the previous part's files, so a part can wait for them before it grows. `finish()` waits for
 * every part and writes `partes.json`.
 */
export class IndiceEnPartes {
  private readonly carpeta: string;
  private readonly paginasPorParte: number;
  private readonly abrirParte: AbrirParte;
  private actual: ParteEnCurso | undefined;
  private enLaActual = 0;
  /** Pages each part of the current group takes, by its position in the group (`expect`). */
  private capacidad: (posicion: number) => number;
  /** Position of the current part in its group. */
  private enElGrupo = 0;
  private readonly terminadas: Promise<ResultadoDeIndexado>[] = [];

  constructor(salida: string, opciones: OpcionesDeIndexado, abrirParte: AbrirParte) {
    this.carpeta = path.join(salida, CARPETA_DE_BUSQUEDA);
    this.paginasPorParte = opciones.paginasPorParte ?? PAGINAS_POR_PARTE;
    this.abrirParte = abrirParte;
    if (!Number.isInteger(this.paginasPorParte) || this.paginasPorParte < 1) {
      throw new Error(`El tamaño de cada parte del índice debe ser un entero positivo (se recibió ${this.paginasPorParte}).`);
    }
    this.capacidad = partCapacities(0, this.paginasPorParte);
  }

  /**
   * The next `paginas` pages, up to a `flush`, are one group: split into even parts
   * (`partCapacities`). Told before the group's first page.
   */
  expect(paginas: number): void {
    this.startGroup(paginas);
  }

  /** A new group of parts, of `paginas` pages (0: not told, parts of the largest size). */
  private startGroup(paginas: number): void {
    this.capacidad = partCapacities(paginas, this.paginasPorParte);
    this.enElGrupo = 0;
  }

  /** Opens the first part before any page comes, so its indexer starts while Astro gets ready. */
  prepare(): void {
    this.current();
  }

  /** Adds one record page to the current part (the promise, when there is one, is the part's). */
  add(pagina: PaginaParaIndexar): void | Promise<void> {
    if (this.enLaActual === this.capacidad(this.enElGrupo)) {
      this.closeCurrent();
      this.enElGrupo++;
    }
    const parte = this.current();
    this.enLaActual++;
    return parte.add(pagina);
  }

  /**
   * Has the current part written now, while the build goes on, instead of when the build ends
   * (for when no more record pages are expected); a later page opens a new part, of a new group.
   */
  flush(): void {
    if (this.actual) this.closeCurrent();
    this.startGroup(0);
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
    this.enLaActual = 0;
  }
}
