import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { IndiceEnPartes, indexSite, reportIndexing, sitePath } from './pagefind.ts';

const carpetas: string[] = [];
function site(paginas: Record<string, string>): string {
  const salida = fs.mkdtempSync(path.join(os.tmpdir(), 'indice-'));
  carpetas.push(salida);
  for (const [ruta, html] of Object.entries(paginas)) {
    fs.mkdirSync(path.dirname(path.join(salida, ruta)), { recursive: true });
    fs.writeFileSync(path.join(salida, ruta), html);
  }
  return salida;
}
const page = (cuerpo: string) =>
  `<!doctype html><html lang="es-MX"><head><title>x</title></head><body><header>Saltar al contenido</header><main>${cuerpo}</main></body></html>`;

afterEach(() => {
  for (const carpeta of carpetas.splice(0)) fs.rmSync(carpeta, { recursive: true, force: true });
  vi.restoreAllMocks();
});

describe('indexSite', () => {
  test('indexes only pages with data-pagefind-body and writes the bundle to pagefind/', async () => {
    const salida = site({
      'index.html': page('<h1>Inicio</h1>'),
      'sesiones/a/index.html': page('<article data-pagefind-body><h1>Sesión</h1><dl><dt>Lugar</dt><dd>Jocotitlán</dd></dl></article>'),
    });
    const resultado = await indexSite(salida);
    expect(resultado).toEqual({ paginas: 1, errores: [] });
    expect(fs.existsSync(path.join(salida, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(fs.existsSync(path.join(salida, 'pagefind', 'pagefind-ui.js'))).toBe(false);
    expect(JSON.parse(fs.readFileSync(path.join(salida, 'pagefind', 'pagefind-entry.json'), 'utf8')).languages.es.page_count).toBe(1);
    expect(JSON.parse(fs.readFileSync(path.join(salida, 'pagefind', 'partes.json'), 'utf8')).partes).toHaveLength(1);
  }, 60_000);

  test('splits a larger site into parts in the order pages come, each page filtered by its part', async () => {
    const registro = (texto: string) => page(`<article data-pagefind-body><h1>${texto}</h1></article>`);
    const salida = site({
      'sesiones/c/index.html': registro('Tercera'),
      'sesiones/a/index.html': registro('Primera'),
      'sesiones/b/index.html': registro('Segunda'),
      'index.html': page('<h1>Inicio</h1>'),
    });
    expect(await indexSite(salida, { paginasPorParte: 2 })).toEqual({ paginas: 3, errores: [] });
    const carpeta = path.join(salida, 'pagefind');
    expect(JSON.parse(fs.readFileSync(path.join(carpeta, 'partes.json'), 'utf8'))).toEqual({
      partes: [
        { ruta: '', paginas: 2 },
        { ruta: 'partes/1/', paginas: 1 },
      ],
    });
    // The second part has its own index and pages, and uses the first part's engine.
    const segunda = path.join(carpeta, 'partes', '1');
    expect(JSON.parse(fs.readFileSync(path.join(segunda, 'pagefind-entry.json'), 'utf8')).languages.es.page_count).toBe(1);
    expect(fs.readdirSync(segunda).filter((n) => /^(pagefind\.js|wasm\.)/.test(n))).toEqual([]);
    // No part publishes Pagefind's ready-made interfaces or its thread, which the site never loads.
    for (const dir of [carpeta, segunda])
      expect(fs.readdirSync(dir).filter((n) => /^pagefind-(ui|modular-ui|component-ui|highlight|worker)\./.test(n))).toEqual([]);
    expect(fs.existsSync(path.join(carpeta, 'pagefind.js'))).toBe(true);
    const fragmento = (dir: string) => {
      const [nombre] = fs.readdirSync(path.join(dir, 'fragment'));
      const texto = gunzipSync(fs.readFileSync(path.join(dir, 'fragment', nombre))).toString('utf8');
      return JSON.parse(texto.slice(texto.indexOf('{'))) as { url: string };
    };
    expect(fragmento(segunda)).toMatchObject({ url: '/sesiones/c/' });
  }, 60_000);

  test('finishes a full part when the next page comes, while the next part is fed', async () => {
    const salida = site({});
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

  test('flush has the current part written at once; a later page opens a new part', async () => {
    const salida = site({});
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

  test("gathers every part's errors and then counts no page and writes no list of parts", async () => {
    const salida = site({});
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

  test('stops the build with a Spanish message when no page can be indexed', async () => {
    const salida = site({ 'index.html': page('<h1>Inicio</h1>') });
    const errores: string[] = [];
    const logger = { info: vi.fn(), warn: vi.fn(), error: (m: string) => errores.push(m) };
    vi.spyOn(process, 'exit').mockImplementation(((codigo?: number) => {
      throw new Error(`exit ${codigo}`);
    }) as never);
    const resultado = await indexSite(salida);
    expect(() => reportIndexing(logger as never, salida, resultado, '0.0')).toThrow('exit 1');
    expect(errores.join('\n')).toMatch(/No se pudo crear el índice de búsqueda del sitio\. No se indexó ninguna página/);
    expect(fs.existsSync(path.join(salida, 'pagefind'))).toBe(false);
  }, 60_000);

  test('a page Pagefind rejects stops the build and removes the bundle', async () => {
    const salida = site({ 'sesiones/a/index.html': page('<article data-pagefind-body><h1>Sesión</h1></article>') });
    fs.mkdirSync(path.join(salida, 'pagefind'));
    const errores: string[] = [];
    const logger = { info: vi.fn(), warn: vi.fn(), error: (m: string) => errores.push(m) };
    vi.spyOn(process, 'exit').mockImplementation(((codigo?: number) => {
      throw new Error(`exit ${codigo}`);
    }) as never);
    expect(() => reportIndexing(logger as never, salida, { paginas: 0, errores: ['/sesiones/a/: página inválida'] }, '0.0')).toThrow('exit 1');
    expect(errores.join('\n')).toMatch(/Pagefind informó un error:\n {2}- \/sesiones\/a\/: página inválida/);
    expect(fs.existsSync(path.join(salida, 'pagefind'))).toBe(false);
  });
});

describe('sitePath', () => {
  test('the page path inside the site, without the base', () => {
    expect(sitePath('http://localhost:4321/transparencia/sesiones/stl-2022-12-16/', '/transparencia/')).toBe('/sesiones/stl-2022-12-16/');
    expect(sitePath('http://localhost/organos/stl/acuerdos/2022/', '/')).toBe('/organos/stl/acuerdos/2022/');
    expect(sitePath('http://localhost/transparencia/personas/jos%C3%A9/', '/transparencia')).toBe('/personas/josé/');
  });
});
