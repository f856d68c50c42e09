/**
 * The search index in parts. Pagefind's browser engine scores a query by going over every page
 * that matches it once for each matching page, and sorts by going over every page once for each
 * result: the work grows with the square of a part's pages, as does the indexer's memory while the
 * site is built. So a large site is indexed in parts of at most `PAGINAS_POR_PARTE` pages, and
 * `/buscar/` searches each part in a thread of its own (`buscador.ts`), all at once, and merges
 * their answers here. Every extra part costs a visitor a few more downloads per query, so a part
 * is as large as it can be while keeping that growth in check.
 *
 * Parts hold pages in the order the build renders them. Each part's results come sorted (by
 * relevance, or by date when asked), so merging them takes only the heads of the lists; a sort
 * date is read from a result's metadata (`orden`), only for the results compared.
 *
 * Shared by the build (`src/integrations/pagefind/`) and by `/buscar/` in the browser.
 */
import type { ConteoDeFiltros } from './mensajes.ts';

/**
 * Largest number of pages in one part of the index. The indexer of a part grows with its pages
 * (up to about 700 MB for 4 000 record pages, 960 MB for 5 400) and works beside the build, whose own
 * memory is near 2 GB by then: at 10 000 sessions (16 123 record pages) four even parts keep the
 * build's peak near 2.7 GB, where three reached 2.9 to 3.1 GB. Each extra part adds about 10 KiB
 * to a query's downloads (98 to 159 KiB for the three queries of the README) and no measurable
 * time to its first results, since the parts are scored at once.
 */
export const PAGINAS_POR_PARTE = 4_500;

/**
 * How many pages each part of a group takes, by its position in the group, when `esperadas` pages
 * are expected: as few parts as `maximo` allows, as even as they can be (the first ones a page
 * larger). Even parts index and search faster than full ones beside a small last one (the work
 * grows with the square of a part's pages), and the indexer's peak memory is that of the largest.
 * Parts beyond those (more pages than expected), or with nothing expected, take `maximo`.
 */
export function partCapacities(esperadas: number, maximo: number): (posicion: number) => number {
  if (esperadas <= 0) return () => maximo;
  const partes = Math.ceil(esperadas / maximo);
  const menor = Math.floor(esperadas / partes);
  const mayores = esperadas % partes;
  return (posicion) => (posicion >= partes ? maximo : posicion < mayores ? menor + 1 : menor);
}

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

/** Results of a search, taken a page at a time. */
export interface ListaDeResultados<R> {
  /** The next `n` results (fewer at the end). */
  take(n: number): Promise<R[]>;
  /** Whether results remain after those taken. */
  hasMore(): boolean;
}

/** A list over results already in order. */
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
 * Results of a search over several parts, each part's list already sorted, merged into one
 * sorted list: `claveDe` gives a result's sort key (it may have to be fetched, so it is asked
 * only of the results compared: the heads of the lists) and `antes(a, b)` whether key `a` goes
 * before key `b`. Equal keys keep the order of the parts, as Pagefind's own merge does.
 */
export function mergedInOrder<R, K>(
  listas: readonly (readonly R[])[],
  claveDe: (resultado: R) => K | Promise<K>,
  antes: (a: K, b: K) => boolean,
): ListaDeResultados<R> {
  const vigentes = listas.filter((lista) => lista.length > 0).map((resultados) => ({ resultados, posicion: 0 }));
  return {
    async take(n) {
      const lote: R[] = [];
      while (lote.length < n) {
        const abiertas = vigentes.filter((lista) => lista.posicion < lista.resultados.length);
        if (abiertas.length === 0) break;
        let [mejor] = abiertas;
        // A list left alone needs no comparing (nor its keys fetched).
        if (abiertas.length > 1) {
          let claveMejor = await claveDe(mejor.resultados[mejor.posicion]);
          for (const lista of abiertas.slice(1)) {
            const clave = await claveDe(lista.resultados[lista.posicion]);
            if (antes(clave, claveMejor)) [mejor, claveMejor] = [lista, clave];
          }
        }
        lote.push(mejor.resultados[mejor.posicion++]);
      }
      return lote;
    },
    hasMore: () => vigentes.some((lista) => lista.posicion < lista.resultados.length),
  };
}

/** Counts per filter value of several parts, added up. */
export function mergeCounts(porParte: readonly ConteoDeFiltros[]): ConteoDeFiltros {
  const suma: ConteoDeFiltros = {};
  for (const conteos of porParte) {
    for (const [filtro, valores] of Object.entries(conteos)) {
      const destino = (suma[filtro] ??= {});
      for (const [valor, cuantos] of Object.entries(valores)) destino[valor] = (destino[valor] ?? 0) + cuantos;
    }
  }
  return suma;
}
