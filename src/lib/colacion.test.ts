import { describe, expect, it } from 'vitest';
import { compareIdentifiers, compareSpanishWithNumbers } from './colacion.ts';

describe('collations', () => {
  it('compare numbers inside texts by value', () => {
    expect(['stl-2022-12-16-10', 'stl-2022-12-16-2', 'stl-2022-12-16-1'].sort(compareIdentifiers)).toEqual([
      'stl-2022-12-16-1',
      'stl-2022-12-16-2',
      'stl-2022-12-16-10',
    ]);
    expect(['Órgano 10', 'órgano 9', 'Ayuntamiento'].sort(compareSpanishWithNumbers)).toEqual(['Ayuntamiento', 'órgano 9', 'Órgano 10']);
  });

  it('order as localeCompare with the same locale and options does', () => {
    const textos = ['a-10', 'a-9', 'A-9', 'ñandú 2', 'nube 10', 'nube 2', 'Éxito', 'exito', 'z', '2020', '2019', ''];
    expect([...textos].sort(compareIdentifiers)).toEqual([...textos].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })));
    expect([...textos].sort(compareSpanishWithNumbers)).toEqual([...textos].sort((a, b) => a.localeCompare(b, 'es', { numeric: true })));
  });
});
