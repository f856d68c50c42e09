/**
 * What `/buscar/` and the search threads say to each other. Each part of the index is searched
 * in a thread of its own (`parte.worker.ts`), so the parts of a large site are scored at the same
 * time and only the few figures the page uses cross over: page ids and scores, counts, and the
 * data of the results shown. The page side is `buscador.ts`.
 */
import type { OpcionesDePagefind } from './consulta.ts';

/** Result counts per filter value: `{ tipo: { Sesión: 12 } }`. */
export type ConteoDeFiltros = Record<string, Record<string, number>>;

/** Asked of a search thread; each request gets one `Respuesta` with the same `id`. */
export type Pedido =
  | {
      id: number;
      metodo: 'iniciar';
      /** Address of Pagefind's `pagefind.js` (a local copy: the page downloads it once for all threads). */
      pagefind: string;
      /** Folder of this thread's part of the index (ends in `/`). */
      carpeta: string;
      /** Pagefind options (`baseUrl`, `excerptLength`…). */
      opciones: Record<string, unknown>;
      /** Whether this thread downloads the search engine and shares it, or waits to be given it. */
      motor: 'compartir' | 'recibir';
      /** Run a search over every page once ready, so the first real one runs compiled code. */
      calentar: boolean;
    }
  | { id: number; metodo: 'precargar'; termino: string; opciones: OpcionesDePagefind }
  | { id: number; metodo: 'buscar'; termino: string | null; opciones: OpcionesDePagefind }
  | { id: number; metodo: 'datos'; pagina: string }
  | { id: number; metodo: 'filtros' };

/** The search engine's file (Pagefind's WebAssembly), as one thread downloaded it, for the others. */
export interface MotorCompartido {
  metodo: 'motor';
  bytes: ArrayBuffer;
}

/** A part's results, best first (or in the order asked for), with the counts per filter value. */
export interface ResultadosDeParte {
  /** Pagefind ids of the pages found. */
  paginas: string[];
  /** Pagefind's score of each page, in the same order. */
  puntuaciones: number[];
  conteos: ConteoDeFiltros;
}

export type Respuesta = { id: number; valor: unknown } | { id: number; error: string };
