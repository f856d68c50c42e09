/**
 * The search index in parts. Pagefind's browser engine scores a query by going over every page
 * that matches it once for each matching page, and sorts by going over every page once for each
 * result: the work grows with the square of a part's pages, as does the indexer's memory while the
 * site is built. So a large site is indexed in parts of at most `PAGINAS_POR_PARTE` pages, which
 * the browser merges (Pagefind's `mergeIndex`, sharing one engine and one worker), and each part
 * is scored on its own pages only. Every extra part costs a visitor a few more downloads per
 * query, so a part is as large as it can be while keeping that growth in check.
 *
 * Parts hold pages in the order the build renders them. Pagefind merges parts by relevance only,
 * so a search sorted by date sorts each part on its own (every page carries the filter `parte`
 * with its part's number, to ask one part alone) and merges them by the sort date each result
 * carries in its metadata (`orden`).
 *
 * Shared by the build (`src/integrations/pagefind.ts`) and by `/buscar/` in the browser.
 */

/**
 * Largest number of pages in one part of the index. At 10 000 sessions (13 500 record pages) two
 * parts keep the indexer under 1.2 GB beside the build and a query under 100 KB of downloads.
 */
export const PAGINAS_POR_PARTE = 7_500;

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
}

export interface ManifiestoDeBusqueda {
  partes: ParteDelIndice[];
}

/** Folder of part `numero` relative to the search folder. */
export function partFolder(numero: number): string {
  return numero === 0 ? '' : `partes/${numero}/`;
}

/** The page's HTML as given to Pagefind: the body element also names its part. */
export function withPartFilter(html: string, numero: number): string {
  return html.replace(/data-pagefind-body(?=[\s>])/, `data-pagefind-body data-pagefind-filter="${FILTRO_DE_PARTE}:${numero}"`);
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
 * Results of a search sorted by date over several parts: each part's results, already sorted
 * by Pagefind, merged by their sort dates. `porParte[i]` is how many results part `i` has (from
 * the counts of a search over all parts), so parts without any are never asked; `buscarParte`
 * gives a part's sorted results and `fechaDe` a result's sort date (`AAAA-MM-DD`), which is only
 * asked of the results compared. Equal dates keep the order of the parts.
 */
export function mergedByDate<R>(
  direccion: 'asc' | 'desc',
  porParte: ReadonlyMap<number, number>,
  buscarParte: (numero: number) => Promise<readonly R[]>,
  fechaDe: (resultado: R) => Promise<string>,
): ListaDeResultados<R> {
  const numeros = [...porParte].filter(([, cuantos]) => cuantos > 0).map(([numero]) => numero).sort((a, b) => a - b);
  let listas: Promise<{ resultados: readonly R[]; posicion: number }[]> | undefined;
  let leidas: { resultados: readonly R[]; posicion: number }[] | undefined;
  const antes = (a: string, b: string) => (direccion === 'desc' ? a > b : a < b);
  return {
    async take(n) {
      listas ??= Promise.all(numeros.map(async (numero) => ({ resultados: await buscarParte(numero), posicion: 0 })));
      const vigentes = (leidas = await listas);
      const lote: R[] = [];
      while (lote.length < n) {
        let mejor: { lista: (typeof vigentes)[number]; fecha: string } | undefined;
        for (const lista of vigentes) {
          if (lista.posicion >= lista.resultados.length) continue;
          const fecha = await fechaDe(lista.resultados[lista.posicion]);
          if (!mejor || antes(fecha, mejor.fecha)) mejor = { lista, fecha };
        }
        if (!mejor) break;
        lote.push(mejor.lista.resultados[mejor.lista.posicion]);
        mejor.lista.posicion++;
      }
      return lote;
    },
    hasMore: () => (leidas ? leidas.some((lista) => lista.posicion < lista.resultados.length) : numeros.length > 0),
  };
}

/** How many results each part has, from the `parte` filter counts of a search over all parts. */
export function resultsPerPart(conteos: Record<string, Record<string, number>> | undefined): Map<number, number> {
  return new Map(Object.entries(conteos?.[FILTRO_DE_PARTE] ?? {}).map(([numero, cuantos]) => [Number(numero), cuantos]));
}
