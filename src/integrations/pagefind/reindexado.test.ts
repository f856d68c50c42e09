import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { AbrirParte, ResultadoDeIndexado } from './partes.ts';
import type { RutaDelSitio } from './prerenderizador.ts';
import { indexFromOutput, planOfBuild } from './reindexado.ts';
import { cachedPartFolder, type CacheDeBusqueda } from './reutilizacion.ts';

const carpetas: string[] = [];
afterEach(() => {
  for (const carpeta of carpetas.splice(0)) fs.rmSync(carpeta, { recursive: true, force: true });
});

describe('plan of the index of a build that copied pages', () => {
  test('record pages first, in even parts for as many as their templates have paths; then summaries; then the other indexed pages', () => {
    const rutas: RutaDelSitio[] = [
      ...['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) => ({ url: `/sesiones/${id}/`, clase: 'registro' as const })),
      { url: '/datos/s/', clase: 'resumen' },
      { url: '/datos/t/', clase: 'resumen' },
      { url: '/', clase: 'otra' },
      { url: '/encuestas/w/', clase: 'otra' },
      { url: '/encuestas/x/', clase: 'otra' },
      { url: '/encuestas/y/', clase: 'otra' },
      { url: '/encuestas/z/', clase: 'otra' },
    ];
    const paginas = Object.fromEntries(rutas.map((r) => [r.url, r.url === '/' ? null : `huella de ${r.url}`]));
    const plan = planOfBuild(rutas, paginas, 3, 'indexador');
    // Seven record pages: 3 + 2 + 2, as a clean build told of seven splits them; then the two
    // summaries in a part of their own; then 3 + 1.
    expect(plan.map((parte) => parte.urls.map((url) => url.split('/')[2]).join(''))).toEqual(['abc', 'de', 'fg', 'st', 'wxy', 'z']);
    expect(plan.map((parte) => parte.numero)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  test('a part is keyed by its pages: a changed page changes only its own part', () => {
    const rutas: RutaDelSitio[] = ['a', 'b', 'c', 'd'].map((id) => ({ url: `/sesiones/${id}/`, clase: 'registro' as const }));
    const paginas = Object.fromEntries(rutas.map((r) => [r.url, `huella de ${r.url}`]));
    const antes = planOfBuild(rutas, paginas, 2, 'indexador');
    const despues = planOfBuild(rutas, { ...paginas, '/sesiones/c/': 'otra huella' }, 2, 'indexador');
    expect(despues.map((parte, i) => parte.clave === antes[i].clave)).toEqual([true, false]);
  });
});

describe('index of a build that copied pages', () => {
  test('a part indexed after a copied one waits for the indexed part before it, as if the copy were written with it', async () => {
    const raiz = fs.mkdtempSync(path.join(os.tmpdir(), 'reindexado-'));
    carpetas.push(raiz);
    const salida = path.join(raiz, 'salida');
    const cacheDir = path.join(raiz, 'cache');
    const rutas: RutaDelSitio[] = ['a', 'b', 'c'].map((id) => ({ url: `/sesiones/${id}/`, clase: 'registro' as const }));
    for (const { url } of rutas) {
      fs.mkdirSync(path.join(salida, url), { recursive: true });
      fs.writeFileSync(path.join(salida, url, 'index.html'), `<main data-pagefind-body>${url}</main>`);
    }
    const plan = planOfBuild(rutas, Object.fromEntries(rutas.map((r) => [r.url, `huella de ${r.url}`])), 1, 'indexador');
    // Part 1 (/sesiones/b/) is unchanged: the cache has its key and its files.
    fs.mkdirSync(cachedPartFolder(cacheDir, 1), { recursive: true });
    fs.writeFileSync(path.join(cachedPartFolder(cacheDir, 1), 'pagefind-entry.json'), '{}');
    const anterior: CacheDeBusqueda = {
      version: 2,
      manifiestoDeAstro: 'x',
      paginas: {},
      partes: ['otra', plan[1].clave, 'otra'],
      urlsDePartes: plan.map((p) => p.urls),
    };
    let escribirParte0 = () => {};
    const parte0Escrita = new Promise<ResultadoDeIndexado>((resolve) => (escribirParte0 = () => resolve({ paginas: 1, errores: [] })));
    const anteriores = new Map<number, Promise<unknown> | undefined>();
    const abrirParte: AbrirParte = (_carpeta, numero, previa) => {
      anteriores.set(numero, previa);
      return { add: () => {}, finish: () => (numero === 0 ? parte0Escrita : Promise.resolve({ paginas: 1, errores: [] })) };
    };
    const hecho = indexFromOutput(salida, plan, { carpeta: cacheDir, anterior }, { paginasPorParte: 1 }, abrirParte);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect([...anteriores.keys()]).toEqual([0, 2]);
    let despuesDeLaCopia = false;
    void anteriores.get(2)!.then(() => (despuesDeLaCopia = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    // Part 0 is still being written: part 2 may not start growing.
    expect(despuesDeLaCopia).toBe(false);
    escribirParte0();
    const { resultado, nuevas } = await hecho;
    expect(despuesDeLaCopia).toBe(true);
    expect(resultado).toEqual({ paginas: 3, errores: [] });
    expect([...nuevas]).toEqual([0, 2]);
    expect(fs.existsSync(path.join(salida, 'pagefind', 'partes', '1', 'pagefind-entry.json'))).toBe(true);
  });
});
