/**
 * Agreements are declared inside their session; these functions publish them as records of
 * their own and derive their current status from the dated follow-up history.
 */
import type { AcuerdoDeclarado, SesionDatos } from '../../schemas/sesion.ts';
import type { EstadoDeAcuerdo, SeguimientoDeAcuerdo } from '../../schemas/tablas.ts';

export interface Acuerdo extends AcuerdoDeclarado {
  /** Session that adopted it. */
  sesion: string;
  /** Body of that session. */
  organo: string;
  /** Date of adoption (the session's date). */
  fecha: string;
  /** Position among the session's agreements, from 1. */
  orden: number;
}

interface SesionLike {
  id: string;
  data: Pick<SesionDatos, 'organo' | 'fecha' | 'acuerdos'>;
}

/** All agreements of all sessions, oldest session first, in the order the minutes list them. */
export function flattenAgreements(sesiones: readonly SesionLike[]): Acuerdo[] {
  return [...sesiones]
    .sort((a, b) => a.data.fecha.localeCompare(b.data.fecha) || a.id.localeCompare(b.id))
    .flatMap((sesion) =>
      sesion.data.acuerdos.map((acuerdo, index) => ({
        ...acuerdo,
        sesion: sesion.id,
        organo: sesion.data.organo,
        fecha: sesion.data.fecha,
        orden: index + 1,
      })),
    );
}

/** Follow-up reports of one agreement, oldest first (file order breaks ties). */
export function agreementHistory(acuerdoId: string, seguimientos: readonly SeguimientoDeAcuerdo[]): SeguimientoDeAcuerdo[] {
  return seguimientos
    .map((s, index) => ({ s, index }))
    .filter(({ s }) => s.acuerdo === acuerdoId)
    .sort((a, b) => a.s.fecha.localeCompare(b.s.fecha) || a.index - b.index)
    .map(({ s }) => s);
}

export type EstadoActual = EstadoDeAcuerdo | 'sin-seguimiento';

export const ETIQUETA_SIN_SEGUIMIENTO = 'Sin seguimiento registrado';

/** Latest reported status, or `sin-seguimiento` when nothing has been reported. */
export function currentAgreementStatus(historial: readonly SeguimientoDeAcuerdo[]): EstadoActual {
  return historial.length ? historial[historial.length - 1].estado : 'sin-seguimiento';
}

/** Agreements that share a printed key, so pages can explain the repetition. */
export function repeatedKeys(acuerdos: readonly Acuerdo[]): Map<string, Acuerdo[]> {
  const byKey = new Map<string, Acuerdo[]>();
  for (const acuerdo of acuerdos) {
    if (!acuerdo.clave) continue;
    byKey.set(acuerdo.clave, [...(byKey.get(acuerdo.clave) ?? []), acuerdo]);
  }
  return new Map([...byKey].filter(([, list]) => list.length > 1));
}
