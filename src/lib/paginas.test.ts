import { describe, expect, it } from 'vitest';
import { pagePath, paginate } from './paginas.ts';

describe('paginate', () => {
  it('splits a list into numbered pages with their ranges', () => {
    const pages = paginate([1, 2, 3, 4, 5], 2);
    expect(pages.map((p) => [p.numero, p.elementos, p.desde, p.hasta])).toEqual([
      [1, [1, 2], 1, 2],
      [2, [3, 4], 3, 4],
      [3, [5], 5, 5],
    ]);
    expect(pages.every((p) => p.total === 3)).toBe(true);
  });
  it('always has a first page, even for an empty list', () => {
    expect(paginate([], 10)).toEqual([{ numero: 1, total: 1, elementos: [], desde: 0, hasta: 0 }]);
  });
  it('keeps the list address for page 1', () => {
    expect(pagePath('/acuerdos/', 1)).toBe('/acuerdos/');
    expect(pagePath('/acuerdos/', 3)).toBe('/acuerdos/pagina/3/');
  });
});
