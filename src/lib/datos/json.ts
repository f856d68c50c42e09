/**
 * JSON copy of a dataset: the exact values, typed (numbers as numbers, lists as arrays, absent
 * values as `null`), with the metadata a reader needs to use it without the site at hand.
 */
import type { Conjunto, Fila, Licencia } from './tipos.ts';

export interface MetadatosJson {
  /** Absolute URL of the dataset page. */
  url: string;
  licencia: Licencia;
  /** Update date, AAAA-MM-DD. */
  actualizado: string;
}

export function writeJson(conjunto: Conjunto, filas: readonly Fila[], meta: MetadatosJson): string {
  const documento = {
    conjunto: conjunto.slug,
    titulo: conjunto.titulo,
    descripcion: conjunto.descripcion,
    ...(conjunto.sintetico ? { sintetico: true, aviso: AVISO_SINTETICO } : {}),
    url: meta.url,
    licencia: meta.licencia,
    ...(conjunto.fuente ? { fuente: conjunto.fuente } : {}),
    actualizado: meta.actualizado,
    campos: conjunto.campos.map((c) => c.nombre),
    clave_primaria: conjunto.clavePrimaria,
    numero_de_filas: filas.length,
    filas,
  };
  return JSON.stringify(documento, null, 2) + '\n';
}

/** Notice shown on every page and file of a synthetic dataset. */
export const AVISO_SINTETICO = 'Datos sintéticos de demostración: no son datos reales. Se publican solo para mostrar cómo se verán los datos cuando existan.';
