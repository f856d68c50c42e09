/**
 * The search index in parts. Pagefind's browser engine scores a query by going over every page
 * that matches it once for each matching page: the work grows with the square of the pages a
 * common word is on. At 10 000 sessions «sesión ordinaria» is on 12 600 pages and took over
 * half a second. So a large site is indexed in parts of at most `PAGINAS_POR_PARTE` pages, which
 * the browser merges (Pagefind's `mergeIndex`, sharing one engine and one worker), and each part
 * is scored on its own pages only.
 *
 * Parts are consecutive ranges of the sort date (`data-pagefind-sort="fecha"`), oldest first, so
 * a search sorted by date reads the parts in order; Pagefind's merge only knows how to combine
 * results by relevance. Every page carries the filter `parte` with its part's number, to ask one
 * part alone.
 *
 * Shared by the build (`src/integrations/pagefind.ts`) and by `/buscar/` in the browser.
 */

/** Largest number of pages in one part of the index. */
export const PAGINAS_POR_PARTE = 10_000;

/** Pagefind filter that names the part a page is indexed in (not shown as a facet). */
export const FILTRO_DE_PARTE = 'parte';

/** File, inside the search folder, that lists the parts. */
export const ARCHIVO_DE_PARTES = 'partes.json';

/** One part as the browser learns it from `partes.json`. */
export interface ParteDelIndice {
  /** Folder of the part relative to the search folder: `''` for the first, `partes/1/`… */
  ruta: string;
  /** Pages in the part. */
  paginas: number;
  /** Sort dates of its first and last pages (`AAAA-MM-DD`). */
  desde: string;
  hasta: string;
}

export interface ManifiestoDeBusqueda {
  partes: ParteDelIndice[];
}

/** Folder of part `numero` relative to the search folder. */
export function partFolder(numero: number): string {
  return numero === 0 ? '' : `partes/${numero}/`;
}

/**
 * Splits pages into parts of at most `maximo` pages, in order of sort date (and path, for equal
 * dates), of sizes as even as possible. Deterministic: the same pages give the same parts.
 */
export function splitIntoParts<T extends { archivo: string; fecha: string }>(paginas: readonly T[], maximo = PAGINAS_POR_PARTE): T[][] {
  if (!Number.isInteger(maximo) || maximo < 1) throw new Error(`El tamaño de cada parte del índice debe ser un entero positivo (se recibió ${maximo}).`);
  const ordenadas = [...paginas].sort((a, b) => compare(a.fecha, b.fecha) || compare(a.archivo, b.archivo));
  const cuantas = Math.max(1, Math.ceil(ordenadas.length / maximo));
  const partes: T[][] = [];
  for (let i = 0; i < cuantas; i++) {
    partes.push(ordenadas.slice(Math.round((i * ordenadas.length) / cuantas), Math.round(((i + 1) * ordenadas.length) / cuantas)));
  }
  return partes;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The sort date Pagefind was given in a page (`IndiceDeBusqueda.astro`), if any. */
export function sortDateIn(html: string): string | undefined {
  return /data-pagefind-sort="fecha"[^>]*>([^<]*)</.exec(html)?.[1]?.trim() || undefined;
}

/** The page's HTML as given to Pagefind: the body element also names its part. */
export function withPartFilter(html: string, numero: number): string {
  return html.replace(/data-pagefind-body(?=[\s>])/, `data-pagefind-body data-pagefind-filter="${FILTRO_DE_PARTE}:${numero}"`);
}

/**
 * Order in which to read the parts for a search sorted by date: newest first reads the last
 * part first.
 */
export function partsInDateOrder(cuantas: number, direccion: 'asc' | 'desc'): number[] {
  const orden = Array.from({ length: cuantas }, (_, i) => i);
  return direccion === 'desc' ? orden.reverse() : orden;
}

/** Results of a search, taken a page at a time. */
export interface ListaDeResultados<R> {
  /** The next `n` results (fewer at the end). */
  take(n: number): Promise<R[]>;
  /** Whether results remain after those taken. */
  hasMore(): boolean;
}

/** A list over results already known (a search by relevance). */
export function listOf<R>(resultados: readonly R[]): ListaDeResultados<R> {
  let tomados = 0;
  return {
    async take(n) {
      const lote = resultados.slice(tomados, tomados + n);
      tomados += lote.length;
      return lote;
    },
    hasMore: () => tomados < resultados.length,
  };
}

/**
 * Results of a search sorted by date over parts that are consecutive date ranges: the results
 * of each part in turn (each already sorted by Pagefind), asking a part only when the results
 * before it have been taken. `porParte[i]` is how many results part `i` has (from the counts of
 * a search over all parts), so parts without any are never asked and the end is known.
 */
export function sortedAcrossParts<R>(orden: readonly number[], porParte: ReadonlyMap<number, number>, buscarParte: (numero: number) => Promise<readonly R[]>): ListaDeResultados<R> {
  const pendientes = orden.filter((numero) => (porParte.get(numero) ?? 0) > 0);
  let actual: readonly R[] = [];
  let posicion = 0;
  return {
    async take(n) {
      const lote: R[] = [];
      while (lote.length < n) {
        if (posicion >= actual.length) {
          const siguiente = pendientes.shift();
          if (siguiente === undefined) break;
          actual = await buscarParte(siguiente);
          posicion = 0;
          continue;
        }
        const tramo = actual.slice(posicion, posicion + n - lote.length);
        lote.push(...tramo);
        posicion += tramo.length;
      }
      return lote;
    },
    hasMore: () => posicion < actual.length || pendientes.length > 0,
  };
}

/** How many results each part has, from the `parte` filter counts of a search over all parts. */
export function resultsPerPart(conteos: Record<string, Record<string, number>> | undefined): Map<number, number> {
  return new Map(Object.entries(conteos?.[FILTRO_DE_PARTE] ?? {}).map(([numero, cuantos]) => [Number(numero), cuantos]));
}
