import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { IndexadoAdelantado, PAGINAS_GUARDADAS, usableEarlyParts, type OpcionesDelAdelanto } from './adelanto.ts';
import type { IndexadoAnticipado } from './anticipo.ts';
import type { AbrirParte, ResultadoDeIndexado } from './partes.ts';
import type { RutaDelSitio } from './prerenderizador.ts';
import { cachedPartFolder, htmlHash, planParts, type CacheDeBusqueda, type HuellaDePagina } from './reutilizacion.ts';

const INDEXADOR = 'indexador de prueba';
const carpetas: string[] = [];
afterEach(() => {
  for (const carpeta of carpetas.splice(0)) fs.rmSync(carpeta, { recursive: true, force: true });
});

const html = (titulo: string) => `<html><body><article data-pagefind-body><h1>${titulo}</h1></article></body></html>`;

/** Parts indexed by the fake indexer: their folder and the pages (path and text) they received. */
interface ParteRecibida {
  carpeta: string;
  numero: number;
  paginas: [string, string][];
}

/**
 * A previous build of record pages `anteriores` (path → title), two to a part, with Astro's cached
 * copy of each page and a cached copy of each part, as `reutilizacion.ts` leaves them.
 */
function previousBuild(anteriores: Record<string, string>) {
  const raiz = fs.mkdtempSync(path.join(os.tmpdir(), 'adelanto-'));
  carpetas.push(raiz);
  const cacheDir = path.join(raiz, 'cache');
  const salida = path.join(raiz, 'salida');
  const paginas: Record<string, HuellaDePagina> = {};
  for (const [url, titulo] of Object.entries(anteriores)) {
    fs.mkdirSync(path.join(cacheDir, 'dist', url), { recursive: true });
    fs.writeFileSync(path.join(cacheDir, 'dist', url, 'index.html'), html(titulo));
    paginas[url] = htmlHash(html(titulo));
  }
  const partes = planParts(
    Object.entries(paginas).map(([url, huella]): [string, string] => [url, huella!]),
    2,
    INDEXADOR,
    { esperadas: Object.keys(anteriores).length },
  );
  for (const parte of partes) fs.mkdirSync(cachedPartFolder(cacheDir, parte.numero), { recursive: true });
  const anterior: CacheDeBusqueda = {
    version: 2,
    manifiestoDeAstro: 'x',
    paginas,
    partes: partes.map((p) => p.clave),
    urlsDePartes: partes.map((p) => p.urls),
  };
  const recibidas: ParteRecibida[] = [];
  const abrirParte: AbrirParte = (carpeta, numero) => {
    const parte: ParteRecibida = { carpeta, numero, paginas: [] };
    recibidas.push(parte);
    return {
      add: (pagina) => void parte.paginas.push([pagina.url, typeof pagina.html === 'string' ? pagina.html : Buffer.from(pagina.html).toString('utf8')]),
      finish: async (): Promise<ResultadoDeIndexado> => ({ paginas: parte.paginas.length, errores: [] }),
    };
  };
  const opciones: OpcionesDelAdelanto = { salida, cacheDir, anterior, paginasPorParte: 2, indexador: INDEXADOR, abrirParte };
  return { opciones, recibidas, salida };
}

const rutas = (urls: string[]): RutaDelSitio[] => [...urls.map((url) => ({ url, clase: 'registro' as const })), { url: '/', clase: 'otra' as const }];

describe('record parts indexed during the generation', () => {
  test('only a part with a changed page starts, with the rendered page and the cached copies of the others', async () => {
    const { opciones, recibidas, salida } = previousBuild({ '/sesiones/a/': 'A', '/sesiones/b/': 'B', '/sesiones/c/': 'C' });
    const adelanto = new IndexadoAdelantado(opciones);
    // This build rendered /sesiones/b/ again, changed; Astro copied the others.
    adelanto.keep({ url: '/sesiones/b/', html: new TextEncoder().encode(html('B corregida')) });
    adelanto.start(rutas(['/sesiones/a/', '/sesiones/b/', '/sesiones/c/']), new Map([['/sesiones/b/', htmlHash(html('B corregida'))]]));
    expect([...adelanto.partes.keys()]).toEqual([0]);
    const resultado = await adelanto.partes.get(0)!.resultado;
    expect(resultado).toEqual({ paginas: 2, errores: [] });
    expect(recibidas).toEqual([
      {
        carpeta: path.join(salida, 'pagefind'),
        numero: 0,
        paginas: [
          ['/sesiones/a/', html('A')],
          ['/sesiones/b/', html('B corregida')],
        ],
      },
    ]);
  });

  test('a page rendered with the same HTML changes nothing', () => {
    const { opciones, recibidas } = previousBuild({ '/sesiones/a/': 'A', '/sesiones/b/': 'B' });
    const adelanto = new IndexadoAdelantado(opciones);
    adelanto.keep({ url: '/sesiones/a/', html: html('A') });
    adelanto.start(rutas(['/sesiones/a/', '/sesiones/b/']), new Map([['/sesiones/a/', htmlHash(html('A'))]]));
    expect(adelanto.partes.size).toBe(0);
    expect(recibidas).toEqual([]);
  });

  test('a new record page shifts the parts after it: each changed part starts, in order', async () => {
    const { opciones, recibidas } = previousBuild({ '/sesiones/a/': 'A', '/sesiones/c/': 'C', '/sesiones/d/': 'D' });
    const adelanto = new IndexadoAdelantado(opciones);
    adelanto.keep({ url: '/sesiones/b/', html: html('B') });
    adelanto.start(rutas(['/sesiones/a/', '/sesiones/b/', '/sesiones/c/', '/sesiones/d/']), new Map([['/sesiones/b/', htmlHash(html('B'))]]));
    expect([...adelanto.partes.keys()]).toEqual([0, 1]);
    await Promise.all([...adelanto.partes.values()].map((p) => p.resultado));
    expect(recibidas.map((p) => p.paginas.map(([url]) => url))).toEqual([
      ['/sesiones/a/', '/sesiones/b/'],
      ['/sesiones/c/', '/sesiones/d/'],
    ]);
  });

  test('a part started before the generation with the planned pages is taken: it is given only the rendered pages', async () => {
    const { opciones, recibidas } = previousBuild({ '/sesiones/a/': 'A', '/sesiones/b/': 'B', '/sesiones/c/': 'C', '/sesiones/d/': 'D' });
    const dadas: [string, string][] = [];
    const canceladas: number[] = [];
    const anticipable = (numero: number, urls: string[]) => ({
      numero,
      urls,
      parte: {
        addFile: () => {},
        add: (pagina: { url: string; html: string | Uint8Array }) => void dadas.push([pagina.url, Buffer.from(pagina.html).toString('utf8')]),
        finish: async (): Promise<ResultadoDeIndexado> => ({ paginas: urls.length, errores: [] }),
        cancel: async () => void canceladas.push(numero),
      },
    });
    // Part 0 (a, b) was started before the generation; so was part 1, but with other pages.
    const iniciadas = [anticipable(0, ['/sesiones/a/', '/sesiones/b/']), anticipable(1, ['/sesiones/c/', '/sesiones/x/'])];
    const anticipo = {
      take: (numero: number, urls: readonly string[]) => {
        const i = iniciadas.findIndex((p) => p.numero === numero);
        if (i < 0) return undefined;
        const [parte] = iniciadas.splice(i, 1);
        if (parte.urls.join() === urls.join()) return parte.parte;
        void parte.parte.cancel();
        return undefined;
      },
      cancelRest: async () => {
        for (const parte of iniciadas.splice(0)) await parte.parte.cancel();
      },
    } as unknown as IndexadoAnticipado;
    const adelanto = new IndexadoAdelantado({ ...opciones, anticipo });
    adelanto.keep({ url: '/sesiones/b/', html: html('B corregida') });
    adelanto.keep({ url: '/sesiones/d/', html: html('D corregida') });
    const huellas = new Map([
      ['/sesiones/b/', htmlHash(html('B corregida'))],
      ['/sesiones/d/', htmlHash(html('D corregida'))],
    ]);
    adelanto.start(rutas(['/sesiones/a/', '/sesiones/b/', '/sesiones/c/', '/sesiones/d/']), huellas);
    expect([...adelanto.partes.keys()]).toEqual([0, 1]);
    expect(adelanto.anticipadas).toBe(1);
    await Promise.all([...adelanto.partes.values()].map((p) => p.resultado));
    expect(dadas).toEqual([['/sesiones/b/', html('B corregida')]]);
    expect(canceladas).toEqual([1]);
    // Part 1 was opened as before, with every page.
    expect(recibidas.map((p) => [p.numero, p.paginas.map(([url]) => url)])).toEqual([[1, ['/sesiones/c/', '/sesiones/d/']]]);
  });

  test('nothing starts early for a page unknown to both builds, or after too many rendered pages', () => {
    const desconocida = previousBuild({ '/sesiones/a/': 'A' });
    const sinHuella = new IndexadoAdelantado(desconocida.opciones);
    sinHuella.start(rutas(['/sesiones/a/', '/sesiones/nueva/']), new Map());
    expect(sinHuella.partes.size).toBe(0);

    const muchas = previousBuild({ '/sesiones/a/': 'A' });
    const desbordado = new IndexadoAdelantado(muchas.opciones);
    const huellas = new Map<string, HuellaDePagina>();
    const urls = Array.from({ length: PAGINAS_GUARDADAS + 1 }, (_, i) => `/sesiones/p${i}/`);
    for (const url of urls) {
      desbordado.keep({ url, html: html(url) });
      huellas.set(url, htmlHash(html(url)));
    }
    desbordado.start(rutas(urls), huellas);
    expect(desbordado.partes.size).toBe(0);
    expect(muchas.recibidas).toEqual([]);
  });
});

describe('usableEarlyParts', () => {
  test('takes early parts with the final plan keys; otherwise drops them all and the search folder', async () => {
    const { opciones, salida } = previousBuild({ '/sesiones/a/': 'A', '/sesiones/b/': 'B' });
    const adelanto = new IndexadoAdelantado(opciones);
    adelanto.keep({ url: '/sesiones/a/', html: html('A2') });
    const huellas = new Map([['/sesiones/a/', htmlHash(html('A2'))]]);
    adelanto.start(rutas(['/sesiones/a/', '/sesiones/b/']), huellas);
    const plan = planParts(
      [
        ['/sesiones/a/', htmlHash(html('A2'))],
        ['/sesiones/b/', htmlHash(html('B'))],
      ],
      2,
      INDEXADOR,
    );
    expect(await usableEarlyParts(adelanto.partes, plan, salida)).toBe(adelanto.partes);

    fs.mkdirSync(path.join(salida, 'pagefind', 'fragment'), { recursive: true });
    const otroPlan = planParts([['/sesiones/a/', 'otra huella']], 2, INDEXADOR);
    expect((await usableEarlyParts(adelanto.partes, otroPlan, salida)).size).toBe(0);
    expect(fs.existsSync(path.join(salida, 'pagefind'))).toBe(false);
  });
});
