import { describe, expect, test } from 'vitest';
import { inOrder } from './lotes.ts';

function deferred<T>() {
  let resolve!: (valor: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((si, no) => {
    resolve = si;
    reject = no;
  });
  return { promise, resolve, reject };
}

describe('inOrder', () => {
  test('gives each value in order as soon as those before it arrived', async () => {
    const [a, b, c] = [deferred<string>(), deferred<string>(), deferred<string>()];
    const vistos: string[] = [];
    const recorrido = (async () => {
      for await (const valor of inOrder([a.promise, b.promise, c.promise])) vistos.push(valor);
    })();
    c.resolve('c');
    b.resolve('b');
    await new Promise((listo) => setTimeout(listo, 0));
    expect(vistos).toEqual([]);
    a.resolve('a');
    await recorrido;
    expect(vistos).toEqual(['a', 'b', 'c']);
  });

  test('the first value does not wait for a later one', async () => {
    const [a, b] = [deferred<number>(), deferred<number>()];
    const iterador = inOrder([a.promise, b.promise]);
    a.resolve(1);
    expect(await iterador.next()).toEqual({ value: 1, done: false });
    b.resolve(2);
    expect(await iterador.next()).toEqual({ value: 2, done: false });
    expect((await iterador.next()).done).toBe(true);
  });

  test('stops at a failed value, leaving no unhandled rejection behind it', async () => {
    const sinAtender: unknown[] = [];
    const anotar = (razon: unknown) => sinAtender.push(razon);
    process.on('unhandledRejection', anotar);
    try {
      const vistos: number[] = [];
      const fallida = Promise.reject(new Error('sin datos'));
      const tardia = Promise.reject(new Error('también'));
      await expect(
        (async () => {
          for await (const valor of inOrder([Promise.resolve(1), fallida, tardia])) vistos.push(valor);
        })(),
      ).rejects.toThrow('sin datos');
      await new Promise((listo) => setTimeout(listo, 0));
      expect(vistos).toEqual([1]);
      expect(sinAtender).toEqual([]);
    } finally {
      process.off('unhandledRejection', anotar);
    }
  });
});
