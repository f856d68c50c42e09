/**
 * Process compliance of a body: sessions held against those planned each year, gaps of more
 * than six months between meetings (the Open Government Partnership asks a multi-stakeholder
 * forum to meet at least every six months) and agreements whose follow-up has gone quiet.
 * Pure: the reference date and the threshold in days are parameters.
 */
import { isApprovedDate, type EstadoDerivadoDeCalendario } from '../derivados/calendario.ts';
import { daysBetween, ESTADOS_SIN_CERRAR, type EstadoAlDia } from './estado.ts';
import { yearOf } from '../fechas.ts';

export interface SesionParaCumplimiento {
  id: string;
  fecha: string;
  estado: 'celebrada' | 'programada' | 'cancelada';
  tipo?: string;
  /** The body's own numbering, which reveals sessions held but not recorded here. */
  numero?: number;
}

/** The facts compliance needs from a session record (`{ id, data }`). */
export function sessionForCompliance(s: { id: string; data: Omit<SesionParaCumplimiento, 'id'> }): SesionParaCumplimiento {
  return { id: s.id, fecha: s.data.fecha, estado: s.data.estado, tipo: s.data.tipo, numero: s.data.numero };
}

export interface EntradaParaCumplimiento {
  anio: number;
  estado: EstadoDerivadoDeCalendario;
}

export interface Intervalo {
  desde: string;
  hasta: string;
  /** Sessions that open and close the gap. */
  sesionAnterior: string;
  sesionSiguiente: string;
  dias: number;
  /**
   * Ordinary sessions that the numbering shows were held in between but have no record here:
   * then the gap is in the records, not in the meetings, and is not counted as one.
   */
  sesionesSinRegistro?: number;
}

export interface CumplimientoDelAnio {
  anio: number;
  /** Sessions in the body's calendar for the year; `undefined` when no calendar is published (unknown, not 0). */
  programadas?: number;
  /** Of those, how many the calendar shows as held. */
  programadasCelebradas?: number;
  /** Sessions held that year, planned or not. */
  celebradas: number;
  /** Gaps of more than six months that end this year. */
  intervalosLargos: number;
}

/** `fecha` plus `meses` calendar months (day clamped to the month's end). */
export function addMonths(fecha: string, meses: number): string {
  const [y, m, d] = fecha.split('-').map(Number);
  const total = y * 12 + (m - 1) + meses;
  const anio = Math.floor(total / 12);
  const mes = (total % 12) + 1;
  const ultimo = new Date(Date.UTC(anio, mes, 0)).getUTCDate();
  return `${anio}-${String(mes).padStart(2, '0')}-${String(Math.min(d, ultimo)).padStart(2, '0')}`;
}

/**
 * Gaps between consecutive held sessions longer than six calendar months. A gap across a jump in
 * the ordinary sessions' numbering (4th, then 14th) is returned with `sesionesSinRegistro`.
 */
export function gapsBetweenSessions(sesiones: readonly SesionParaCumplimiento[]): Intervalo[] {
  const celebradas = sesiones.filter((s) => s.estado === 'celebrada').sort((a, b) => a.fecha.localeCompare(b.fecha) || a.id.localeCompare(b.id));
  const gaps: Intervalo[] = [];
  let ultimaOrdinaria: SesionParaCumplimiento | undefined;
  for (let i = 0; i < celebradas.length; i++) {
    const b = celebradas[i];
    const a = celebradas[i - 1];
    if (a && b.fecha > addMonths(a.fecha, 6)) {
      const salto = b.tipo === 'ordinaria' && b.numero !== undefined && ultimaOrdinaria?.numero !== undefined ? b.numero - ultimaOrdinaria.numero - 1 : 0;
      gaps.push({
        desde: a.fecha,
        hasta: b.fecha,
        sesionAnterior: a.id,
        sesionSiguiente: b.id,
        dias: daysBetween(a.fecha, b.fecha),
        ...(salto > 0 ? { sesionesSinRegistro: salto } : {}),
      });
    }
    if (b.tipo === 'ordinaria' && b.numero !== undefined) ultimaOrdinaria = b;
  }
  return gaps;
}

/** Gaps of more than six months that the records show were real (no unrecorded session inside). */
export function longGaps(sesiones: readonly SesionParaCumplimiento[]): Intervalo[] {
  return gapsBetweenSessions(sesiones).filter((g) => g.sesionesSinRegistro === undefined);
}

/** Held against planned sessions, year by year (oldest first), over every year with either. */
export function yearlyCompliance(sesiones: readonly SesionParaCumplimiento[], entradas: readonly EntradaParaCumplimiento[]): CumplimientoDelAnio[] {
  const anioDe = yearOf;
  // A proposed date the body did not approve was never part of its calendar.
  const calendario = entradas.filter(isApprovedDate);
  const gaps = longGaps(sesiones);
  const anios = [...new Set([...sesiones.filter((s) => s.estado === 'celebrada').map((s) => anioDe(s.fecha)), ...calendario.map((e) => e.anio)])].sort(
    (a, b) => a - b,
  );
  return anios.map((anio) => {
    const plan = calendario.filter((e) => e.anio === anio);
    return {
      anio,
      programadas: plan.length ? plan.length : undefined,
      programadasCelebradas: plan.length ? plan.filter((e) => e.estado === 'celebrada').length : undefined,
      celebradas: sesiones.filter((s) => s.estado === 'celebrada' && anioDe(s.fecha) === anio).length,
      intervalosLargos: gaps.filter((g) => anioDe(g.hasta) === anio).length,
    };
  });
}

export interface AcuerdoParaCumplimiento {
  id: string;
  fecha: string;
  estadoAlDia: EstadoAlDia;
  historial: readonly { fecha: string }[];
}

export interface AcuerdoSinSeguimientoReciente<T> {
  acuerdo: T;
  /** Latest report, or the adoption when nothing was reported. */
  desde: string;
  dias: number;
}

/** Agreements not reported settled whose latest news (report or adoption) is more than `dias` old. */
export function staleAgreements<T extends AcuerdoParaCumplimiento>(acuerdos: readonly T[], hoy: string, dias: number): AcuerdoSinSeguimientoReciente<T>[] {
  return acuerdos
    .filter((a) => ESTADOS_SIN_CERRAR.has(a.estadoAlDia))
    .map((acuerdo) => {
      const desde = acuerdo.historial.at(-1)?.fecha ?? acuerdo.fecha;
      return { acuerdo, desde, dias: daysBetween(desde, hoy) };
    })
    .filter((x) => x.dias > dias)
    .sort((a, b) => a.desde.localeCompare(b.desde) || a.acuerdo.id.localeCompare(b.acuerdo.id));
}

export interface CumplimientoDeOrgano<T> {
  anios: (CumplimientoDelAnio & { acuerdosSinSeguimientoReciente: number })[];
  /** Every gap of more than six months, including those across unrecorded sessions. */
  intervalos: Intervalo[];
  sinSeguimientoReciente: AcuerdoSinSeguimientoReciente<T>[];
}

/** Everything the compliance section of a body's page and the compliance dataset show. */
export function bodyCompliance<T extends AcuerdoParaCumplimiento>(
  sesiones: readonly SesionParaCumplimiento[],
  calendario: readonly EntradaParaCumplimiento[],
  acuerdos: readonly T[],
  hoy: string,
  dias: number,
): CumplimientoDeOrgano<T> {
  const sinSeguimientoReciente = staleAgreements(acuerdos, hoy, dias);
  // Counted once by year, not once per year shown.
  const porAnio = new Map<number, number>();
  for (const x of sinSeguimientoReciente) {
    const anio = yearOf(x.acuerdo.fecha);
    porAnio.set(anio, (porAnio.get(anio) ?? 0) + 1);
  }
  const anios = yearlyCompliance(sesiones, calendario).map((a) => ({ ...a, acuerdosSinSeguimientoReciente: porAnio.get(a.anio) ?? 0 }));
  return { anios, intervalos: gapsBetweenSessions(sesiones), sinSeguimientoReciente };
}
