/**
 * Numbers written in Spanish words, as minutes print them: cardinals («dos mil veintidós»,
 * «cuarenta») and ordinals («Décimo Quinta», «Tercera», «1ra», «4a»). Roman numerals too.
 */
import { foldName } from '../documentos/normalizar.ts';

const UNIDADES: Record<string, number> = {
  cero: 0,
  un: 1,
  uno: 1,
  una: 1,
  primero: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  nueve: 9,
  diez: 10,
  once: 11,
  doce: 12,
  trece: 13,
  catorce: 14,
  quince: 15,
  dieciseis: 16,
  diecisiete: 17,
  dieciocho: 18,
  diecinueve: 19,
  veinte: 20,
  veintiun: 21,
  veintiuno: 21,
  veintiuna: 21,
  veintidos: 22,
  veintitres: 23,
  veinticuatro: 24,
  veinticinco: 25,
  veintiseis: 26,
  veintisiete: 27,
  veintiocho: 28,
  veintinueve: 29,
};
const DECENAS: Record<string, number> = {
  treinta: 30,
  cuarenta: 40,
  cincuenta: 50,
  sesenta: 60,
  setenta: 70,
  ochenta: 80,
  noventa: 90,
};
const CENTENAS: Record<string, number> = {
  cien: 100,
  ciento: 100,
  doscientos: 200,
  trescientos: 300,
  cuatrocientos: 400,
  quinientos: 500,
  seiscientos: 600,
  setecientos: 700,
  ochocientos: 800,
  novecientos: 900,
};

/** Whether a folded word can be part of a cardinal number. */
export function isNumberWord(palabra: string): boolean {
  return palabra in UNIDADES || palabra in DECENAS || palabra in CENTENAS || palabra === 'mil' || palabra === 'y';
}

/** Value of a number below 1000 in words, or undefined when the words are not one. */
function below1000(palabras: string[]): number | undefined {
  let i = 0;
  let total = 0;
  if (palabras[i] in CENTENAS) total += CENTENAS[palabras[i++]];
  if (i < palabras.length && palabras[i] in DECENAS) {
    total += DECENAS[palabras[i++]];
    if (palabras[i] === 'y') {
      const unidad = UNIDADES[palabras[i + 1]];
      if (unidad === undefined || unidad < 1 || unidad > 9) return undefined;
      total += unidad;
      i += 2;
    }
  } else if (i < palabras.length && palabras[i] in UNIDADES) {
    total += UNIDADES[palabras[i++]];
  }
  return i === palabras.length && palabras.length > 0 ? total : undefined;
}

/**
 * A cardinal number from its words or digits: «veintiocho» → 28, «dos mil veintidós» → 2022,
 * «16» → 16. Undefined when the text is not exactly one number.
 */
export function parseCardinal(texto: string): number | undefined {
  const limpio = texto.trim();
  if (/^\d+$/.test(limpio)) return Number(limpio);
  const palabras = foldName(limpio).split(' ').filter(Boolean);
  if (palabras.length === 0) return undefined;
  const mil = palabras.indexOf('mil');
  if (mil < 0) return below1000(palabras);
  const antes = mil === 0 ? 1 : below1000(palabras.slice(0, mil));
  const despues = mil === palabras.length - 1 ? 0 : below1000(palabras.slice(mil + 1));
  if (antes === undefined || despues === undefined) return undefined;
  return antes * 1000 + despues;
}

const ORDINALES: Record<string, number> = {
  primer: 1,
  primero: 1,
  primera: 1,
  segundo: 2,
  segunda: 2,
  tercer: 3,
  tercero: 3,
  tercera: 3,
  cuarto: 4,
  cuarta: 4,
  quinto: 5,
  quinta: 5,
  sexto: 6,
  sexta: 6,
  septimo: 7,
  septima: 7,
  octavo: 8,
  octava: 8,
  noveno: 9,
  novena: 9,
  decimo: 10,
  decima: 10,
  undecimo: 11,
  undecima: 11,
  duodecimo: 12,
  duodecima: 12,
  vigesimo: 20,
  vigesima: 20,
  trigesimo: 30,
  trigesima: 30,
  cuadragesimo: 40,
  cuadragesima: 40,
  quincuagesimo: 50,
  quincuagesima: 50,
};
const ORDINAL_TENS = ['decim', 'vigesim', 'trigesim', 'cuadragesim', 'quincuagesim'];

/** Value of one folded ordinal word, splitting the fused forms («decimoquinta» → 15). */
function ordinalWord(palabra: string): number | undefined {
  if (palabra in ORDINALES) return ORDINALES[palabra];
  for (const decena of ORDINAL_TENS) {
    if (palabra.startsWith(decena) && palabra.length > decena.length + 1) {
      const resto = palabra.slice(decena.length + 1);
      const unidad = ORDINALES[resto];
      if (unidad !== undefined && unidad < 10) return ORDINALES[`${decena}o`] + unidad;
    }
  }
  return undefined;
}

/**
 * An ordinal number: «Décimo Quinta» → 15, «Tercera» → 3, «1ra», «2da», «4a», «15.ª» → the digits.
 * Undefined when the text is not exactly one ordinal.
 */
export function parseOrdinal(texto: string): number | undefined {
  const digitos = /^(\d+)\s*(?:\.?\s*[ºªoa]|ra|da|er|do|to|vo|mo|no|va|ta)?\.?$/i.exec(texto.trim());
  if (digitos) return Number(digitos[1]);
  const palabras = foldName(texto).split(' ').filter(Boolean);
  if (palabras.length === 0 || palabras.length > 2) return undefined;
  const valores = palabras.map(ordinalWord);
  if (valores.some((v) => v === undefined)) return undefined;
  const [primero, segundo] = valores as number[];
  if (segundo === undefined) return primero;
  return primero >= 10 && primero % 10 === 0 && segundo < 10 ? primero + segundo : undefined;
}

/** Ordinal words as a pattern, for finding them in running text (longest forms first). */
export const PATRON_ORDINAL =
  '(?:(?:d[ée]cim[oa]|vig[ée]sim[oa]|trig[ée]sim[oa])\\s*(?:primer[oa]?|segund[oa]|tercer[oa]?|cuart[oa]|quint[oa]|sext[oa]|s[ée]ptim[oa]|octav[oa]|noven[oa])|primer[oa]?|segund[oa]|tercer[oa]?|cuart[oa]|quint[oa]|sext[oa]|s[ée]ptim[oa]|octav[oa]|noven[oa]|und[ée]cim[oa]|duod[ée]cim[oa]|d[ée]cim[oa]|vig[ée]sim[oa]|trig[ée]sim[oa]|\\d+\\s*(?:\\.?\\s*[ºª]|ra|da|er|a|o)\\.?)';

const ROMANOS: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** «XV» → 15; undefined for anything that is not a well-formed Roman numeral up to 399. */
export function parseRoman(texto: string): number | undefined {
  const limpio = texto.trim().toUpperCase();
  if (!/^C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/.test(limpio) || limpio === '') return undefined;
  let total = 0;
  for (let i = 0; i < limpio.length; i++) {
    const valor = ROMANOS[limpio[i]];
    const siguiente = ROMANOS[limpio[i + 1]] ?? 0;
    total += valor < siguiente ? -valor : valor;
  }
  return total;
}

/** Value of a printed list number, Roman or Arabic («IV» → 4, «4» → 4). */
export function listNumberValue(numero: string): number | undefined {
  return /^\d+$/.test(numero) ? Number(numero) : parseRoman(numero);
}
