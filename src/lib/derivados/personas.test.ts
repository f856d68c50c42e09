import { describe, expect, test } from 'vitest';
import { distinctPosts } from './personas.ts';

describe('distinctPosts', () => {
  test('keeps each post and representation once, in the order given', () => {
    expect(
      distinctPosts([
        { cargo: 'Comisionada Presidenta', representacion: 'Órgano Garante' },
        { cargo: 'Regidora' },
        { cargo: 'Comisionada Presidenta ', representacion: 'Órgano Garante' },
        { cargo: 'Regidora', representacion: '' },
        { cargo: 'Comisionada Presidenta' },
      ]),
    ).toEqual([{ cargo: 'Comisionada Presidenta', representacion: 'Órgano Garante' }, { cargo: 'Regidora' }, { cargo: 'Comisionada Presidenta' }]);
  });

  test('is empty for a person with no attendance', () => {
    expect(distinctPosts([])).toEqual([]);
  });
});
