/**
 * Personal data in free-text answers: e-mail addresses, Mexican phone numbers, CURP and RFC.
 * A survey whose free text holds any of them does not build: the export must be cleaned first
 * (it is published in the repository too).
 */

export type TipoDeDatoPersonal = 'correo' | 'telefono' | 'curp' | 'rfc';

export const NOMBRES_DE_DATO_PERSONAL: Record<TipoDeDatoPersonal, string> = {
  correo: 'un correo electrónico',
  telefono: 'un número de teléfono',
  curp: 'una CURP',
  rfc: 'un RFC',
};

export interface DatoPersonal {
  tipo: TipoDeDatoPersonal;
  /** The matched text. */
  valor: string;
  /** Offset in the text. */
  indice: number;
}

const CORREO = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const ESTADOS = 'AS|BC|BS|CC|CL|CM|CS|CH|DF|DG|GT|GR|HG|JC|MC|MN|MS|NT|NL|OC|PL|QT|QR|SP|SL|SR|TC|TS|TL|VZ|YN|ZS|NE';
const CURP = new RegExp(
  `(?<![\\p{L}\\p{N}])[A-Z][AEIOUX][A-Z]{2}\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])[HMX](?:${ESTADOS})[B-DF-HJ-NP-TV-Z]{3}[A-Z\\d]\\d(?![\\p{L}\\p{N}])`,
  'giu',
);
/** Persona física (4 letters) or moral (3), birth/incorporation date, optional 3-character homoclave. */
const RFC = /(?<![\p{L}\p{N}])[A-ZÑ&]{3,4}\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:[A-Z\d]{3})?(?![\p{L}\p{N}])/giu;
/** 10 national digits, optionally with +52 (and the old mobile 1), in the usual groupings. */
const TELEFONO = /(?<![\d\p{L}])(?:\+?\s?52[\s.-]?(?:1[\s.-]?)?)?(?:\(\s?\d{2,3}\s?\)|\d{2,3})[\s.-]?\d{3,4}[\s.-]?\d{4}(?![\d\p{L}])/gu;

function matches(re: RegExp, text: string, tipo: TipoDeDatoPersonal): DatoPersonal[] {
  return [...text.matchAll(re)].map((m) => ({ tipo, valor: m[0], indice: m.index ?? 0 }));
}

/** Every piece of personal data in `text`, in order of appearance. */
export function findPersonalData(text: string): DatoPersonal[] {
  // Every kind needs an «@» or, in nine characters or more, two digits in a row: most cells of an
  // export (options, short numbers) are skipped without running the expressions.
  if (!text || (!text.includes('@') && (text.length < 9 || !/\d\d/.test(text)))) return [];
  const correos = matches(CORREO, text, 'correo');
  const curps = matches(CURP, text, 'curp');
  const overlaps = (d: DatoPersonal, others: DatoPersonal[]) =>
    others.some((o) => d.indice < o.indice + o.valor.length && o.indice < d.indice + d.valor.length);
  const rfcs = matches(RFC, text, 'rfc').filter((d) => !overlaps(d, [...curps, ...correos]));
  const telefonos = matches(TELEFONO, text, 'telefono').filter((d) => {
    const digitos = d.valor.replace(/\D/g, '');
    const nacional = digitos.length === 10 || (digitos.startsWith('52') && (digitos.length === 12 || (digitos.length === 13 && digitos[2] === '1')));
    return nacional && !overlaps(d, [...curps, ...correos, ...rfcs]);
  });
  return [...correos, ...curps, ...rfcs, ...telefonos].sort((a, b) => a.indice - b.indice);
}

/** Keeps a hint of the value for the report without repeating it whole: «jua…@…», «55…78». */
export function maskPersonalData(dato: DatoPersonal): string {
  if (dato.tipo === 'correo') return `${dato.valor.slice(0, 3)}…@…`;
  const limpio = dato.valor.replace(/\s/g, '');
  return `${limpio.slice(0, 2)}…${limpio.slice(-2)}`;
}

/**
 * A header that says its column holds who answered: a name, e-mail, phone, CURP, RFC or address
 * («Correo electrónico», «Nombre», «datos_contacto/telefono»). Only the last part of a group
 * path counts; headers about a municipality («Nombre de su municipio») do not.
 */
export function personalDataHeader(encabezado: string): TipoDeDatoPersonal | 'nombre' | 'domicilio' | undefined {
  const ultimo = encabezado.split('/').at(-1) ?? encabezado;
  const h = ultimo
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[_\-.:¿?()]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (/municipio|alcaldia|localidad|dependencia|institucion|organizacion/.test(h)) return undefined;
  if (/^(su |tu )?(correo( electronico)?|e ?mail|email address)\b/.test(h)) return 'correo';
  if (/^(su |tu )?(telefono|celular|numero (de )?(telefono|celular)|whatsapp)\b/.test(h)) return 'telefono';
  if (/^curp\b/.test(h)) return 'curp';
  if (/^rfc\b/.test(h)) return 'rfc';
  if (/^(su |tu )?(nombre(s)?( completo| y apellidos?)?|apellidos?( paterno| materno)?|full name|name)$/.test(h)) return 'nombre';
  if (/^(su |tu )?(domicilio|direccion( completa)?|calle)$/.test(h)) return 'domicilio';
  return undefined;
}

/** What a personal-data column holds, as a message says it. */
export const NOMBRES_DE_COLUMNA_PERSONAL: Record<NonNullable<ReturnType<typeof personalDataHeader>>, string> = {
  ...NOMBRES_DE_DATO_PERSONAL,
  nombre: 'nombres de personas',
  domicilio: 'domicilios',
};

/** Cells that hold no personal data although their column is for it (Microsoft Forms writes «anonymous»). */
export const ANONIMO = /^(anonymous|an[oó]nim[oa]|n\/?a|no aplica|-+)$/i;
