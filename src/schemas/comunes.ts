/**
 * Field types shared by every collection. Each one carries its own Spanish message so that
 * `validate` and the build can tell staff exactly what a field expects.
 */
import { z } from 'astro/zod';
import { isRealDate } from './texto-de-fecha.ts';

/** Identifier used in URLs and references: lowercase letters, digits and single hyphens. */
export const identificador = z.string({ error: 'se esperaba un identificador (texto)' }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: 'se esperaba un identificador con minúsculas sin acentos, números y guiones (p. ej. «stl-2022-12-16»)',
});

/**
 * A calendar date written as `AAAA-MM-DD`. YAML front matter parsers turn unquoted dates into
 * `Date` objects, so those are accepted and normalised back to the ISO string.
 */
export const fecha = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z
    .string({ error: 'se esperaba una fecha con el formato AAAA-MM-DD' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'se esperaba una fecha real con el formato AAAA-MM-DD (p. ej. 2022-12-16)' })
    .refine(isRealDate, { error: 'se esperaba una fecha real con el formato AAAA-MM-DD (p. ej. 2022-12-16)' }),
);

/** A time of day in 24-hour `HH:MM`, written between quotes in YAML ("11:04"). */
export const hora = z
  .string({ error: 'se esperaba una hora entre comillas con el formato "HH:MM" (p. ej. "11:04")' })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'se esperaba una hora con el formato HH:MM de 24 horas (p. ej. "17:00")' });

/** Non-empty free text; surrounding blanks are trimmed. */
export const texto = z.string({ error: 'se esperaba un texto' }).trim().min(1, { error: 'no puede estar vacío' });

/** Absolute web address. */
export const url = z.url({ error: 'se esperaba una dirección web completa (https://…)' });

/** Hex SHA-256 digest of a published file. */
export const sha256 = z
  .string({ error: 'se esperaba un SHA-256 (64 caracteres hexadecimales)' })
  .regex(/^[0-9a-f]{64}$/, { error: 'se esperaba un SHA-256 de 64 caracteres hexadecimales en minúsculas' });

/**
 * A number written as a number (YAML) or as the text of one (a CSV cell). Unlike `z.coerce`,
 * nothing else becomes a number: `true` and an empty cell are refused, not read as 1 and 0.
 */
export function numeroEscrito<T extends z.ZodNumber>(schema: T) {
  return z.preprocess((value) => {
    if (typeof value !== 'string' || !/^\s*-?\d+(?:\.\d+)?\s*$/.test(value)) return value;
    return Number(value);
  }, schema);
}

/** Positive whole number (session numbers, list positions). */
export const entero = numeroEscrito(
  z
    .number({ error: 'se esperaba un número entero' })
    .int({ error: 'se esperaba un número entero' })
    .positive({ error: 'se esperaba un número entero mayor que cero' }),
);

/** Where a fact comes from: a document and, optionally, the passage or page. */
export const fuente = z.object({
  documento: texto.describe('Título del documento fuente (p. ej. «Acta de la Décimo Quinta Sesión Ordinaria del STL»).'),
  nota: texto.optional().describe('Qué dice la fuente sobre este registro, o en qué parte.'),
  sesion: identificador.optional().describe('Sesión cuyos documentos son la fuente, si la hay.'),
});
export type Fuente = z.infer<typeof fuente>;

/**
 * The words of a source that report a status or a phase. Required wherever a status is stated,
 * so nothing is published that a source does not say (CONTRIBUTING.md, «No inferir»).
 */
export const cita = z
  .string({ error: 'falta la cita: copie las palabras de la fuente que informan este estado (regla «no inferir», CONTRIBUTING.md)' })
  .trim()
  .min(1, { error: 'falta la cita: copie las palabras de la fuente que informan este estado (regla «no inferir», CONTRIBUTING.md)' });

/** The source of a status or phase: the document (and session) and the words that report it. */
export const fuenteDeEstado = z.strictObject(
  {
    documento: texto.describe('Título del documento fuente (p. ej. «Acta de la Décimo Quinta Sesión Ordinaria del STL»).'),
    sesion: identificador.optional().describe('Sesión cuyos documentos son la fuente, si la hay.'),
    nota: texto.optional().describe('En qué parte del documento (p. ej. «Punto V»).'),
    cita: cita.describe('Palabras de la fuente que informan el estado, copiadas tal cual (una frase breve).'),
  },
  { error: 'falta la fuente: indique el documento y la cita que informan este estado (regla «no inferir», CONTRIBUTING.md)' },
);
export type FuenteDeEstado = z.infer<typeof fuenteDeEstado>;

/**
 * An enumeration whose accepted values are the keys of a label table, so the Spanish labels
 * shown on the site and the values staff write are declared in one place.
 */
export function enumOf<T extends Record<string, string>>(labels: T, what: string) {
  const keys = Object.keys(labels) as [keyof T & string, ...(keyof T & string)[]];
  return z.enum(keys, { error: `se esperaba ${what}: ${keys.join(', ')}` });
}
