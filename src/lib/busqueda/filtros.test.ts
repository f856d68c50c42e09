import { describe, expect, test } from 'vitest';
import { CLAVES_DE_FILTRO, filterLabel, isFilterKey, sortFilterValues } from './filtros.ts';

describe('filtros', () => {
  test('has the six facets with Spanish labels', () => {
    expect(CLAVES_DE_FILTRO).toEqual(['tipo', 'organo', 'anio', 'estado', 'eje', 'municipio']);
    expect(filterLabel('estado')).toBe('Estado del acuerdo');
    expect(filterLabel('organo')).toBe('Órgano');
    expect(filterLabel('anio')).toBe('Año');
    expect(isFilterKey('tipo')).toBe(true);
    expect(isFilterKey('q')).toBe(false);
  });

  test('orders years newest first, types in their fixed order, the rest alphabetically in Spanish', () => {
    expect(sortFilterValues('anio', ['2019', '2022', '2020', '2022'])).toEqual(['2022', '2020', '2019']);
    expect(sortFilterValues('tipo', ['Persona', 'Acuerdo', 'Otro', 'Sesión'])).toEqual(['Sesión', 'Acuerdo', 'Persona', 'Otro']);
    expect(sortFilterValues('municipio', ['Toluca', 'Ecatepec de Morelos', 'Álvaro Obregón'])).toEqual(['Álvaro Obregón', 'Ecatepec de Morelos', 'Toluca']);
  });
});
