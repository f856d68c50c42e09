/**
 * The agreements list narrowed to each status, as pure data (no Astro runtime), so it is tested
 * directly.
 */
import { paginate, type Pagina } from '../paginas.ts';
import { ESTADOS_AL_DIA, type EstadoAlDia } from '../seguimiento/estado.ts';
import type { AcuerdoConEstado } from './ensamblar.ts';

/** The agreements list narrowed to one status: its pages, newest first. */
export interface ListaPorEstado {
  estado: EstadoAlDia;
  cuantos: number;
  paginas: Pagina<AcuerdoConEstado>[];
}

/**
 * One list per status that some agreement has as of the build's date, in the dashboards' order,
 * so a citizen can follow «Vencido» or «Sin seguimiento» without JavaScript.
 */
export function listsByStatus(acuerdos: readonly AcuerdoConEstado[], porPagina: number): ListaPorEstado[] {
  const recientes = [...acuerdos].reverse();
  return ESTADOS_AL_DIA.map((estado) => recientes.filter((a) => a.estadoAlDia === estado))
    .map((lista, i) => ({ estado: ESTADOS_AL_DIA[i], cuantos: lista.length, paginas: paginate(lista, porPagina) }))
    .filter((lista) => lista.cuantos > 0);
}
