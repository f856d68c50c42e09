/**
 * Dates written as `AAAA-MM-DD`, read digit by digit: every date of every page, schema check and
 * published row goes through here. No imports, so browser code can use it too.
 */

/** Days of each month of a common year. */
const DIAS_DEL_MES = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The number written with the ASCII digits of `texto` from `desde` to `hasta`, or -1. */
function digitsAt(texto: string, desde: number, hasta: number): number {
  let n = 0;
  for (let i = desde; i < hasta; i++) {
    const cifra = texto.charCodeAt(i) - 48;
    if (cifra < 0 || cifra > 9) return -1;
    n = n * 10 + cifra;
  }
  return n;
}

/**
 * Year, month and day of a text of the form `AAAA-MM-DD` (ASCII digits), or `undefined`; not
 * checked against the calendar (see `isRealDate`).
 */
export function datePartsOf(texto: string): [number, number, number] | undefined {
  if (texto.length !== 10 || texto[4] !== '-' || texto[7] !== '-') return undefined;
  const partes: [number, number, number] = [digitsAt(texto, 0, 4), digitsAt(texto, 5, 7), digitsAt(texto, 8, 10)];
  return partes.includes(-1) ? undefined : partes;
}

/** True when `y-m-d` is a real calendar day (rejects 2022-02-30), of a year from 0100 on. */
export function isRealDate(value: string): boolean {
  const partes = datePartsOf(value);
  if (!partes) return false;
  const [y, m, d] = partes;
  // Years below 100 were never accepted (JavaScript dates read them as 19xx).
  if (y < 100 || m < 1 || m > 12 || d < 1) return false;
  const bisiesto = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (m === 2 && bisiesto ? 29 : DIAS_DEL_MES[m - 1]);
}
