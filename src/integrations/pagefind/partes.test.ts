import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { IndiceEnPartes } from './partes.ts';

const carpetas: string[] = [];
function emptyFolder(): string {
  const salida = fs.mkdtempSync(path.join(os.tmpdir(), 'indice-'));
  carpetas.push(salida);
  return salida;
}

afterEach(() => {
  for (const carpeta of carpetas.splice(0)) fs.rmSync(carpeta, { recursive: true, force: true });
});

describe('IndiceEnPartes', () => {
  test('finishes a full part when the next page comes, while the next part is fed', async () => {
    const salida = emptyFolder();
    const sucesos: string[] = [];
    const resultados = [
      { paginas: 2, errores: [] },
      { paginas: 1, errores: [] },
    ];
    const terminadas: Promise<unknown>[] = [];
    const anteriores: (Promise<unknown> | undefined)[] = [];
    const indice = new IndiceEnPartes(salida, { paginasPorParte: 2 }, (carpeta, numero, anterior) => {
      sucesos.push(`abrir ${numero} ${path.relative(salida, carpeta)}`);
      anteriores.push(anterior);
      return {
        add: (pagina) => void sucesos.push(`${numero} ← ${pagina.url}`),
        finish: () => {
          sucesos.push(`terminar ${numero}`);
          const terminada = Promise.resolve(resultados[numero]);
          terminadas.push(terminada);
          return terminada;
        },
      };
    });
    indice.prepare();
    for (const url of ['/a/', '/b/', '/c/']) await indice.add({ url, html: '' });
    expect(sucesos).toEqual(['abrir 0 pagefind', '0 ← /a/', '0 ← /b/', 'terminar 0', 'abrir 1 pagefind/partes/1', '1 ← /c/']);
    // Each part is told when the one before it has been written.
    expect(anteriores).toEqual([undefined, terminadas[0]]);
    expect(anteriores[1]).toBe(terminadas[0]);
    fs.mkdirSync(path.join(salida, 'pagefind'), { recursive: true });
    expect(await indice.finish()).toEqual({ paginas: 3, errores: [] });
    expect(sucesos.at(-1)).toBe('terminar 1');
    expect(JSON.parse(fs.readFileSync(path.join(salida, 'pagefind', 'partes.json'), 'utf8')).partes).toEqual([
      { ruta: '', paginas: 2 },
      { ruta: 'partes/1/', paginas: 1 },
    ]);
  });

  test('a group of pages told in advance is split into even parts; the next group fills parts again', async () => {
    const salida = emptyFolder();
    const porParte: string[][] = [];
    const indice = new IndiceEnPartes(salida, { paginasPorParte: 3 }, (_carpeta, numero) => {
      porParte[numero] = [];
      return { add: (pagina) => void porParte[numero].push(pagina.url), finish: async () => ({ paginas: porParte[numero].length, errores: [] }) };
    });
    indice.prepare();
    indice.expect(7);
    for (const url of 'abcdefg') await indice.add({ url, html: '' });
    indice.flush();
    for (const url of 'hijk') await indice.add({ url, html: '' });
    fs.mkdirSync(path.join(salida, 'pagefind'), { recursive: true });
    expect(await indice.finish()).toEqual({ paginas: 11, errores: [] });
    // 3 + 3 + 1 without the count; with it, three parts as even as they can be.
    expect(porParte.map((urls) => urls.join(''))).toEqual(['abc', 'de', 'fg', 'hij', 'k']);
  });

  test('flush has the current part written at once; a later page opens a new part', async () => {
    const salida = emptyFolder();
    const sucesos: string[] = [];
    const indice = new IndiceEnPartes(salida, { paginasPorParte: 100 }, (_carpeta, numero) => {
      sucesos.push(`abrir ${numero}`);
      return {
        add: (pagina) => void sucesos.push(`${numero} ← ${pagina.url}`),
        finish: async () => (sucesos.push(`terminar ${numero}`), { paginas: 1, errores: [] }),
      };
    });
    await indice.add({ url: '/a/', html: '' });
    indice.flush();
    indice.flush();
    expect(sucesos).toEqual(['abrir 0', '0 ← /a/', 'terminar 0']);
    await indice.add({ url: '/b/', html: '' });
    fs.mkdirSync(path.join(salida, 'pagefind'), { recursive: true });
    expect(await indice.finish()).toEqual({ paginas: 2, errores: [] });
    expect(sucesos).toEqual(['abrir 0', '0 ← /a/', 'terminar 0', 'abrir 1', '1 ← /b/', 'terminar 1']);
  });

  test('a page after flushing a full part opens a new part', async () => {
    const salida = emptyFolder();
    const sucesos: string[] = [];
    const indice = new IndiceEnPartes(salida, { paginasPorParte: 1 }, (_carpeta, numero) => {
      sucesos.push(`abrir ${numero}`);
      return { add: (pagina) => void sucesos.push(`${numero} ← ${pagina.url}`), finish: async () => ({ paginas: 1, errores: [] }) };
    });
    await indice.add({ url: '/a/', html: '' });
    indice.flush();
    await indice.add({ url: '/b/', html: '' });
    expect(sucesos).toEqual(['abrir 0', '0 ← /a/', 'abrir 1', '1 ← /b/']);
  });

  test("gathers every part's errors and then counts no page and writes no list of parts", async () => {
    const salida = emptyFolder();
    const indice = new IndiceEnPartes(salida, { paginasPorParte: 1 }, (_carpeta, numero) => ({
      add: () => {},
      finish: async () => (numero === 1 ? { paginas: 0, errores: ['/b/: página inválida'] } : { paginas: 1, errores: [] }),
    }));
    for (const url of ['/a/', '/b/', '/c/']) await indice.add({ url, html: '' });
    expect(await indice.finish()).toEqual({ paginas: 0, errores: ['/b/: página inválida'] });
    expect(fs.existsSync(path.join(salida, 'pagefind', 'partes.json'))).toBe(false);
  });

  test('rejects a part size that is not a positive whole number', () => {
    const abrir = () => {
      throw new Error('no debería abrir ninguna parte');
    };
    expect(() => new IndiceEnPartes(os.tmpdir(), { paginasPorParte: 0 }, abrir)).toThrow(/entero positivo/);
    expect(() => new IndiceEnPartes(os.tmpdir(), { paginasPorParte: 2.5 }, abrir)).toThrow(/entero positivo/);
  });
});
