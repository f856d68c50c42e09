import type { Loader, LoaderContext } from 'astro/loaders';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeStoreOnce } from './escritura-unica.ts';

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

/** A context whose meta store records when it is set, and a loader that takes `ms` to load. */
function slowLoad(ms: number, falla = false) {
  const sets: number[] = [];
  const contexto = { meta: { set: () => void sets.push(Date.now()) } } as unknown as LoaderContext;
  const loader: Loader = {
    name: 'lento',
    load: () => new Promise<void>((resolve, reject) => setTimeout(() => (falla ? reject(new Error('falló')) : resolve()), ms)),
  };
  return { sets, contexto, loader };
}

/** The longest time between two consecutive moments of `tiempos`. */
const longestGap = (tiempos: number[]) => Math.max(...tiempos.slice(1).map((t, i) => t - tiempos[i]));

describe('holding back the store writes while a loader runs', () => {
  it('sets the store again more often than Astro’s half second, while the loader runs, and stops after it', async () => {
    const { sets, contexto, loader } = slowLoad(3_000);
    const inicio = Date.now();
    const carga = writeStoreOnce(loader).load(contexto);
    await vi.advanceTimersByTimeAsync(3_000);
    await carga;
    expect(sets.length).toBeGreaterThan(10);
    expect(longestGap([inicio, ...sets, inicio + 3_000])).toBeLessThan(500);
    const alTerminar = sets.length;
    await vi.advanceTimersByTimeAsync(2_000);
    expect(sets.length).toBe(alTerminar);
  });

  it('stops as well when the loader fails, and passes its error on', async () => {
    const { sets, contexto, loader } = slowLoad(1_000, true);
    const carga = writeStoreOnce(loader).load(contexto);
    const resultado = expect(carga).rejects.toThrow('falló');
    await vi.advanceTimersByTimeAsync(1_000);
    await resultado;
    const alFallar = sets.length;
    await vi.advanceTimersByTimeAsync(2_000);
    expect(sets.length).toBe(alFallar);
  });
});
