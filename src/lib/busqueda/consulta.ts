/**
 * The state of a search and its URL: `/buscar/?q=carnet&tipo=Acuerdo&anio=2022&orden=recientes`.
 * Every search can be shared and linked; the same state gives the Pagefind options.
 */
import { CLAVES_DE_FILTRO, type ClaveDeFiltro, isFilterKey } from './filtros.ts';

export const ORDENES = [
  { valor: 'relevancia', etiqueta: 'Relevancia' },
  { valor: 'recientes', etiqueta: 'Fecha: más recientes primero' },
  { valor: 'antiguos', etiqueta: 'Fecha: más antiguos primero' },
] as const;
export type Orden = (typeof ORDENES)[number]['valor'];

export interface EstadoDeBusqueda {
  /** The words typed, trimmed; empty when none. */
  q: string;
  /** Selected values per facet (a facet's values are alternatives; facets combine). */
  filtros: Partial<Record<ClaveDeFiltro, string[]>>;
  orden: Orden;
}

/** Longest query kept from a URL, so a pasted link cannot make the page work on megabytes. */
export const LARGO_MAXIMO = 200;

function isOrder(valor: string | null): valor is Orden {
  return ORDENES.some((o) => o.valor === valor);
}

/** Reads a search from a query string (`?q=…`, `location.search`) or URLSearchParams. */
export function parseSearchParams(consulta: string | URLSearchParams): EstadoDeBusqueda {
  const params = typeof consulta === 'string' ? new URLSearchParams(consulta) : consulta;
  const q = (params.get('q') ?? '').replace(/\s+/g, ' ').trim().slice(0, LARGO_MAXIMO);
  const filtros: EstadoDeBusqueda['filtros'] = {};
  for (const [clave, valor] of params) {
    const limpio = valor.trim();
    if (!isFilterKey(clave) || !limpio) continue;
    const lista = (filtros[clave] ??= []);
    if (!lista.includes(limpio)) lista.push(limpio);
  }
  const orden = params.get('orden');
  return { q, filtros, orden: isOrder(orden) ? orden : 'relevancia' };
}

/** The query string of a search (`q=…&tipo=…`), without `?`; defaults are left out. */
export function toSearchParams(estado: EstadoDeBusqueda): string {
  const params = new URLSearchParams();
  if (estado.q) params.set('q', estado.q);
  for (const clave of CLAVES_DE_FILTRO) for (const valor of estado.filtros[clave] ?? []) params.append(clave, valor);
  if (estado.orden !== 'relevancia') params.set('orden', estado.orden);
  return params.toString();
}

/** Number of selected filter values. */
export function countActiveFilters(estado: EstadoDeBusqueda): number {
  return CLAVES_DE_FILTRO.reduce((n, clave) => n + (estado.filtros[clave]?.length ?? 0), 0);
}

/** Whether there is anything to search for: words or at least one filter. */
export function hasSearch(estado: EstadoDeBusqueda): boolean {
  return estado.q.length > 0 || countActiveFilters(estado) > 0;
}

export interface OpcionesDePagefind {
  filters: Record<string, { any: string[] }>;
  sort?: { fecha: 'asc' | 'desc' };
}

/** Pagefind `search()` options: values of one facet are alternatives (`any`), facets combine. */
export function toPagefindOptions(estado: EstadoDeBusqueda): OpcionesDePagefind {
  const filters: OpcionesDePagefind['filters'] = {};
  for (const clave of CLAVES_DE_FILTRO) {
    const valores = estado.filtros[clave];
    if (valores?.length) filters[clave] = { any: [...valores] };
  }
  if (estado.orden === 'recientes') return { filters, sort: { fecha: 'desc' } };
  if (estado.orden === 'antiguos') return { filters, sort: { fecha: 'asc' } };
  return { filters };
}

/**
 * Spanish words too common to tell pages apart. Each word of a query makes the browser download
 * the part of the index listing every page and position where it appears; for «de» on a large
 * site that is most of a query's download and time («rendición de cuentas» at 10 000 sessions:
 * 160 KiB and 0.9 s, against 76 KiB and 0.3 s for «rendición cuentas»).
 */
const PALABRAS_VACIAS = new Set([
  'a',
  'al',
  'con',
  'de',
  'del',
  'e',
  'el',
  'en',
  'la',
  'las',
  'lo',
  'los',
  'o',
  'para',
  'por',
  'que',
  'se',
  'su',
  'sus',
  'u',
  'un',
  'una',
  'unas',
  'unos',
  'y',
]);

/**
 * The words given to Pagefind for what the person typed: without the Spanish words in
 * `PALABRAS_VACIAS` when other words remain. A quoted phrase (`"rendición de cuentas"`) is an
 * exact search and goes as typed, as does a query made only of such words.
 */
export function toPagefindTerm(q: string): string {
  if (/^\s*".+"\s*$/.test(q)) return q;
  const palabras = q.split(/\s+/).filter(Boolean);
  const utiles = palabras.filter((p) => !PALABRAS_VACIAS.has(p.toLocaleLowerCase('es')));
  return (utiles.length ? utiles : palabras).join(' ');
}

/** Shortest word worth fetching index parts for while it is still being typed. */
export const LARGO_MINIMO_PARA_ANTICIPAR = 3;

/**
 * What to fetch from the index while the person is still typing, or `undefined` for nothing.
 * Pagefind matches the start of words, so a word of one or two letters («d» on the way to «de
 * cuentas») asks for every part of the index with words that start that way: hundreds of
 * kilobytes on a large site for a word that is about to change. Such words wait for the search.
 */
export function toPreloadTerm(q: string): string | undefined {
  if (/^\s*"/.test(q)) return undefined;
  const palabras = toPagefindTerm(q.trim())
    .split(/\s+/)
    .filter((p) => [...p].length >= LARGO_MINIMO_PARA_ANTICIPAR);
  return palabras.length ? palabras.join(' ') : undefined;
}
