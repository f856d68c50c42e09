/**
 * What the follow-up dashboard shows, from the agreements with their status on the reference
 * date: counts overall and by body, responsible institution and year, and the open agreements.
 */
import { breakdownByStatus, countByStatus, openAgreements, type AcuerdoAbierto, type ConteoPorEstado, type Desglose } from './conteos.ts';
import type { EstadoAlDia } from './estado.ts';
import { yearOf } from '../fechas.ts';

export interface AcuerdoDeTablero {
  id: string;
  organo: string;
  fecha: string;
  plazo?: string;
  responsable?: { institucion?: string; persona?: string };
  estadoAlDia: EstadoAlDia;
  historial: readonly { fecha: string; nota?: string }[];
}

export interface Tablero<T> {
  conteo: ConteoPorEstado;
  abiertos: AcuerdoAbierto<T>[];
}

/** Counts and open list of one set of agreements (the whole site, or one breakdown page). */
export function dashboard<T extends AcuerdoDeTablero>(acuerdos: readonly T[], hoy: string): Tablero<T> {
  return { conteo: countByStatus(acuerdos), abiertos: openAgreements(acuerdos, hoy) };
}

export interface Desgloses {
  porOrgano: Desglose<string>[];
  porInstitucion: Desglose<string>[];
  /** Newest year first. */
  porAnio: Desglose<number>[];
  /** Agreements whose source names no responsible institution. */
  sinInstitucion: number;
}

export function breakdowns(acuerdos: readonly AcuerdoDeTablero[]): Desgloses {
  return {
    porOrgano: breakdownByStatus(acuerdos, (a) => a.organo),
    porInstitucion: breakdownByStatus(acuerdos, (a) => a.responsable?.institucion),
    porAnio: breakdownByStatus(
      acuerdos,
      (a) => yearOf(a.fecha),
      (a, b) => b - a,
    ),
    sinInstitucion: acuerdos.filter((a) => !a.responsable?.institucion).length,
  };
}
