/**
 * Dates and times as minutes print them, in words or digits: «dieciséis de diciembre de dos mil
 * veintidós», «16 de diciembre de 2022», «jueves 7 de julio de 2022», «once horas con cuatro
 * minutos», «17:00 horas», «a las 17:00 hrs.».
 */
import { foldWithPositions } from '../documentos/normalizar.ts';
import { isNumberWord, parseCardinal } from './palabras.ts';

const MESES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];

export interface FechaEncontrada {
  /** `AAAA-MM-DD`, or `--MM-DD` when the text gives no year. */
  valor: string;
  /** Where it starts and ends in the text given. */
  inicio: number;
  fin: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

function isRealDay(anio: number, mes: number, dia: number): boolean {
  const fecha = new Date(Date.UTC(anio, mes - 1, dia));
  return fecha.getUTCFullYear() === anio && fecha.getUTCMonth() === mes - 1 && fecha.getUTCDate() === dia;
}

/** Longest run of words at the end of `palabras` that reads as a number in range. */
function numberBefore(palabras: string[], maximo: number): { valor: number; cuantas: number } | undefined {
  for (let n = Math.min(4, palabras.length); n >= 1; n--) {
    const trozo = palabras.slice(palabras.length - n);
    if (!trozo.every((p) => /^\d+$/.test(p) || isNumberWord(p)) || trozo[0] === 'y') continue;
    const valor = parseCardinal(trozo.join(' '));
    if (valor !== undefined && valor >= 1 && valor <= maximo) return { valor, cuantas: n };
  }
  return undefined;
}

/** Longest run of words at the start of `palabras` that reads as a year. */
function yearAfter(palabras: string[]): { valor: number; cuantas: number } | undefined {
  for (let n = Math.min(6, palabras.length); n >= 1; n--) {
    const trozo = palabras.slice(0, n);
    if (!trozo.every((p) => /^\d+$/.test(p) || isNumberWord(p)) || trozo[n - 1] === 'y') continue;
    const valor = parseCardinal(trozo.join(' '));
    if (valor !== undefined && valor >= 1900 && valor <= 2199) return { valor, cuantas: n };
  }
  return undefined;
}

/** Every date in a text, in order. */
export function findDates(texto: string): FechaEncontrada[] {
  const { plegado, origen } = foldWithPositions(texto);
  const palabras: { p: string; inicio: number; fin: number }[] = [];
  for (const m of plegado.matchAll(/[a-z0-9]+/g)) palabras.push({ p: m[0], inicio: m.index, fin: m.index + m[0].length });
  const encontradas: FechaEncontrada[] = [];
  for (let i = 0; i < palabras.length; i++) {
    const mes = MESES.indexOf(palabras[i].p) + 1;
    if (mes === 0 || palabras[i - 1]?.p !== 'de') continue;
    const dia = numberBefore(
      palabras.slice(Math.max(0, i - 5), i - 1).map((w) => w.p),
      31,
    );
    if (!dia) continue;
    const primera = i - 1 - dia.cuantas;
    let ultima = i;
    let anio: number | undefined;
    if (palabras[i + 1]?.p === 'de' || palabras[i + 1]?.p === 'del') {
      const salto = palabras[i + 2]?.p === 'ano' ? 3 : 2;
      const year = yearAfter(palabras.slice(i + salto, i + salto + 6).map((w) => w.p));
      if (year) {
        anio = year.valor;
        ultima = i + salto + year.cuantas - 1;
      }
    }
    if (anio !== undefined && !isRealDay(anio, mes, dia.valor)) continue;
    const valor = anio !== undefined ? `${anio}-${pad(mes)}-${pad(dia.valor)}` : `--${pad(mes)}-${pad(dia.valor)}`;
    const inicio = origen[palabras[primera].inicio];
    const fin = origen[palabras[ultima].fin - 1] + 1;
    encontradas.push({ valor, inicio, fin });
  }
  return encontradas;
}

/** Completes a date printed without a year («17 de junio») with the next such day after `desde`. */
export function completeYear(valor: string, desde: string): string {
  if (!valor.startsWith('--')) return valor;
  const anio = Number(desde.slice(0, 4));
  const mismoAnio = `${anio}${valor.slice(1)}`;
  return mismoAnio >= desde ? mismoAnio : `${anio + 1}${valor.slice(1)}`;
}

export interface HoraEncontrada {
  /** `HH:MM`, 24 hours. */
  valor: string;
  inicio: number;
  fin: number;
}

const NUMERO_EN_PALABRAS = '(?:[a-záéíóúñ]+(?:\\s+y\\s+[a-záéíóúñ]+)?)';
const HORA = new RegExp(
  `\\blas\\s+(?:(\\d{1,2})(?::|\\.)(\\d{2})|(\\d{1,2}|${NUMERO_EN_PALABRAS}))\\s*(?:horas|hrs\\.?|h\\b)(?:\\s+con\\s+(\\d{1,2}|${NUMERO_EN_PALABRAS})\\s+minutos)?`,
  'giu',
);

/** Every time of day in a text, in order. */
export function findTimes(texto: string): HoraEncontrada[] {
  const horas: HoraEncontrada[] = [];
  for (const m of texto.matchAll(HORA)) {
    const hora = m[1] !== undefined ? Number(m[1]) : parseCardinal(m[3]);
    const minutos = m[2] !== undefined ? Number(m[2]) : m[4] !== undefined ? parseCardinal(m[4]) : 0;
    if (hora === undefined || minutos === undefined || hora > 23 || minutos > 59) continue;
    horas.push({ valor: `${pad(hora)}:${pad(minutos)}`, inicio: m.index, fin: m.index + m[0].length });
  }
  return horas;
}
