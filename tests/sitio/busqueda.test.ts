/**
 * The search index in the test build: what Pagefind indexed (read back from its fragments), what
 * each result carries, and the /buscar/ page without JavaScript.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import type { ManifiestoDeBusqueda } from '../../src/lib/busqueda/partes.ts';
import { BASE, PAGINAS_POR_PARTE_EN_PRUEBAS, SALIDA } from '../soporte/rutas.ts';
import { builtFiles, linksIn, readPage } from '../soporte/sitio.ts';

interface Fragmento {
  url: string;
  content: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
  anchors: { id: string; title?: string; element: string }[];
}

const CARPETA = path.join(SALIDA, 'pagefind');

/** The parts of the index, as `/buscar/` reads them. */
function parts(): ManifiestoDeBusqueda['partes'] {
  return (JSON.parse(fs.readFileSync(path.join(CARPETA, 'partes.json'), 'utf8')) as ManifiestoDeBusqueda).partes;
}

/** The pages indexed in one part folder, decoded from its fragments (gzip of `pagefind_dcd` + JSON). */
function fragmentsIn(carpeta: string): Fragmento[] {
  return fs
    .readdirSync(path.join(carpeta, 'fragment'))
    .map((nombre) => gunzipSync(fs.readFileSync(path.join(carpeta, 'fragment', nombre))).toString('utf8'))
    .map((texto) => JSON.parse(texto.slice(texto.indexOf('{'))) as Fragmento);
}

/** Every indexed page, from every part. */
function fragments(): Fragmento[] {
  return parts().flatMap((parte) => fragmentsIn(path.join(CARPETA, parte.ruta)));
}

/**
 * Site paths of the pages search should index, from the build: every record page, except that
 * agreements are indexed as sections of their body's yearly page narrowed to one status rather
 * than one page each.
 */
function recordPages(): string[] {
  return builtFiles()
    .filter(
      (f) =>
        /^(sesiones|compromisos|eventos|organos|personas|datos|encuestas)\/(?!formato\/)[^/]+\/index\.html$/.test(f) ||
        /^organos\/[^/]+\/acuerdos\/\d{4}\/[^/]+\/index\.html$/.test(f),
    )
    .map((f) => `/${f.slice(0, -'index.html'.length)}`);
}

describe('search index', () => {
  test('the Pagefind bundle is in <output>/pagefind/, in Spanish', () => {
    expect(fs.existsSync(path.join(CARPETA, 'pagefind.js'))).toBe(true);
    const entrada = JSON.parse(fs.readFileSync(path.join(CARPETA, 'pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entrada.languages)).toEqual(['es']);
    expect(fs.existsSync(path.join(CARPETA, 'wasm.es.pagefind'))).toBe(true);
  });

  test('the index comes in parts, each page in exactly one, with its sort date', () => {
    const partes = parts();
    expect(partes.length).toBeGreaterThan(1);
    expect(partes.map((p) => p.ruta)).toEqual(partes.map((_, i) => (i === 0 ? '' : `partes/${i}/`)));
    partes.forEach((parte, i) => {
      expect(parte.paginas).toBeLessThanOrEqual(PAGINAS_POR_PARTE_EN_PRUEBAS);
      const enLaParte = fragmentsIn(path.join(CARPETA, parte.ruta));
      expect(enLaParte).toHaveLength(parte.paginas);
      for (const f of enLaParte) {
        // The sort date, also as metadata, so sorted parts can be merged in the browser.
        expect(f.meta.orden, f.url).toBe(readPage(f.url).match(/data-pagefind-sort="fecha\[data-fecha\]"[^>]*data-fecha="([^"]+)"/)![1]);
      }
      // Other parts use the first part's engine: only their index, pages and filters are there.
      if (i > 0) expect(fs.readdirSync(path.join(CARPETA, parte.ruta)).filter((n) => /^(pagefind\.js|wasm\.)/.test(n))).toEqual([]);
    });
    const urls = fragments().map((f) => f.url);
    expect(new Set(urls).size).toBe(urls.length);
    // Record pages come first, split into even parts (src/lib/busqueda/partes.ts, partCapacities),
    // not full ones and a small last one; the summaries of collections (dataset pages, which any
    // record's change touches) follow in parts of their own (src/lib/busqueda/orden.ts).
    const esResumen = (url: string) => readPage(url).includes('data-resumen-de-coleccion');
    const resumenes = urls.filter(esResumen).length;
    expect(resumenes).toBeGreaterThan(0);
    const deRegistros = Math.ceil((urls.length - resumenes) / PAGINAS_POR_PARTE_EN_PRUEBAS);
    expect(partes.length).toBe(deRegistros + Math.ceil(resumenes / PAGINAS_POR_PARTE_EN_PRUEBAS));
    const tamanos = partes.slice(0, deRegistros).map((p) => p.paginas);
    expect(Math.max(...tamanos) - Math.min(...tamanos)).toBeLessThanOrEqual(1);
    partes.forEach((parte, i) => {
      for (const f of fragmentsIn(path.join(CARPETA, parte.ruta))) expect(esResumen(f.url), f.url).toBe(i >= deRegistros);
    });
  });

  test('every record page is indexed and no other (no lists, home or /buscar/)', () => {
    const indexadas = fragments()
      .map((f) => f.url)
      .sort();
    expect(indexadas).toEqual(recordPages().sort());
    for (const tipo of ['/sesiones/', '/compromisos/', '/eventos/', '/organos/', '/personas/']) {
      expect(indexadas.some((u) => u.startsWith(tipo))).toBe(true);
    }
    expect(indexadas.filter((u) => u.startsWith('/acuerdos/'))).toEqual([]);
  });

  test('only the main content: nothing from the header, navigation, breadcrumbs or footer', () => {
    for (const f of fragments()) {
      expect(f.content, f.url).not.toMatch(/Saltar al contenido|Buscar en el sitio|Contenido y datos bajo|Los datos de esta página|Ruta de navegación/);
    }
  });

  test('every result has its type, filters and sort date; agreements, their printed key and their id', () => {
    const todos = fragments();
    for (const f of todos) {
      expect(f.meta.tipo, f.url).toBeTruthy();
      expect(f.meta.title, f.url).toBeTruthy();
      expect(f.filters.tipo, f.url).toEqual([f.meta.tipo]);
      // Pagefind drops pages without the sort key when sorting, so every record page has one.
      expect(readPage(f.url), f.url).toMatch(/data-pagefind-sort="fecha\[data-fecha\]"[^>]*data-fecha="\d{4}-\d{2}-\d{2}"/);
    }
    const anual = todos.find((f) => f.url === '/organos/stl/acuerdos/2022/sin-seguimiento/')!;
    expect(anual.meta).toMatchObject({ tipo: 'Acuerdo', organo: 'STL', title: 'Acuerdos de STL en 2022: Sin seguimiento en las fuentes' });
    expect(anual.filters).toMatchObject({ anio: ['2022'], tipo: ['Acuerdo'], estado: ['Sin seguimiento en las fuentes'] });
    expect(anual.content).toContain('STL/XV/3/2022.');
    expect(anual.content).toContain('Identificador: stl-xv-3-2022');
    expect(anual.content, 'only the agreements, not the headings and links around them').not.toMatch(
      /Acuerdos de STL en 2022|Ver todos los acuerdos|Décimo Quinta Sesión Ordinaria ·/,
    );
    expect(
      todos.some((f) => /^\/organos\/[^/]+\/acuerdos\/\d{4}\/$/.test(f.url)),
      'the yearly pages themselves are not indexed',
    ).toBe(false);
  });

  test('each agreement is a titled section of its body’s yearly page for its status, and of no other page', () => {
    const todos = fragments();
    const secciones = todos.flatMap((f) => f.anchors.filter((a) => a.id.startsWith('acuerdo-')).map((a) => ({ url: f.url, ...a })));
    const acuerdos = builtFiles()
      .filter((f) => /^acuerdos\/(?!pagina\/)[^/]+\/index\.html$/.test(f))
      .map((f) => f.split('/')[1]);
    expect(secciones.map((s) => s.id.replace(/^acuerdo-\d{4}-\d{2}-\d{2}-/, '')).sort()).toEqual(acuerdos.sort());
    for (const s of secciones) {
      expect(s.url).toMatch(/^\/organos\/[^/]+\/acuerdos\/\d{4}\/[^/]+\/$/);
      expect(s.title).toMatch(/^Acuerdo /);
      expect(s.id.slice('acuerdo-'.length, 'acuerdo-'.length + 4)).toBe(s.url.match(/\d{4}/)![0]);
    }
    expect(secciones.find((s) => s.id === 'acuerdo-2022-12-16-stl-xv-3-2022')).toMatchObject({
      url: '/organos/stl/acuerdos/2022/sin-seguimiento/',
      title: 'Acuerdo STL/XV/3/2022',
    });
    // A session lists its agreements, but they are indexed once, on the yearly page (its minutes
    // still quote them, and are indexed).
    expect(todos.find((f) => f.url === '/sesiones/stl-2022-12-16/')!.content).not.toMatch(/Acuerdos \(3\)|Punto IV · Unanimidad/);
  });

  test('the agreement status is an exact filter: each page with it holds only agreements of that status, and each agreement is found under its own', () => {
    const { filas } = JSON.parse(fs.readFileSync(path.join(SALIDA, 'datos/acuerdos.json'), 'utf8')) as { filas: { id: string; estado_al_dia: string }[] };
    const estadoDe = new Map(filas.map((f) => [f.id, f.estado_al_dia]));
    // The facet shows the label; the status lists' addresses name the same status by its key.
    const claveDe = new Map<string, string>();
    const encontrados = new Map<string, string>();
    for (const f of fragments().filter((x) => x.filters.estado)) {
      expect(f.filters.estado, f.url).toHaveLength(1);
      const clave = f.url.split('/').at(-2)!;
      const etiqueta = f.filters.estado[0];
      expect(claveDe.get(etiqueta) ?? clave, etiqueta).toBe(clave);
      claveDe.set(etiqueta, clave);
      for (const a of f.anchors.filter((x) => x.id.startsWith('acuerdo-'))) encontrados.set(a.id.replace(/^acuerdo-\d{4}-\d{2}-\d{2}-/, ''), clave);
    }
    expect(Object.fromEntries(encontrados)).toEqual(Object.fromEntries(estadoDe));
    expect(new Set(estadoDe.values()).size, 'the content has agreements of several statuses').toBeGreaterThan(1);
    expect(claveDe.get('Cumplido')).toBe('cumplido');
  });

  test('sessions and commitments carry their text', () => {
    const todos = fragments();
    const sesion = todos.find((f) => f.url === '/sesiones/stl-2022-12-16/')!;
    expect(sesion.content).toMatch(/Jocotitlán/);
    expect(sesion.content).toMatch(/Modalidad Virtual Lugar /);
    const compromiso = todos.find((f) => f.url === '/compromisos/cultura-de-gobierno-abierto/')!;
    expect(compromiso.filters.eje).toEqual(['Cultura de Gobierno Abierto']);
  });
});

describe('/buscar/ without JavaScript', () => {
  const html = readPage('/buscar/');

  test('says that search needs JavaScript and links to the browsable lists', () => {
    const sinJs = html.slice(html.indexOf('id="busqueda-sin-js"'), html.indexOf('id="buscador"'));
    expect(sinJs).toMatch(/necesita JavaScript/);
    const enlaces = linksIn(sinJs);
    for (const lista of ['sesiones', 'acuerdos', 'compromisos', 'calendario', 'eventos', 'organos', 'personas', 'datos']) {
      expect(enlaces).toContain(`${BASE}${lista}/`);
    }
    expect(html).toMatch(/<div id="buscador" hidden/);
  });

  test('the header of every page leads to /buscar/ with the q parameter', () => {
    for (const ruta of ['/', '/acuerdos/', '/sesiones/stl-2022-12-16/']) {
      expect(readPage(ruta)).toMatch(new RegExp(`<form[^>]*action="${BASE}buscar/"[^>]*method="get"`));
      expect(readPage(ruta)).toMatch(/<input id="busqueda-encabezado" name="q"/);
    }
  });

  test('only /buscar/, the editor (/admin/), surveys and datasets load JavaScript; reading pages load none', () => {
    const conScript = builtFiles().filter(
      (f) => f.endsWith('.html') && /<script(?![^>]*application\/ld\+json)/.test(fs.readFileSync(path.join(SALIDA, f), 'utf8')),
    );
    // Survey pages with results also load their charts (tests/sitio/encuestas.test.ts checks them),
    // dataset pages their explorer (tests/sitio/explorador.test.ts) and the staff editor is a script
    // (tests/navegador/editor.test.ts).
    expect(conScript.filter((f) => !/^encuestas\/[^/]+\/(municipios\/\d{5}\/)?index\.html$/.test(f) && !/^datos\/[^/]+\/index\.html$/.test(f))).toEqual([
      'admin/index.html',
      'buscar/index.html',
    ]);
  });
});
