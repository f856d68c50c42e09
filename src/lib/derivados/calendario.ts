/**
 * A planned session's status comes from the sessions actually held: staff only write
 * `reprogramada` or `cancelada` by hand.
 */
import type { SesionDatos } from '../../schemas/sesion.ts';
import type { EntradaDeCalendario, EstadoDeCalendario } from '../../schemas/tablas.ts';

interface SesionLike {
  id: string;
  data: Pick<SesionDatos, 'organo' | 'fecha' | 'estado' | 'tipo' | 'numero'>;
}

export interface EstadoDeEntrada {
  estado: EstadoDeCalendario;
  /** Held session matched to the entry, when there is one. */
  sesion?: string;
}

/**
 * Derives the status of one calendar entry:
 * 1. an explicit `sesion` that was held → celebrada;
 * 2. a hand-written `cancelada` or `reprogramada` → as written;
 * 3. a held session of the same body on the planned date → celebrada;
 * 4. otherwise → programada.
 */
export function calendarEntryStatus(entrada: EntradaDeCalendario, sesiones: readonly SesionLike[]): EstadoDeEntrada {
  const celebradas = sesiones.filter((s) => s.data.organo === entrada.organo && s.data.estado === 'celebrada');
  if (entrada.sesion) {
    const explicit = celebradas.find((s) => s.id === entrada.sesion);
    if (explicit) return { estado: 'celebrada', sesion: explicit.id };
  }
  if (entrada.estado === 'cancelada' || entrada.estado === 'reprogramada') return { estado: entrada.estado };
  const sameDay = celebradas.find((s) => s.data.fecha === entrada.fecha_programada);
  if (sameDay) return { estado: 'celebrada', sesion: sameDay.id };
  return { estado: 'programada' };
}

/** The next planned session on or after `hoy` that is still `programada`, across all bodies. */
export function nextPlannedSession(entradas: readonly EntradaDeCalendario[], sesiones: readonly SesionLike[], hoy: string): EntradaDeCalendario | undefined {
  return [...entradas]
    .filter((e) => e.fecha_programada >= hoy && calendarEntryStatus(e, sesiones).estado === 'programada')
    .sort((a, b) => a.fecha_programada.localeCompare(b.fecha_programada))[0];
}
