/**
 * Relations between sessions: ordering, grouping for lists and per-person attendance.
 */
import type { Asistente, SesionDatos } from '../../schemas/sesion.ts';

interface SesionLike {
  id: string;
  data: Pick<SesionDatos, 'organo' | 'fecha'> & Partial<Pick<SesionDatos, 'asistentes'>>;
}

/** Oldest first; same-day sessions by id, so order never depends on file-system order. */
export function bySessionDate<T extends SesionLike>(a: T, b: T): number {
  return a.data.fecha.localeCompare(b.data.fecha) || a.id.localeCompare(b.id);
}

/** Previous and next session of the same body. */
export function adjacentSessions<T extends SesionLike>(sesiones: readonly T[], id: string): { anterior?: T; siguiente?: T } {
  const actual = sesiones.find((s) => s.id === id);
  if (!actual) return {};
  const mismas = sesiones.filter((s) => s.data.organo === actual.data.organo).sort(bySessionDate);
  const index = mismas.findIndex((s) => s.id === id);
  return { anterior: mismas[index - 1], siguiente: mismas[index + 1] };
}

export interface GrupoDeSesiones<T> {
  organo: string;
  anios: { anio: number; sesiones: T[] }[];
}

/** Sessions grouped by body (in `ordenDeOrganos` order) and year (newest first). */
export function groupByBodyAndYear<T extends SesionLike>(sesiones: readonly T[], ordenDeOrganos: readonly string[]): GrupoDeSesiones<T>[] {
  const organos = [...new Set([...ordenDeOrganos, ...sesiones.map((s) => s.data.organo)])];
  return organos
    .map((organo) => {
      const propias = sesiones.filter((s) => s.data.organo === organo).sort(bySessionDate).reverse();
      const anios = [...new Set(propias.map((s) => Number(s.data.fecha.slice(0, 4))))];
      return { organo, anios: anios.map((anio) => ({ anio, sesiones: propias.filter((s) => s.data.fecha.startsWith(String(anio))) })) };
    })
    .filter((grupo) => grupo.anios.length);
}

export interface Asistencia<T> {
  sesion: T;
  asistente: Asistente;
}

/** Sessions a person attended, oldest first, with the post held each time. */
export function attendanceOf<T extends SesionLike>(sesiones: readonly T[], personaId: string): Asistencia<T>[] {
  return [...sesiones].sort(bySessionDate).flatMap((sesion) =>
    (sesion.data.asistentes ?? []).filter((a) => a.persona === personaId).map((asistente) => ({ sesion, asistente })),
  );
}
