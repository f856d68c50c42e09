/**
 * Runs a record through its zod schema and turns every issue into a located Spanish problem.
 */
import { z } from 'astro/zod';
import type { Problema } from './problema.ts';
import type { RegistroLeido, Ruta } from './lectura.ts';

/**
 * Zod's Spanish wording for the rare issue a schema gives no message of its own, passed to each
 * parse rather than set as zod's global locale, so importing this module changes nothing else.
 */
const ESPANOL = z.locales.es().localeError;

/** `acuerdos[2].votacion` from `['acuerdos', 2, 'votacion']`. */
export function fieldName(ruta: Ruta): string {
  return ruta.reduce<string>((name, segment) => (typeof segment === 'number' ? `${name}[${segment}]` : name ? `${name}.${segment}` : segment), '');
}

function valueAt(data: unknown, ruta: Ruta): unknown {
  let value = data;
  for (const segment of ruta) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}

/** Validates `registro` against `schema`; returns the parsed value (or undefined) and its problems. */
export function validateRecord<S extends z.ZodType>(
  schema: S,
  registro: RegistroLeido,
  datos: unknown = registro.datos,
): { valor?: z.infer<S>; problemas: Problema[] } {
  const result = schema.safeParse(datos, { error: ESPANOL });
  if (result.success) return { valor: result.data, problemas: [] };
  const problemas = result.error.issues.flatMap((issue): Problema[] => {
    const ruta = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        archivo: registro.archivo,
        ...registro.ubicar([...ruta, key], true),
        campo: fieldName([...ruta, key]),
        mensaje: `campo no reconocido «${key}» (revise cómo está escrito; los nombres de campo van en minúsculas y sin acentos)`,
        nivel: 'error',
      }));
    }
    const missing = issue.code === 'invalid_type' && valueAt(datos, ruta) === undefined;
    return [
      {
        archivo: registro.archivo,
        ...registro.ubicar(ruta),
        campo: fieldName(ruta) || undefined,
        mensaje: missing ? `falta este campo obligatorio (${issue.message})` : issue.message,
        nivel: 'error',
      },
    ];
  });
  // A value can fail two checks with one message (a date neither AAAA-MM-DD nor a real day).
  const vistos = new Set<string>();
  return { problemas: problemas.filter((p) => !vistos.has(`${p.campo}\0${p.mensaje}`) && Boolean(vistos.add(`${p.campo}\0${p.mensaje}`))) };
}
