import { describe, expect, it } from 'vitest';
import { closestId } from './sugerencia.ts';

describe('«¿quiso decir …?» for ids', () => {
  const organos = ['stl', 'cgatp', 'grupo-operativo-stl'];

  it('suggests the id one slip away', () => {
    expect(closestId('stll', organos)).toBe('stl');
    expect(closestId('jose-martinez-vilches', ['jose-martinez-vilchis', 'luis-gustavo-parra-noriega'])).toBe('jose-martinez-vilchis');
  });

  it('suggests nothing for an id unlike any, nor another date for a mistyped one', () => {
    expect(closestId('infoem', organos)).toBeUndefined();
    expect(closestId('stl-2022-12-16', ['stl-2021-11-26'])).toBeUndefined();
  });
  it('suggests for a typo of a short id, the first alphabetically on a tie, and nothing among no ids', () => {
    expect(closestId('cgaytp', ['stl', 'cgatp'])).toBe('cgatp');
    expect(closestId('ab', ['ad', 'ac'])).toBe('ac');
    expect(closestId('comision-de-transparencia', ['stl', 'cgatp'])).toBeUndefined();
    expect(closestId('stl', [])).toBeUndefined();
  });
});
