/**
 * The pages search finds agreements in: one per body, year and status
 * (`/organos/<id>/acuerdos/<año>/<estado>/`). Pagefind filters whole pages, not their sections,
 * so a status facet is exact only when every agreement of an indexed page has the same status;
 * splitting each yearly page by status keeps that true while adding at most one page per status
 * (never one per agreement, see `anclas.ts`).
 */
import { ESTADOS_AL_DIA, type EstadoAlDia } from '../seguimiento/estado.ts';

export interface AcuerdosConUnEstado<T> {
  estado: EstadoAlDia;
  acuerdos: T[];
}

/** The agreements grouped by their status as of the build's date, in the dashboards' order; each group keeps the order given. */
export function groupByStatus<T extends { estadoAlDia: EstadoAlDia }>(acuerdos: readonly T[]): AcuerdosConUnEstado<T>[] {
  return ESTADOS_AL_DIA.map((estado) => ({ estado, acuerdos: acuerdos.filter((a) => a.estadoAlDia === estado) })).filter((g) => g.acuerdos.length > 0);
}
