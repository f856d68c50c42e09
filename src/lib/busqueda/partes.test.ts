import { describe, expect, test } from 'vitest';
import { listOf, mergeCounts, mergedInOrder, partCapacities, partFolder } from './partes.ts';

describe('part folders', () => {
  test('the first is the search folder itself', () => {
    expect([0, 1, 12].map(partFolder)).toEqual(['', 'partes/1/', 'partes/12/']);
  });
});

describe('part sizes', () => {
  const sizes = (esperadas: number, maximo: number, partes: number) => Array.from({ length: partes }, (_, i) => partCapacities(esperadas, maximo)(i));

  test('expected pages are split into as few parts as the largest size allows, as even as they can be', () => {
    // 16 144 record pages at 10 000 sessions: three parts, not 7 500 + 7 500 + 1 144.
    expect(sizes(16_144, 7_500, 3)).toEqual([5_382, 5_381, 5_381]);
    expect(sizes(15_000, 7_500, 2)).toEqual([7_500, 7_500]);
    expect(sizes(15_001, 7_500, 3)).toEqual([5_001, 5_000, 5_000]);
    expect(sizes(7, 2, 4)).toEqual([2, 2, 2, 1]);
    expect(sizes(3, 40, 1)).toEqual([3]);
  });

  test('the parts of expected pages add up to them and none is over the largest size', () => {
    for (const [esperadas, maximo] of [
      [1, 1],
      [99, 10],
      [16_144, 7_500],
      [123_457, 7_500],
    ]) {
      const capacidad = partCapacities(esperadas, maximo);
      const partes = Math.ceil(esperadas / maximo);
      const todas = Array.from({ length: partes }, (_, i) => capacidad(i));
      expect(todas.reduce((a, b) => a + b, 0)).toBe(esperadas);
      expect(Math.max(...todas)).toBeLessThanOrEqual(maximo);
      expect(Math.max(...todas) - Math.min(...todas)).toBeLessThanOrEqual(1);
    }
  });

  test('pages beyond those expected, or with none expected, fill parts of the largest size', () => {
    expect(partCapacities(10, 4)(3)).toBe(4);
    expect(partCapacities(0, 4)(0)).toBe(4);
  });
});

describe('results across parts', () => {
  test('counts per filter value are added up across parts', () => {
    expect(mergeCounts([{ tipo: { Sesión: 4, Acuerdo: 1 } }, {}, { tipo: { Sesión: 2 }, anio: { '2022': 3 } }])).toEqual({
      tipo: { Sesión: 6, Acuerdo: 1 },
      anio: { '2022': 3 },
    });
    expect(mergeCounts([])).toEqual({});
  });

  test('a known list is taken a page at a time', async () => {
    const lista = listOf([1, 2, 3]);
    expect(await lista.take(2)).toEqual([1, 2]);
    expect(lista.hasMore()).toBe(true);
    expect(await lista.take(2)).toEqual([3]);
    expect(lista.hasMore()).toBe(false);
  });

  // Results are their own sort dates here; each part's list is sorted as Pagefind gives it.
  const partes = [['2022-12-16', '2020-04-02', '2019-10-15'], [], ['2022-12-16', '2021-10-28', '2020-06-10']];
  const newer = (a: string, b: string) => a > b;

  test('newest first: the parts merged by date, equal dates in part order, keys asked only of the heads', async () => {
    const preguntadas: string[] = [];
    const listas = partes.map((fechas, parte) => fechas.map((fecha) => ({ fecha, parte })));
    const lista = mergedInOrder(
      listas,
      async (r) => {
        preguntadas.push(`${r.parte}:${r.fecha}`);
        return r.fecha;
      },
      newer,
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
    // Once part 2 is used up, part 0 is taken as it comes: its last date is never asked for.
    expect(new Set(preguntadas)).toEqual(new Set(['0:2022-12-16', '2:2022-12-16', '2:2021-10-28', '2:2020-06-10', '0:2020-04-02']));
  });

  test('oldest first', async () => {
    const lista = mergedInOrder(
      partes.map((fechas) => [...fechas].reverse()),
      (fecha) => fecha,
      (a, b) => a < b,
    );
    expect(await lista.take(10)).toEqual(['2019-10-15', '2020-04-02', '2020-06-10', '2021-10-28', '2022-12-16', '2022-12-16']);
  });

  test('by score, best first: a part alone is taken without asking keys', async () => {
    const claves: number[] = [];
    const puntaje = (r: { s: number }) => (claves.push(r.s), r.s);
    const lista = mergedInOrder(
      [
        [{ s: 9 }, { s: 3 }],
        [{ s: 5 }, { s: 3 }, { s: 1 }],
      ],
      puntaje,
      (a, b) => a > b,
    );
    expect((await lista.take(5)).map((r) => r.s)).toEqual([9, 5, 3, 3, 1]);
    expect(claves).toEqual([9, 5, 3, 5, 3, 3]);
    const sola = mergedInOrder(
      [[], [{ s: 2 }, { s: 7 }]],
      () => {
        throw new Error('no se compara');
      },
      (a: number, b: number) => a > b,
    );
    expect((await sola.take(5)).map((r) => r.s)).toEqual([2, 7]);
  });

  test('no parts with results: nothing to take', async () => {
    const lista = mergedInOrder([[], []], (x: string) => x, newer);
    expect(lista.hasMore()).toBe(false);
    expect(await lista.take(10)).toEqual([]);
  });
});
