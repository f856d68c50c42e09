/**
 * Dates for people, in Mexican Spanish. Dates are kept as `AAAA-MM-DD` strings everywhere, so
 * formatting never shifts a day across time zones and output does not depend on the machine's ICU.
 */
import { datePartsOf } from '../schemas/texto-de-fecha.ts';

const MESES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'] as const;
const DIAS = ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'] as const;

function parts(fecha: string): [number, number, number] {
  const partes = datePartsOf(fecha);
  if (!partes) throw new Error(`Fecha no válida: ${fecha}`);
  return partes;
}

/** «16 de diciembre de 2022». */
export function formatDate(fecha: string): string {
  const [y, m, d] = parts(fecha);
  return `${d} de ${MESES[m - 1]} de ${y}`;
}

/** «viernes 16 de diciembre de 2022». */
export function formatDateWithWeekday(fecha: string): string {
  const [y, m, d] = parts(fecha);
  return `${DIAS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]} ${formatDate(fecha)}`;
}

/** «diciembre de 2022». */
export function formatMonth(fecha: string): string {
  const [y, m] = parts(fecha);
  return `${MESES[m - 1]} de ${y}`;
}

/** «4 al 12 de noviembre de 2021», «30 de junio al 2 de julio de 2023». */
export function formatDateRange(inicio: string, fin?: string): string {
  if (!fin || fin === inicio) return formatDate(inicio);
  const [y1, m1, d1] = parts(inicio);
  const [y2, m2] = parts(fin);
  if (y1 === y2 && m1 === m2) return `${d1} al ${formatDate(fin)}`;
  if (y1 === y2) return `${d1} de ${MESES[m1 - 1]} al ${formatDate(fin)}`;
  return `${formatDate(inicio)} al ${formatDate(fin)}`;
}

/** «11:04 h». */
export function formatTime(hora: string): string {
  return `${hora} h`;
}

/** Year of an ISO date. */
export function yearOf(fecha: string): number {
  return parts(fecha)[0];
}

/** Mexico City calendar date (UTC−6, no daylight saving since 2022) of an ISO timestamp. */
export function mexicoCityDate(iso: string): string {
  return new Date(new Date(iso).getTime() - 6 * 3600_000).toISOString().slice(0, 10);
}

/** Today as `AAAA-MM-DD` in Mexico City, or `FECHA_DE_REFERENCIA` when set (reproducible builds). */
export function today(env: Record<string, string | undefined> = process.env, now = new Date()): string {
  if (env.FECHA_DE_REFERENCIA && /^\d{4}-\d{2}-\d{2}$/.test(env.FECHA_DE_REFERENCIA)) return env.FECHA_DE_REFERENCIA;
  return mexicoCityDate(now.toISOString());
}
