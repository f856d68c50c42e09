/**
 * Counts and percentages of agreements by status, overall and per group (body, responsible
 * institution, year), for the follow-up dashboard and its static breakdown pages.
 */
import { ESTADOS_AL_DIA, ESTADOS_SIN_CERRAR, daysBetween, type EstadoAlDia } from './estado.ts';
import { compareSpanishWithNumbers } from '../colacion.ts';

export interface ConEstadoAlDia {
  estadoAlDia: EstadoAlDia;
}

export interface ConteoDeEstado {
  estado: EstadoAlDia;
  total: number;
  /** Share of the group's agreements, 0–100; 0 when the group is empty. */
  porcentaje: number;
}

export interface ConteoPorEstado {
  total: number;
  /** One row per status, in `ESTADOS_AL_DIA` order, zeros included so tables line up. */
  estados: ConteoDeEstado[];
}

/** How many agreements are in each status, and what share of the total. */
export function countByStatus(acuerdos: readonly ConEstadoAlDia[]): ConteoPorEstado {
  const porEstado = new Map<EstadoAlDia, number>();
  for (const a of acuerdos) porEstado.set(a.estadoAlDia, (porEstado.get(a.estadoAlDia) ?? 0) + 1);
  const total = acuerdos.length;
  return {
    total,
    estados: ESTADOS_AL_DIA.map((estado) => {
      const n = porEstado.get(estado) ?? 0;
      return { estado, total: n, porcentaje: total ? (n / total) * 100 : 0 };
    }),
  };
}

export interface Desglose<K> extends ConteoPorEstado {
  clave: K;
}

/**
 * Counts by status within each group. `claveDe` may return several keys (an agreement counts in
 * each) or `undefined` (left out). Groups come in `orden`'s order, else by key.
 */
export function breakdownByStatus<T extends ConEstadoAlDia, K extends string | number>(
  acuerdos: readonly T[],
  claveDe: (acuerdo: T) => K | undefined,
  orden: (a: K, b: K) => number = (a, b) => compareSpanishWithNumbers(String(a), String(b)),
): Desglose<K>[] {
  const grupos = new Map<K, T[]>();
  for (const a of acuerdos) {
    const clave = claveDe(a);
    if (clave === undefined) continue;
    const grupo = grupos.get(clave);
    if (grupo) grupo.push(a);
    else grupos.set(clave, [a]);
  }
  return [...grupos.keys()].sort(orden).map((clave) => ({ clave, ...countByStatus(grupos.get(clave)!) }));
}

export interface AcuerdoAbierto<T> {
  acuerdo: T;
  /** Days since adoption, as of the reference date. */
  antiguedad: number;
  /** Days past the deadline, when overdue. */
  diasDeRetraso?: number;
  /** Latest follow-up report, when there is one. */
  ultimoInforme?: { fecha: string; nota?: string };
}

interface AcuerdoParaLista extends ConEstadoAlDia {
  id: string;
  fecha: string;
  plazo?: string;
  historial: readonly { fecha: string; nota?: string }[];
}

/** Agreements not reported as settled (pending, in process, overdue or without follow-up), oldest first. */
export function openAgreements<T extends AcuerdoParaLista>(acuerdos: readonly T[], hoy: string): AcuerdoAbierto<T>[] {
  return acuerdos
    .filter((a) => ESTADOS_SIN_CERRAR.has(a.estadoAlDia))
    .map((acuerdo) => {
      const ultimo = acuerdo.historial[acuerdo.historial.length - 1];
      return {
        acuerdo,
        antiguedad: daysBetween(acuerdo.fecha, hoy),
        diasDeRetraso: acuerdo.estadoAlDia === 'vencido' && acuerdo.plazo ? daysBetween(acuerdo.plazo, hoy) : undefined,
        ultimoInforme: ultimo ? { fecha: ultimo.fecha, nota: ultimo.nota } : undefined,
      };
    })
    .sort((a, b) => a.acuerdo.fecha.localeCompare(b.acuerdo.fecha) || a.acuerdo.id.localeCompare(b.acuerdo.id));
}

/**
 * Open agreements a follow-up page lists. A large site has tens of thousands (44 515 at 10 000
 * sessions, a 20 MB page for a phone): past this many, a page lists the oldest and says where
 * the rest are (the lists by status, the agreements dataset).
 */
export const ABIERTOS_POR_PAGINA = 500;

/**
 * The first `limite` open agreements of a list (which comes oldest first), how many are left out,
 * and how many the whole list has in each status (those it has, in `ESTADOS_AL_DIA` order).
 */
export function oldestOpenAgreements<T extends { acuerdo: ConEstadoAlDia }>(
  abiertos: readonly T[],
  limite = ABIERTOS_POR_PAGINA,
): { mostrados: T[]; omitidos: number; porEstado: ConteoDeEstado[] } {
  return {
    mostrados: abiertos.slice(0, limite),
    omitidos: Math.max(0, abiertos.length - limite),
    porEstado: countByStatus(abiertos.map((a) => a.acuerdo)).estados.filter((e) => e.total > 0),
  };
}
