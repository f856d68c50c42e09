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

/**
 * Follow-up reports grouped by agreement, each history oldest first (file order breaks ties).
 * One pass over the table, so a build with tens of thousands of agreements does not rescan it
 * for every agreement.
 */
export function agreementHistories(seguimientos: readonly SeguimientoDeAcuerdo[]): Map<string, SeguimientoDeAcuerdo[]> {
  const porAcuerdo = new Map<string, SeguimientoDeAcuerdo[]>();
  for (const s of seguimientos) {
    const historial = porAcuerdo.get(s.acuerdo);
    if (historial) historial.push(s);
    else porAcuerdo.set(s.acuerdo, [s]);
  }
  // Array.prototype.sort is stable, so reports of the same day keep their file order.
  for (const historial of porAcuerdo.values()) historial.sort((a, b) => a.fecha.localeCompare(b.fecha));
  return porAcuerdo;
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

export interface AcuerdosDelAnio<T> {
  anio: number;
  /** Newest session first; within a session, in the order the minutes list them. */
  acuerdos: T[];
}

/**
 * One body's agreements by year of adoption, newest year first: the yearly pages
 * (`/organos/<id>/acuerdos/<año>/`) and the sections through which search finds each agreement.
 */
export function agreementsByYear<T extends Pick<Acuerdo, 'fecha' | 'sesion' | 'orden'>>(acuerdos: readonly T[]): AcuerdosDelAnio<T>[] {
  const porAnio = new Map<number, T[]>();
  for (const acuerdo of acuerdos) {
    const anio = Number(acuerdo.fecha.slice(0, 4));
    const lista = porAnio.get(anio);
    if (lista) lista.push(acuerdo);
    else porAnio.set(anio, [acuerdo]);
  }
  const newestFirst = (a: T, b: T) => b.fecha.localeCompare(a.fecha) || b.sesion.localeCompare(a.sesion) || a.orden - b.orden;
  return [...porAnio].sort(([a], [b]) => b - a).map(([anio, lista]) => ({ anio, acuerdos: lista.sort(newestFirst) }));
}
