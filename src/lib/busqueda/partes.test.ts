import { describe, expect, test } from 'vitest';
import { listOf, mergedByDate, partFolder, resultsPerPart, withPartFilter } from './partes.ts';

describe('page markup for the index', () => {
  test('adds the part filter to the body element only', () => {
    expect(withPartFilter('<article data-pagefind-body><p data-pagefind-body-x>', 3)).toBe('<article data-pagefind-body data-pagefind-filter="parte:3"><p data-pagefind-body-x>');
  });

  test('part folders: the first is the search folder itself', () => {
    expect([0, 1, 12].map(partFolder)).toEqual(['', 'partes/1/', 'partes/12/']);
  });
});

describe('results across parts', () => {
  test('counts per part come from the part filter counts', () => {
    expect([...resultsPerPart({ parte: { '0': 4, '2': 1 }, tipo: { Sesión: 5 } })]).toEqual([[0, 4], [2, 1]]);
    expect(resultsPerPart(undefined).size).toBe(0);
  });

  test('a known list is taken a page at a time', async () => {
    const lista = listOf([1, 2, 3]);
    expect(await lista.take(2)).toEqual([1, 2]);
    expect(lista.hasMore()).toBe(true);
    expect(await lista.take(2)).toEqual([3]);
    expect(lista.hasMore()).toBe(false);
  });

  // Results are their own sort dates here; each part's list is sorted as Pagefind gives it.
  const partes: Record<number, string[]> = {
    0: ['2022-12-16', '2020-04-02', '2019-10-15'],
    1: [],
    2: ['2022-12-16', '2021-10-28', '2020-06-10'],
  };

  test('newest first: the parts merged by date, equal dates in part order, each part asked once and empty ones never', async () => {
    const pedidas: number[] = [];
    const preguntadas: string[] = [];
    const lista = mergedByDate(
      'desc',
      new Map([[0, 3], [1, 0], [2, 3]]),
      async (numero) => {
        pedidas.push(numero);
        return partes[numero].map((fecha) => ({ fecha, parte: numero }));
      },
      async (r) => {
        preguntadas.push(`${r.parte}:${r.fecha}`);
        return r.fecha;
      },
    );
    expect(lista.hasMore()).toBe(true);
    expect(await lista.take(4)).toEqual([
      { fecha: '2022-12-16', parte: 0 },
      { fecha: '2022-12-16', parte: 2 },
      { fecha: '2021-10-28', parte: 2 },
      { fecha: '2020-06-10', parte: 2 },
    ]);
    expect(lista.hasMore()).toBe(true);
    expect(await lista.take(4)).toEqual([
      { fecha: '2020-04-02', parte: 0 },
      { fecha: '2019-10-15', parte: 0 },
    ]);
    expect(lista.hasMore()).toBe(false);
    expect(pedidas.sort()).toEqual([0, 2]);
    // Only heads of the lists are compared: nothing past what was taken plus one per part.
    expect(new Set(preguntadas)).toEqual(new Set(['0:2022-12-16', '2:2022-12-16', '2:2021-10-28', '2:2020-06-10', '0:2020-04-02', '0:2019-10-15']));
  });

  test('oldest first', async () => {
    const lista = mergedByDate('asc', new Map([[0, 3], [2, 3]]), async (numero) => [...partes[numero]].reverse(), async (fecha) => fecha);
    expect(await lista.take(10)).toEqual(['2019-10-15', '2020-04-02', '2020-06-10', '2021-10-28', '2022-12-16', '2022-12-16']);
  });

  test('no parts with results: nothing to take', async () => {
    const lista = mergedByDate('desc', new Map([[0, 0]]), async () => ['x'], async (x) => x);
    expect(lista.hasMore()).toBe(false);
    expect(await lista.take(10)).toEqual([]);
  });
});
