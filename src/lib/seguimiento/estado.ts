/**
 * The status of an agreement on a given day: the latest reported one, except that an agreement
 * still pending or in process after its deadline is `vencido`. "Today" is a parameter, so the same
 * content and reference date always give the same result.
 */
import type { EstadoActual } from '../derivados/acuerdos.ts';

export type EstadoAlDia = EstadoActual | 'vencido';

export const ETIQUETA_VENCIDO = 'Vencido';

/** Every status an agreement can show, in the order dashboards list them. */
export const ESTADOS_AL_DIA: readonly EstadoAlDia[] = ['pendiente', 'en-proceso', 'vencido', 'sin-seguimiento', 'cumplido', 'cancelado'];

/** Statuses that still owe something (what the list of open agreements shows). */
export const ESTADOS_ABIERTOS: ReadonlySet<EstadoAlDia> = new Set(['pendiente', 'en-proceso', 'vencido']);

/**
 * Statuses not reported as settled: the open ones plus those with no follow-up at all, which
 * the list of agreements to watch shows too (nothing says they were carried out).
 */
export const ESTADOS_SIN_CERRAR: ReadonlySet<EstadoAlDia> = new Set([...ESTADOS_ABIERTOS, 'sin-seguimiento']);

/** `vencido` when the deadline has passed (the deadline day itself is still on time). */
export function statusOnDate(estadoActual: EstadoActual, plazo: string | undefined, hoy: string): EstadoAlDia {
  const abierto = estadoActual === 'pendiente' || estadoActual === 'en-proceso';
  return abierto && plazo !== undefined && plazo < hoy ? 'vencido' : estadoActual;
}

/** Whole days from `desde` to `hasta` (both `AAAA-MM-DD`); negative when `hasta` is earlier. */
export function daysBetween(desde: string, hasta: string): number {
  return Math.round((Date.parse(`${hasta}T00:00:00Z`) - Date.parse(`${desde}T00:00:00Z`)) / 86_400_000);
}
