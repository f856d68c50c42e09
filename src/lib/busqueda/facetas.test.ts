import { describe, expect, test } from 'vitest';
import { parseSearchParams } from './consulta.ts';
import { activeFiltersLabel, facetGroups, valueCountLabel } from './facetas.ts';

describe('facetGroups', () => {
  const totales = { tipo: { Persona: 3, Sesión: 12, Acuerdo: 40 }, anio: { '2021': 5, '2022': 9 }, eje: {} };

  test('lists the groups in facet order, values in display order, with ids unique per position', () => {
    const grupos = facetGroups(totales, parseSearchParams(''));
    expect(grupos.map((g) => [g.clave, g.etiqueta])).toEqual([
      ['tipo', 'Tipo de registro'],
      ['anio', 'Año'],
    ]);
    expect(grupos[0].casillas).toEqual([
      { valor: 'Sesión', id: 'filtro-tipo-0', marcada: false },
      { valor: 'Acuerdo', id: 'filtro-tipo-1', marcada: false },
      { valor: 'Persona', id: 'filtro-tipo-2', marcada: false },
    ]);
    expect(grupos[1].casillas.map((c) => c.valor)).toEqual(['2022', '2021']);
  });

  test('ticks the values of the address and keeps one the site no longer has', () => {
    const grupos = facetGroups(totales, parseSearchParams('anio=2022&organo=STL'));
    expect(grupos.find((g) => g.clave === 'organo')?.casillas).toEqual([{ valor: 'STL', id: 'filtro-organo-0', marcada: true }]);
    expect(grupos.find((g) => g.clave === 'anio')?.casillas.map((c) => [c.valor, c.marcada])).toEqual([
      ['2022', true],
      ['2021', false],
    ]);
  });

  test('an index without facet data gives no groups', () => {
    expect(facetGroups({}, parseSearchParams('q=x'))).toEqual([]);
  });
});

describe('facet labels', () => {
  test('a value counts 0 when the search found nothing with it', () => {
    expect(valueCountLabel({ tipo: { Sesión: 12 } }, 'tipo', 'Sesión')).toBe('(12)');
    expect(valueCountLabel({ tipo: { Sesión: 12 } }, 'tipo', 'Acuerdo')).toBe('(0)');
    expect(valueCountLabel({}, 'anio', '2022')).toBe('(0)');
  });

  test('the active filters are counted in singular or plural, and not at all when none', () => {
    expect(activeFiltersLabel(0)).toBe('');
    expect(activeFiltersLabel(1)).toBe('(1 activo)');
    expect(activeFiltersLabel(3)).toBe('(3 activos)');
  });
});
