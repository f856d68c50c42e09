/**
 * The facets of `/buscar/` as the page shows them: one group of checkboxes per filter, with the
 * number of results each value would give. The groups are built once (so keyboard focus is never
 * lost while filtering); each search only changes the counts.
 */
import type { EstadoDeBusqueda } from './consulta.ts';
import { FILTROS, sortFilterValues, type ClaveDeFiltro } from './filtros.ts';
import type { ConteoDeFiltros } from './mensajes.ts';

export interface CasillaDeFaceta {
  valor: string;
  /** Element id, unique in the page: `filtro-<clave>-<position>`. */
  id: string;
  /** Selected in the search the page opened with. */
  marcada: boolean;
}

export interface GrupoDeFacetas {
  clave: ClaveDeFiltro;
  etiqueta: string;
  casillas: CasillaDeFaceta[];
}

/**
 * The facet groups for the values found on the whole site (`totales`) and those selected in the
 * address: a value of a shared link that the index no longer has stays visible, so it can be
 * unticked. Facets without values are left out.
 */
export function facetGroups(totales: ConteoDeFiltros, estado: EstadoDeBusqueda): GrupoDeFacetas[] {
  return FILTROS.flatMap((filtro) => {
    const elegidos = estado.filtros[filtro.clave] ?? [];
    const valores = sortFilterValues(filtro.clave, [...Object.keys(totales[filtro.clave] ?? {}), ...elegidos]);
    if (valores.length === 0) return [];
    const casillas = valores.map((valor, i) => ({ valor, id: `filtro-${filtro.clave}-${i}`, marcada: elegidos.includes(valor) }));
    return [{ clave: filtro.clave, etiqueta: filtro.etiqueta, casillas }];
  });
}

/** «(12)»: the results a facet value gives, 0 when the search found none with it. */
export function valueCountLabel(cifras: ConteoDeFiltros, clave: string, valor: string): string {
  return `(${cifras[clave]?.[valor] ?? 0})`;
}

/** «(2 activos)» after «Filtrar y ordenar», empty when no filter is selected. */
export function activeFiltersLabel(activos: number): string {
  if (activos <= 0) return '';
  return `(${activos} ${activos === 1 ? 'activo' : 'activos'})`;
}
