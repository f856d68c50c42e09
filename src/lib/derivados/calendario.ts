/**
 * A planned session's status comes from the sessions actually held and from the build's
 * reference date: staff only write `reprogramada`, `cancelada` or `propuesta-no-aprobada` by hand.
 */
import type { SesionDatos } from '../../schemas/sesion.ts';
import type { EntradaDeCalendario, EstadoDeCalendario } from '../../schemas/tablas.ts';

interface SesionLike {
  id: string;
  data: Pick<SesionDatos, 'organo' | 'fecha' | 'estado' | 'tipo' | 'numero'>;
}

/**
 * `sin-registro`: the planned date has passed and no session held that day is recorded. The
 * sources do not say it was held, nor that it was not, so the site says exactly that.
 */
export type EstadoDerivadoDeCalendario = EstadoDeCalendario | 'sin-registro';

export const ETIQUETA_SIN_REGISTRO = 'Sin registro de celebración';

/** A calendar entry as written, or as assembled with its derived status (which it may then carry). */
export type EntradaConOSinEstado = Omit<EntradaDeCalendario, 'estado'> & { estado?: EstadoDerivadoDeCalendario };

export interface EstadoDeEntrada {
  estado: EstadoDerivadoDeCalendario;
  /** Held session matched to the entry, when there is one. */
  sesion?: string;
}

const ESCRITOS_A_MANO: readonly EstadoDeCalendario[] = ['cancelada', 'reprogramada', 'propuesta-no-aprobada'];

/**
 * Derives the status of one calendar entry as of `hoy` (the build's reference date):
 * 1. an explicit `sesion` that was held → celebrada;
 * 2. a hand-written `cancelada`, `reprogramada` or `propuesta-no-aprobada` → as written;
 * 3. a held session of the same body on the planned date → celebrada;
 * 4. a planned date before `hoy` → sin-registro (no source records the session);
 * 5. otherwise → programada.
 */
export function calendarEntryStatus(entrada: EntradaConOSinEstado, sesiones: readonly SesionLike[], hoy: string): EstadoDeEntrada {
  const celebradas = sesiones.filter((s) => s.data.organo === entrada.organo && s.data.estado === 'celebrada');
  if (entrada.sesion) {
    const explicit = celebradas.find((s) => s.id === entrada.sesion);
    if (explicit) return { estado: 'celebrada', sesion: explicit.id };
  }
  if (entrada.estado && entrada.estado !== 'sin-registro' && ESCRITOS_A_MANO.includes(entrada.estado)) return { estado: entrada.estado };
  const sameDay = celebradas.find((s) => s.data.fecha === entrada.fecha_programada);
  if (sameDay) return { estado: 'celebrada', sesion: sameDay.id };
  return { estado: entrada.fecha_programada < hoy ? 'sin-registro' : 'programada' };
}

/** Whether the entry is a date the body approved (a proposal it did not approve never was one). */
export function isApprovedDate(entrada: { estado?: EstadoDerivadoDeCalendario }): boolean {
  return entrada.estado !== 'propuesta-no-aprobada';
}

/** The next planned session on or after `hoy` that is still `programada`, across all bodies. */
export function nextPlannedSession<T extends EntradaConOSinEstado>(entradas: readonly T[], sesiones: readonly SesionLike[], hoy: string): T | undefined {
  return [...entradas]
    .filter((e) => e.fecha_programada >= hoy && calendarEntryStatus(e, sesiones, hoy).estado === 'programada')
    .sort((a, b) => a.fecha_programada.localeCompare(b.fecha_programada))[0];
}

/**
 * A session record's status as of `hoy`: one only announced or planned (`programada`) whose date
 * has passed reads «sin registro de celebración», never «programada» years later.
 */
export function sessionStatusAsOf(sesion: Pick<SesionDatos, 'estado' | 'fecha'>, hoy: string): SesionDatos['estado'] | 'sin-registro' {
  return sesion.estado === 'programada' && sesion.fecha < hoy ? 'sin-registro' : sesion.estado;
}
