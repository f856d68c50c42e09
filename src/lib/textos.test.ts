import { describe, expect, it } from 'vitest';
import { agreementReference, agreementTitle } from './textos.ts';

describe('how an agreement is named', () => {
  const sesion = { titulo: 'Segunda Sesión Ordinaria' };
  it('by its printed key', () => {
    expect(agreementReference({ clave: 'STL/XV/3/2022', orden: 3 }, sesion)).toBe('STL/XV/3/2022');
    expect(agreementTitle({ clave: 'STL/XV/3/2022', orden: 3 }, sesion)).toBe('Acuerdo STL/XV/3/2022');
  });
  it('without a key, by its place in its session, never by its internal id', () => {
    expect(agreementReference({ orden: 2 }, sesion)).toBe('2 de la segunda sesión ordinaria');
    expect(`Aprobado por el acuerdo ${agreementReference({ orden: 2 }, sesion)}.`).toBe('Aprobado por el acuerdo 2 de la segunda sesión ordinaria.');
    expect(agreementTitle({ orden: 2 }, sesion)).toBe('Acuerdo 2 de la segunda sesión ordinaria');
  });
});
