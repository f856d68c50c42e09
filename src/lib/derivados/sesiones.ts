/**
 * Ordering and grouping of sessions for lists.
 */
import type { SesionDatos } from '../../schemas/sesion.ts';

interface SesionLike {
  id: string;
  data: Pick<SesionDatos, 'organo' | 'fecha'>;
}

/** Oldest first; same-day sessions by id, so order never depends on file-system order. */
export function bySessionDate<T extends SesionLike>(a: T, b: T): number {
  return a.data.fecha.localeCompare(b.data.fecha) || a.id.localeCompare(b.id);
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
      const propias = sesiones
        .filter((s) => s.data.organo === organo)
        .sort(bySessionDate)
        .reverse();
      const anios = [...new Set(propias.map((s) => Number(s.data.fecha.slice(0, 4))))];
      return { organo, anios: anios.map((anio) => ({ anio, sesiones: propias.filter((s) => s.data.fecha.startsWith(String(anio))) })) };
    })
    .filter((grupo) => grupo.anios.length);
}
