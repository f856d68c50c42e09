/**
 * The build's path to the search index, end to end except for Astro itself: Astro's prerenderer
 * is replaced by one that serves fixed pages (finishing out of order, as Astro's concurrent
 * rendering does), wrapped by `indexingPrerenderer`, feeding an `IndiceEnPartes` whose parts are
 * indexed by Pagefind in worker threads (`partInWorker`), exactly as `astro build` does.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { AstroPrerenderer } from 'astro';
import { afterEach, describe, expect, test } from 'vitest';
import { partInWorker } from './hilo-de-parte.ts';
import { indexingProblem } from './informe.ts';
import { PAGINAS_POR_PARTE } from '../../lib/busqueda/partes.ts';
import { IndiceEnPartes, type ResultadoDeIndexado } from './partes.ts';
import { indexingPrerenderer, templateClasses, sitePath } from './prerenderizador.ts';

const BASE = '/transparencia/';
const PLANTILLA_DE_SESION = 'src/pages/sesiones/[id].astro';
const PLANTILLA_DE_INICIO = 'src/pages/index.astro';
/** The page of a dataset: the summary of a whole collection. */
const PLANTILLA_DE_CONJUNTO = 'src/pages/datos/[conjunto]/index.astro';
/** Renders record pages through a component, so its own source has no mark. */
const PLANTILLA_SIN_MARCA = 'src/pages/eventos/[id].astro';

const carpetas: string[] = [];
afterEach(() => {
  for (const carpeta of carpetas.splice(0)) fs.rmSync(carpeta, { recursive: true, force: true });
});

/** A project folder with the four page templates, and its empty output folder. */
function project(): { raiz: string; salida: string } {
  const raiz = fs.mkdtempSync(path.join(os.tmpdir(), 'indice-'));
  carpetas.push(raiz);
  const plantillas = {
    [PLANTILLA_DE_SESION]: '---\n---\n<article data-pagefind-body><slot /></article>\n',
    [PLANTILLA_DE_INICIO]: '---\n---\n<h1>Inicio</h1>\n',
    [PLANTILLA_DE_CONJUNTO]: '---\n---\n<article data-pagefind-body data-resumen-de-coleccion><slot /></article>\n',
    [PLANTILLA_SIN_MARCA]: '---\nimport Registro from "../../components/Registro.astro";\n---\n<Registro />\n',
  };
  for (const [archivo, fuente] of Object.entries(plantillas)) {
    fs.mkdirSync(path.dirname(path.join(raiz, archivo)), { recursive: true });
    fs.writeFileSync(path.join(raiz, archivo), fuente);
  }
  const salida = path.join(raiz, 'dist');
  fs.mkdirSync(salida);
  return { raiz, salida };
}

const page = (cuerpo: string) =>
  `<!doctype html><html lang="es-MX"><head><title>x</title></head><body><header>Saltar al contenido</header><main>${cuerpo}</main></body></html>`;
const record = (titulo: string, resto = '') => page(`<article data-pagefind-body><h1>${titulo}</h1>${resto}</article>`);

interface PaginaDePrueba {
  /** Site path, without the base. */
  ruta: string;
  componente: string;
  cuerpo: string;
  /** Milliseconds the page takes to render. */
  demora?: number;
  tipo?: string;
}

/** Astro's own prerenderer, for these pages, listed in path order (as Astro lists routes). */
function astroPrerenderer(paginas: readonly PaginaDePrueba[]): AstroPrerenderer {
  const porRuta = new Map(paginas.map((p) => [`${BASE}${p.ruta.slice(1)}`, p]));
  return {
    name: 'astro',
    getStaticPaths: async () =>
      [...paginas].sort((a, b) => a.ruta.localeCompare(b.ruta)).map((p) => ({ pathname: p.ruta, route: { component: p.componente } as never })),
    render: async (request) => {
      const pagina = porRuta.get(new URL(request.url).pathname)!;
      await new Promise((listo) => setTimeout(listo, pagina.demora ?? 0));
      return new Response(pagina.cuerpo, { headers: { 'content-type': pagina.tipo ?? 'text/html' } });
    },
  };
}

/**
 * Builds the pages as `astro build` does with this integration: paths from the wrapped
 * prerenderer, every page started at once in that order, the index finished at the end.
 */
async function build(paginas: readonly PaginaDePrueba[], paginasPorParte?: number, onRecordPagesDone?: () => void) {
  const { raiz, salida } = project();
  const indice = new IndiceEnPartes(salida, { paginasPorParte }, partInWorker);
  indice.prepare();
  const vaciados: number[] = [];
  const enviadas: string[] = [];
  const sinMarca = new Set<string>();
  const prerenderizador = indexingPrerenderer(astroPrerenderer(paginas), {
    indice: {
      add: (pagina) => (enviadas.push(pagina.url), indice.add(pagina)),
      flush: () => (vaciados.push(enviadas.length), indice.flush()),
    },
    base: BASE,
    claseDe: templateClasses(raiz),
    paginasPorParte: paginasPorParte ?? PAGINAS_POR_PARTE,
    onUnmarkedTemplate: (componente) => sinMarca.add(componente),
    onRecordPagesDone,
  });
  const rutas = await prerenderizador.getStaticPaths();
  const respuestas = await Promise.all(
    rutas.map((r) => prerenderizador.render(new Request(`http://localhost${BASE}${r.pathname.slice(1)}`), { routeData: r.route })),
  );
  const cuerpos = await Promise.all(respuestas.map((r) => (r instanceof Response ? r : r.response).text()));
  const resultado: ResultadoDeIndexado = await indice.finish();
  return { salida, rutas: rutas.map((r) => r.pathname), cuerpos, resultado, enviadas, vaciados, sinMarca };
}

/** The pages of one part folder, from its fragments (gzip of `pagefind_dcd` + JSON), by URL. */
function indexedUrls(carpeta: string): string[] {
  return fs
    .readdirSync(path.join(carpeta, 'fragment'))
    .map((nombre) => {
      const texto = gunzipSync(fs.readFileSync(path.join(carpeta, 'fragment', nombre))).toString('utf8');
      return (JSON.parse(texto.slice(texto.indexOf('{'))) as { url: string }).url;
    })
    .sort();
}

describe('indexing while Astro renders', () => {
  test('record templates render first; only marked pages are indexed, in the order they started', async () => {
    const paginas: PaginaDePrueba[] = [
      { ruta: '/', componente: PLANTILLA_DE_INICIO, cuerpo: page('<h1>Inicio</h1>') },
      // The first page finishes last: the index still gets it first.
      { ruta: '/sesiones/a/', componente: PLANTILLA_DE_SESION, cuerpo: record('Primera', '<dl><dt>Lugar</dt><dd>Jocotitlán</dd></dl>'), demora: 60 },
      { ruta: '/sesiones/b/', componente: PLANTILLA_DE_SESION, cuerpo: record('Segunda'), demora: 20 },
      { ruta: '/sesiones/c/', componente: PLANTILLA_DE_SESION, cuerpo: record('Tercera') },
    ];
    const { salida, rutas, cuerpos, resultado, enviadas, vaciados } = await build(paginas);
    expect(rutas).toEqual(['/sesiones/a/', '/sesiones/b/', '/sesiones/c/', '/']);
    expect(enviadas).toEqual(['/sesiones/a/', '/sesiones/b/', '/sesiones/c/']);
    // The last part is written as soon as the last record page is in, not at the end of the build.
    expect(vaciados).toEqual([3]);
    // Astro gets every page's bytes unchanged.
    expect(cuerpos).toEqual(rutas.map((ruta) => paginas.find((p) => p.ruta === ruta)!.cuerpo));
    expect(resultado).toEqual({ paginas: 3, errores: [] });
    expect(indexingProblem(resultado)).toBeUndefined();
    const carpeta = path.join(salida, 'pagefind');
    expect(JSON.parse(fs.readFileSync(path.join(carpeta, 'pagefind-entry.json'), 'utf8')).languages.es.page_count).toBe(3);
    expect(JSON.parse(fs.readFileSync(path.join(carpeta, 'partes.json'), 'utf8'))).toEqual({ partes: [{ ruta: '', paginas: 3 }] });
    expect(fs.existsSync(path.join(carpeta, 'pagefind.js'))).toBe(true);
    expect(fs.readdirSync(carpeta).filter((n) => /^pagefind-(ui|modular-ui|component-ui|highlight|worker)\./.test(n))).toEqual([]);
    expect(indexedUrls(carpeta)).toEqual(['/sesiones/a/', '/sesiones/b/', '/sesiones/c/']);
  }, 60_000);

  test('a larger site is split into parts in the order pages start; later parts share the first engine', async () => {
    const paginas: PaginaDePrueba[] = ['a', 'b', 'c'].map((id, i) => ({
      ruta: `/sesiones/${id}/`,
      componente: PLANTILLA_DE_SESION,
      cuerpo: record(`Sesión ${id}`),
      demora: 30 - i * 10,
    }));
    const { salida, resultado } = await build(paginas, 2);
    expect(resultado).toEqual({ paginas: 3, errores: [] });
    const carpeta = path.join(salida, 'pagefind');
    expect(JSON.parse(fs.readFileSync(path.join(carpeta, 'partes.json'), 'utf8'))).toEqual({
      partes: [
        { ruta: '', paginas: 2 },
        { ruta: 'partes/1/', paginas: 1 },
      ],
    });
    const segunda = path.join(carpeta, 'partes', '1');
    expect(indexedUrls(carpeta)).toEqual(['/sesiones/a/', '/sesiones/b/']);
    expect(indexedUrls(segunda)).toEqual(['/sesiones/c/']);
    expect(fs.readdirSync(segunda).filter((n) => /^(pagefind\.js|wasm\.)/.test(n))).toEqual([]);
    expect(fs.readdirSync(segunda).filter((n) => /^pagefind-(ui|modular-ui|component-ui|highlight|worker)\./.test(n))).toEqual([]);
  }, 60_000);

  test('summaries of collections come after the record pages, in parts of their own when those fill more than one', async () => {
    const { salida, rutas, resultado, enviadas, vaciados } = await build(
      [
        { ruta: '/', componente: PLANTILLA_DE_INICIO, cuerpo: page('<h1>Inicio</h1>') },
        { ruta: '/datos/sesiones/', componente: PLANTILLA_DE_CONJUNTO, cuerpo: record('Sesiones') },
        { ruta: '/sesiones/a/', componente: PLANTILLA_DE_SESION, cuerpo: record('Primera'), demora: 30 },
        { ruta: '/sesiones/b/', componente: PLANTILLA_DE_SESION, cuerpo: record('Segunda') },
        { ruta: '/sesiones/c/', componente: PLANTILLA_DE_SESION, cuerpo: record('Tercera') },
      ],
      2,
    );
    expect(rutas).toEqual(['/sesiones/a/', '/sesiones/b/', '/sesiones/c/', '/datos/sesiones/', '/']);
    expect(enviadas).toEqual(['/sesiones/a/', '/sesiones/b/', '/sesiones/c/', '/datos/sesiones/']);
    // Three record pages in two even parts (2 + 1), flushed after the third; the summary alone.
    expect(vaciados).toEqual([3, 4]);
    expect(resultado.paginas).toBe(4);
    const carpeta = path.join(salida, 'pagefind');
    expect(JSON.parse(fs.readFileSync(path.join(carpeta, 'partes.json'), 'utf8')).partes.map((p: { paginas: number }) => p.paginas)).toEqual([2, 1, 1]);
    expect(indexedUrls(path.join(carpeta, 'partes', '2'))).toEqual(['/datos/sesiones/']);
  }, 60_000);

  test('on a site whose record pages fit in one part, summaries are its last pages', async () => {
    const { salida, enviadas, vaciados } = await build([
      { ruta: '/datos/sesiones/', componente: PLANTILLA_DE_CONJUNTO, cuerpo: record('Sesiones') },
      { ruta: '/sesiones/a/', componente: PLANTILLA_DE_SESION, cuerpo: record('Primera') },
      { ruta: '/sesiones/b/', componente: PLANTILLA_DE_SESION, cuerpo: record('Segunda') },
    ]);
    expect(enviadas).toEqual(['/sesiones/a/', '/sesiones/b/', '/datos/sesiones/']);
    expect(vaciados).toEqual([3]);
    expect(JSON.parse(fs.readFileSync(path.join(salida, 'pagefind', 'partes.json'), 'utf8'))).toEqual({ partes: [{ ruta: '', paginas: 3 }] });
  }, 60_000);

  test('a template whose record pages come from a component is indexed too, and reported', async () => {
    const { resultado, enviadas, sinMarca } = await build([
      { ruta: '/eventos/x/', componente: PLANTILLA_SIN_MARCA, cuerpo: record('Evento') },
      { ruta: '/sesiones/a/', componente: PLANTILLA_DE_SESION, cuerpo: record('Sesión') },
    ]);
    expect(enviadas).toEqual(['/sesiones/a/', '/eventos/x/']);
    expect([...sinMarca]).toEqual([PLANTILLA_SIN_MARCA]);
    expect(resultado.paginas).toBe(2);
  }, 60_000);

  test('files that are not HTML pass through untouched and are not indexed', async () => {
    const { enviadas, cuerpos, resultado } = await build([
      { ruta: '/sesiones/a.json', componente: PLANTILLA_DE_SESION, cuerpo: '{"data-pagefind-body":1}', tipo: 'application/json' },
      { ruta: '/sesiones/a/', componente: PLANTILLA_DE_SESION, cuerpo: record('Sesión') },
    ]);
    expect(enviadas).toEqual(['/sesiones/a/']);
    expect(cuerpos[0]).toBe('{"data-pagefind-body":1}');
    expect(resultado.paginas).toBe(1);
  }, 60_000);

  test('a site without record pages gives an empty index, which stops the build', async () => {
    const { salida, resultado } = await build([{ ruta: '/', componente: PLANTILLA_DE_INICIO, cuerpo: page('<h1>Inicio</h1>') }]);
    expect(resultado).toEqual({ paginas: 0, errores: [] });
    expect(indexingProblem(resultado)).toBe('No se indexó ninguna página: ninguna tiene el atributo data-pagefind-body.');
    expect(fs.existsSync(path.join(salida, 'pagefind', 'partes.json'))).toBe(false);
  }, 60_000);
});

describe('the end of the record pages', () => {
  test('is told once the first page of another template is in, when Astro copied some record pages', async () => {
    const { raiz } = project();
    const paginas: PaginaDePrueba[] = [
      { ruta: '/', componente: PLANTILLA_DE_INICIO, cuerpo: page('<h1>Inicio</h1>') },
      { ruta: '/sesiones/a/', componente: PLANTILLA_DE_SESION, cuerpo: record('Primera'), demora: 40 },
      { ruta: '/sesiones/b/', componente: PLANTILLA_DE_SESION, cuerpo: record('Segunda') },
    ];
    const sucesos: string[] = [];
    const prerenderizador = indexingPrerenderer(astroPrerenderer(paginas), {
      indice: { add: (pagina) => void sucesos.push(`indexada ${pagina.url}`), flush: () => void sucesos.push('vaciado') },
      base: BASE,
      claseDe: templateClasses(raiz),
      paginasPorParte: PAGINAS_POR_PARTE,
      onUnmarkedTemplate: () => {},
      onRecordPagesDone: () => void sucesos.push('registros completos'),
    });
    const rutas = await prerenderizador.getStaticPaths();
    // /sesiones/b/ is copied from the previous build, so Astro never renders it.
    const renderizadas = rutas.filter((r) => r.pathname !== '/sesiones/b/');
    await Promise.all(renderizadas.map((r) => prerenderizador.render(new Request(`http://localhost${BASE}${r.pathname.slice(1)}`), { routeData: r.route })));
    // The slow record page started before the home page, so it is in before the signal.
    expect(sucesos).toEqual(['indexada /sesiones/a/', 'registros completos']);
  });

  test('is told with the last record page when every one is rendered', async () => {
    const avisos: number[] = [];
    const { enviadas } = await build(
      [
        { ruta: '/', componente: PLANTILLA_DE_INICIO, cuerpo: page('<h1>Inicio</h1>') },
        { ruta: '/sesiones/a/', componente: PLANTILLA_DE_SESION, cuerpo: record('Primera') },
      ],
      undefined,
      () => avisos.push(Date.now()),
    );
    expect(enviadas).toEqual(['/sesiones/a/']);
    expect(avisos).toHaveLength(1);
  }, 60_000);
});

describe('sitePath', () => {
  test('the page path inside the site, without the base', () => {
    expect(sitePath('http://localhost:4321/transparencia/sesiones/stl-2022-12-16/', '/transparencia/')).toBe('/sesiones/stl-2022-12-16/');
    expect(sitePath('http://localhost/organos/stl/acuerdos/2022/', '/')).toBe('/organos/stl/acuerdos/2022/');
    expect(sitePath('http://localhost/transparencia/personas/jos%C3%A9/', '/transparencia')).toBe('/personas/josé/');
  });
});
