import { describe, expect, test } from 'vitest';
import { TurnosDeBusqueda } from './turnos.ts';

describe('TurnosDeBusqueda', () => {
  test('only the latest search is current', () => {
    const turnos = new TurnosDeBusqueda();
    const primera = turnos.start('q=carnet');
    expect(turnos.isCurrent(primera)).toBe(true);
    const segunda = turnos.start('q=carnet+juridico');
    expect(turnos.isCurrent(primera)).toBe(false);
    expect(turnos.isCurrent(segunda)).toBe(true);
    expect(turnos.current()).toBe(segunda);
  });

  test('knows the search on screen, so the same one is not run again', () => {
    const turnos = new TurnosDeBusqueda();
    expect(turnos.isShowing('')).toBe(false);
    turnos.start('q=carnet');
    expect(turnos.isShowing('q=carnet')).toBe(true);
    expect(turnos.isShowing('q=carne')).toBe(false);
  });

  test('a stale failure is ignored; the latest one forgets the search, so it can be retried', () => {
    const turnos = new TurnosDeBusqueda();
    const vieja = turnos.start('q=a');
    const nueva = turnos.start('q=b');
    expect(turnos.fail(vieja)).toBe(false);
    expect(turnos.isShowing('q=b')).toBe(true);
    expect(turnos.fail(nueva)).toBe(true);
    expect(turnos.isShowing('q=b')).toBe(false);
  });
});
