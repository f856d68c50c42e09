import { describe, expect, test } from 'vitest';
import { listOf, partFolder, partsInDateOrder, resultsPerPart, sortDateIn, sortedAcrossParts, splitIntoParts, withPartFilter } from './partes.ts';

const pagina = (archivo: string, fecha: string) => ({ archivo, fecha });

describe('splitIntoParts', () => {
  test('one part when the pages fit', () => {
    const paginas = [pagina('b.html', '2022-01-01'), pagina('a.html', '2021-01-01')];
    expect(splitIntoParts(paginas, 10)).toEqual([[pagina('a.html', '2021-01-01'), pagina('b.html', '2022-01-01')]]);
  });

  test('consecutive date ranges of even size, ties broken by path, none over the limit', () => {
    const paginas = Array.from({ length: 25 }, (_, i) => pagina(`p${String(24 - i).padStart(2, '0')}.html`, `20${10 + Math.floor(i / 2)}-01-01`));
    const partes = splitIntoParts(paginas, 10);
    expect(partes.map((p) => p.length)).toEqual([8, 9, 8]);
    const juntas = partes.flat();
    expect(juntas).toHaveLength(25);
    for (let i = 1; i < juntas.length; i++) {
      const [a, b] = [juntas[i - 1], juntas[i]];
      expect(a.fecha < b.fecha || (a.fecha === b.fecha && a.archivo < b.archivo)).toBe(true);
    }
    expect(splitIntoParts([...paginas].reverse(), 10)).toEqual(partes);
  });

  test('rejects a size that is not a positive whole number', () => {
    expect(() => splitIntoParts([], 0)).toThrow(/entero positivo/);
  });
});

describe('page markup for the index', () => {
  test('reads the sort date written by IndiceDeBusqueda', () => {
    expect(sortDateIn('<div hidden data-pagefind-ignore><span data-pagefind-sort="fecha">2022-12-16</span></div>')).toBe('2022-12-16');
    expect(sortDateIn('<article data-pagefind-body></article>')).toBeUndefined();
  });

  test('adds the part filter to the body element only', () => {
    expect(withPartFilter('<article data-pagefind-body><p data-pagefind-body-x>', 3)).toBe('<article data-pagefind-body data-pagefind-filter="parte:3"><p data-pagefind-body-x>');
  });

  test('part folders: the first is the search folder itself', () => {
    expect([0, 1, 12].map(partFolder)).toEqual(['', 'partes/1/', 'partes/12/']);
  });
});

describe('results across parts', () => {
  test('date order reads the newest part first when sorting newest first', () => {
    expect(partsInDateOrder(3, 'desc')).toEqual([2, 1, 0]);
    expect(partsInDateOrder(3, 'asc')).toEqual([0, 1, 2]);
  });

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

  test('sorted results go part by part, asking each part only when needed and never an empty one', async () => {
    const porParte: Record<number, string[]> = { 0: ['a1', 'a2'], 1: [], 2: ['c1', 'c2', 'c3'] };
    const pedidas: number[] = [];
    const lista = sortedAcrossParts([2, 1, 0], new Map([[0, 2], [2, 3]]), async (numero) => {
      pedidas.push(numero);
      return porParte[numero];
    });
    expect(await lista.take(2)).toEqual(['c1', 'c2']);
    expect(pedidas).toEqual([2]);
    expect(lista.hasMore()).toBe(true);
    expect(await lista.take(2)).toEqual(['c3', 'a1']);
    expect(pedidas).toEqual([2, 0]);
    expect(await lista.take(5)).toEqual(['a2']);
    expect(lista.hasMore()).toBe(false);
    expect(await lista.take(5)).toEqual([]);
  });
});
