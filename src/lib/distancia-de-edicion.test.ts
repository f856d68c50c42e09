import { describe, expect, test } from 'vitest';
import { editDistance } from './distancia-de-edicion.ts';

describe('editDistance', () => {
  test('counts insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('stl', 'stll')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('Jocotitlán', 'Jocotitlán')).toBe(0);
  });

  test('stops past the limit and says limit + 1', () => {
    expect(editDistance('abc', 'abcdefgh', 2)).toBe(3);
    expect(editDistance('toluca', 'zinacantepec', 2)).toBe(3);
    expect(editDistance('tolúka', 'toluca', 2)).toBe(2);
  });
});
