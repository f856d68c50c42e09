import { describe, expect, test } from 'vitest';
import {
  countActiveFilters,
  hasSearch,
  LARGO_MAXIMO,
  parseSearchParams,
  toPagefindOptions,
  toPagefindTerm,
  toPreloadTerm,
  toSearchParams,
} from './consulta.ts';

describe('parseSearchParams', () => {
  test('reads the words, facets and order of a shared link', () => {
    const estado = parseSearchParams('?q=carnet+jur%C3%ADdico&tipo=Acuerdo&tipo=Sesi%C3%B3n&anio=2022&orden=recientes');
    expect(estado).toEqual({ q: 'carnet jurídico', filtros: { tipo: ['Acuerdo', 'Sesión'], anio: ['2022'] }, orden: 'recientes' });
  });

  test('collapses spaces, ignores unknown keys, empty and repeated values, and an unknown order', () => {
    const estado = parseSearchParams('q=%20%20STL%2FXV%2F3%2F2022%20%20&foo=bar&organo=&eje=Justicia&eje=Justicia&orden=azar');
    expect(estado).toEqual({ q: 'STL/XV/3/2022', filtros: { eje: ['Justicia'] }, orden: 'relevancia' });
  });

  test('an empty query string is an empty search', () => {
    expect(parseSearchParams('')).toEqual({ q: '', filtros: {}, orden: 'relevancia' });
    expect(hasSearch(parseSearchParams(''))).toBe(false);
  });

  test('cuts very long queries', () => {
    expect(parseSearchParams(`q=${'a'.repeat(5000)}`).q).toHaveLength(LARGO_MAXIMO);
  });
});

describe('toSearchParams', () => {
  test('round-trips, leaving defaults out and facets in a fixed order', () => {
    const estado = parseSearchParams('anio=2021&q=jocotitlan&tipo=Sesi%C3%B3n');
    expect(toSearchParams(estado)).toBe('q=jocotitlan&tipo=Sesi%C3%B3n&anio=2021');
    expect(parseSearchParams(toSearchParams(estado))).toEqual(estado);
    expect(toSearchParams({ q: '', filtros: {}, orden: 'relevancia' })).toBe('');
  });
});

describe('toPagefindOptions', () => {
  test('values of a facet are alternatives; facets combine; order maps to the date sort', () => {
    const estado = parseSearchParams('q=x&tipo=Acuerdo&tipo=Sesi%C3%B3n&organo=STL&orden=antiguos');
    expect(toPagefindOptions(estado)).toEqual({ filters: { tipo: { any: ['Acuerdo', 'Sesión'] }, organo: { any: ['STL'] } }, sort: { fecha: 'asc' } });
    expect(toPagefindOptions(parseSearchParams('q=x&orden=recientes')).sort).toEqual({ fecha: 'desc' });
    expect(toPagefindOptions(parseSearchParams('q=x'))).toEqual({ filters: {} });
  });

  test('counts active filters; filters alone are a search', () => {
    const estado = parseSearchParams('tipo=Acuerdo&anio=2020&anio=2021');
    expect(countActiveFilters(estado)).toBe(3);
    expect(hasSearch(estado)).toBe(true);
  });
});

describe('toPagefindTerm', () => {
  test('leaves out words too common to tell pages apart', () => {
    expect(toPagefindTerm('rendición de cuentas')).toBe('rendición cuentas');
    expect(toPagefindTerm('Carlos de la Peña')).toBe('Carlos Peña');
    expect(toPagefindTerm('Acta De La Sesión')).toBe('Acta Sesión');
  });

  test('keeps keys, names and queries made only of common words as typed', () => {
    expect(toPagefindTerm('STL/XV/3/2022')).toBe('STL/XV/3/2022');
    expect(toPagefindTerm('Jocotitlán')).toBe('Jocotitlán');
    expect(toPagefindTerm('de la')).toBe('de la');
  });

  test('an exact phrase in quotes goes whole', () => {
    expect(toPagefindTerm('"rendición de cuentas"')).toBe('"rendición de cuentas"');
  });
});

describe('toPreloadTerm', () => {
  test('fetches ahead only the words of three letters or more', () => {
    expect(toPreloadTerm('rendición d')).toBe('rendición');
    expect(toPreloadTerm('rendición de cue')).toBe('rendición cue');
    expect(toPreloadTerm('se')).toBeUndefined();
    expect(toPreloadTerm('  ')).toBeUndefined();
    expect(toPreloadTerm('STL/XV')).toBe('STL/XV');
  });

  test('an exact phrase waits for the search', () => {
    expect(toPreloadTerm('"rendición de')).toBeUndefined();
  });
});
