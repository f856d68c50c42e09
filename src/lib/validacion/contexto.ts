/**
 * What the validation rules share: validated records, the way a rule reports a problem at a
 * field, and reference checks between collections.
 */
import type { Documento, SesionDatos } from '../../schemas/sesion.ts';
import type { RegistroLeido, Ruta } from '../lectura/lectura.ts';
import type { Problema } from '../lectura/problema.ts';
import { closestId } from './sugerencia.ts';

/** A validated record together with where it came from. */
export interface Validado<T> {
  registro: RegistroLeido;
  id: string;
  datos: T;
}

/** Reports a problem at a field of a record. */
export type InformarError = (registro: RegistroLeido, ruta: Ruta, mensaje: string, nivel?: Problema['nivel']) => void;

/** Checks that a field names an existing record; an absent value is fine. */
export type ComprobarReferencia = (registro: RegistroLeido, ruta: Ruta, valor?: string) => void;

export type Colecciones = 'institucion' | 'organo' | 'persona' | 'sesion' | 'compromiso';

/** Everything the rules over tables need to know about the rest of the content. */
export interface ContextoDeReglas {
  error: InformarError;
  REF: Record<Colecciones, ComprobarReferencia>;
  refAcuerdo: ComprobarReferencia;
  acuerdos: Map<string, { sesion: Validado<SesionDatos>; indice: number }>;
  sesiones: Validado<SesionDatos>[];
  sesionPorId: Map<string, Validado<SesionDatos>>;
  sesionIds: Set<string>;
  acuerdoIds: Set<string>;
  /** Ids of records that failed their schema: references to them are not reported again. */
  idsConErrores: Set<string>;
  /** The build's reference date, `AAAA-MM-DD`. */
  hoy: string;
  organoIds: Set<string>;
  /** Checks the original documents a record lists (`documentos.ts`). */
  checkDocuments: (registro: RegistroLeido, documentos: Documento[]) => void;
}

/**
 * Reference checks against `known` ids, with a «¿quiso decir …?» when one is close. With
 * `desconocidos`, the ids are unknown (their file could not be read): that one error is reported
 * already, and nothing that follows from it is.
 */
export function referenceChecker(error: InformarError, idsConErrores: Set<string>) {
  return (known: Set<string>, what: string, where: string, desconocidos = false): ComprobarReferencia =>
    (registro, ruta, value) => {
      if (value === undefined || known.has(value) || idsConErrores.has(value) || desconocidos) return;
      const parecido = closestId(value, known);
      const sugerencia = parecido ? `; ¿quiso decir «${parecido}»?` : '';
      error(registro, ruta, `no existe ${what} con el identificador «${value}»${sugerencia} (se esperaba uno de ${where})`);
    };
}
