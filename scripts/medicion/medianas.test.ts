import { describe, expect, it } from 'vitest';
import { cpuRatio, median, medianCpu, medianRun } from './medianas.ts';
import type { Medicion } from './proceso.ts';

const corrida = (segundos: number, cpuSegundos?: number): Medicion => ({
  segundos,
  cpuSegundos,
  memoriaPicoMB: segundos * 100,
  memoriaPicoNodeMB: 0,
  codigo: 0,
});

describe('medians of repeated runs', () => {
  it('takes the middle value, the lower one of an even count', () => {
    expect(median([8.2, 7.7, 8.3, 7.9, 8.2])).toBe(8.2);
    expect(median([4, 1, 3, 2])).toBe(2);
  });

  it('reports the run with the median time, with its own memory', () => {
    const corridas = [corrida(9.1), corrida(7.4), corrida(8.0)];
    expect(medianRun(corridas)).toBe(corridas[2]);
    expect(medianRun(corridas).memoriaPicoMB).toBe(800);
  });

  it('takes the median CPU time apart from the median wall time', () => {
    const nuestras = [corrida(9.1, 11.0), corrida(7.4, 12.5), corrida(8.0, 10.2)];
    const basicas = [corrida(4.6, 5.1), corrida(4.9, 5.5), corrida(5.0, 6.0)];
    expect(medianCpu(nuestras)).toBe(11);
    expect(cpuRatio(nuestras, basicas)).toBe(2);
  });

  it('gives no CPU figure when a run has none (not Linux)', () => {
    expect(medianCpu([corrida(1, 2), corrida(1)])).toBeUndefined();
    expect(cpuRatio([corrida(1, 2)], [corrida(1)])).toBeUndefined();
  });
});
