/**
 * The search facets, shared by the pages that mark records for the index and by the search page.
 * Keys are the `data-pagefind-filter` names (ASCII, stable: they appear in shared /buscar/ URLs);
 * labels are what people read.
 */
import { compareIdentifiers } from '../colacion.ts';

export const FILTROS = [
  { clave: 'tipo', etiqueta: 'Tipo de registro' },
  { clave: 'organo', etiqueta: 'Órgano' },
  { clave: 'anio', etiqueta: 'Año' },
  { clave: 'estado', etiqueta: 'Estado del acuerdo' },
  { clave: 'eje', etiqueta: 'Eje del compromiso' },
  { clave: 'municipio', etiqueta: 'Municipio' },
] as const;

export type ClaveDeFiltro = (typeof FILTROS)[number]['clave'];

export const CLAVES_DE_FILTRO: readonly ClaveDeFiltro[] = FILTROS.map((f) => f.clave);

export function isFilterKey(valor: string): valor is ClaveDeFiltro {
  return (CLAVES_DE_FILTRO as readonly string[]).includes(valor);
}

/** Label of a facet, for legends and summaries. */
export function filterLabel(clave: ClaveDeFiltro): string {
  return FILTROS.find((f) => f.clave === clave)!.etiqueta;
}

/** Record types as shown in results and in the «Tipo de registro» facet, in display order. */
export const TIPOS_DE_REGISTRO = ['Sesión', 'Acuerdo', 'Compromiso', 'Evento', 'Encuesta', 'Órgano', 'Persona', 'Conjunto de datos'] as const;
export type TipoDeRegistro = (typeof TIPOS_DE_REGISTRO)[number];

/**
 * Values of a facet in the order people expect: record types in their fixed order, years newest
 * first, everything else alphabetically in Spanish.
 */
export function sortFilterValues(clave: ClaveDeFiltro, valores: Iterable<string>): string[] {
  const lista = [...new Set(valores)];
  if (clave === 'anio') return lista.sort((a, b) => compareIdentifiers(b, a));
  if (clave === 'tipo') {
    const posicion = (v: string) => {
      const i = (TIPOS_DE_REGISTRO as readonly string[]).indexOf(v);
      return i === -1 ? TIPOS_DE_REGISTRO.length : i;
    };
    return lista.sort((a, b) => posicion(a) - posicion(b) || a.localeCompare(b, 'es'));
  }
  return lista.sort((a, b) => a.localeCompare(b, 'es'));
}
