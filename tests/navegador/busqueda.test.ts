/**
 * Site search in headless Chromium, on the test build served under its sub-path: a citizen types
 * what they remember and the right record comes first (or near it), accents and inflections
 * included; filters narrow; a shared /buscar/?q= link runs the search; and the page is axe-clean.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations, useSiteInBrowser, watchPage } from '../soporte/navegador.ts';
import { BASE, RAIZ, SALIDA } from '../soporte/rutas.ts';
import { startServer } from '../soporte/servidor.ts';
import { builtFiles, readPage } from '../soporte/sitio.ts';

const sitio = useSiteInBrowser();

async function openSearch(consulta = '') {
  const page = await sitio.contexto.newPage();
  const vigilancia = watchPage(page, sitio.servidor.origen);
  await page.goto(`${sitio.servidor.url}buscar/${consulta}`);
  await page.locator('#consulta').waitFor({ state: 'visible' });
  return { page, ...vigilancia };
}

/** Waits until the live region reports the search for `q`, and returns its text. */
async function countFor(page: Page, q: string): Promise<string> {
  await page.waitForFunction((texto) => document.getElementById('conteo')?.textContent?.includes(`«${texto}»`), q);
  return (await page.locator('#conteo').textContent()) ?? '';
}

/** Types `q` key by key in the page's search box and submits it with Enter. */
async function typeSearch(page: Page, q: string): Promise<string> {
  const caja = page.locator('#consulta');
  await caja.fill('');
  await caja.pressSequentially(q);
  await caja.press('Enter');
  return countFor(page, q);
}

/** Site paths (without base) of the results shown, in order. */
async function resultPaths(page: Page): Promise<string[]> {
  const hrefs = await page.locator('#resultados > li h2 a').evaluateAll((enlaces) => enlaces.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((href) => '/' + href.slice(BASE.length));
}

const ACTA_STL_XV = '/sesiones/stl-2022-12-16/';
const CARAVANAS = '/compromisos/caravanas-por-la-justicia-cotidiana/';

describe('search in the browser', () => {
  test('a search without accents finds the accented text («jocotitlan» → minutes of the STL session of 16 December 2022)', async () => {
    const { page, erroresDeConsola, peticionesExternas } = await openSearch();
    const conteo = await typeSearch(page, 'jocotitlan');
    expect(conteo).toMatch(/^\d+ resultados? para «jocotitlan»/);
    const rutas = await resultPaths(page);
    expect(rutas.slice(0, 3)).toContain(ACTA_STL_XV);
    const resultado = page.locator('#resultados > li', { has: page.locator(`a[href="${BASE}${ACTA_STL_XV.slice(1)}"]`) });
    expect((await resultado.locator('mark').allTextContents()).join(' ')).toMatch(/Jocotitlán/);
    expect(await resultado.locator('.meta').textContent()).toBe('Sesión · STL · 16 de diciembre de 2022');
    expect(erroresDeConsola).toEqual([]);
    expect(peticionesExternas).toEqual([]);
    await page.close();
  });

  test('the stem of a word finds its inflections («caravana» → «Caravanas por la Justicia Cotidiana»)', async () => {
    const { page } = await openSearch();
    await typeSearch(page, 'caravana');
    const rutas = await resultPaths(page);
    expect(rutas.slice(0, 3)).toContain(CARAVANAS);
    const resultado = page.locator('#resultados > li', { has: page.locator(`a[href="${BASE}${CARAVANAS.slice(1)}"]`) });
    const marcas = (await resultado.locator('mark').allTextContents()).join(' ');
    expect(marcas).toMatch(/Caravanas/);
    expect(await resultado.locator('.meta').textContent()).toMatch(/^Compromiso · /);
    await page.close();
  });

  test('the printed key of an agreement finds it first (STL/XV/3/2022), and so does its id', async () => {
    const { page } = await openSearch();
    await typeSearch(page, 'STL/XV/3/2022');
    expect((await resultPaths(page))[0]).toBe('/acuerdos/stl-xv-3-2022/');
    expect(await page.locator('#resultados > li').first().locator('.meta').textContent()).toBe('Acuerdo · STL · 16 de diciembre de 2022');
    await typeSearch(page, 'stl-xv-3-2022');
    expect((await resultPaths(page))[0]).toBe('/acuerdos/stl-xv-3-2022/');
    await page.close();
  });

  test('several agreements of one year: the best is the result and the others are listed under it, each with its page', async () => {
    const { page, erroresDeConsola } = await openSearch('?q=aprueba+unanimidad&tipo=Acuerdo');
    await countFor(page, 'aprueba unanimidad');
    const primero = page.locator('#resultados > li').first();
    const principal = await primero.locator('h2 a').getAttribute('href');
    expect(principal).toMatch(new RegExp(`^${BASE}acuerdos/[^/]+/$`));
    expect(await primero.locator('> .meta').textContent()).toMatch(/^Acuerdo · [^·]+ · \d{1,2} de [a-z]+ de \d{4}$/);
    const anidados = primero.locator('.resultados__anidados > li');
    expect(await anidados.count()).toBeGreaterThan(0);
    for (const enlace of await anidados.locator('h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
      expect(enlace).toMatch(new RegExp(`^${BASE}acuerdos/[^/]+/$`));
      expect(enlace).not.toBe(principal);
    }
    expect((await anidados.locator('.meta').allTextContents()).every((m) => m.startsWith('Acuerdo · '))).toBe(true);
    // The yearly page they come from is linked too, and every link leads to a built page.
    expect(await primero.locator('p a').first().getAttribute('href')).toMatch(new RegExp(`^${BASE}organos/[^/]+/acuerdos/\\d{4}/[^/]+/$`));
    const respuesta = await page.request.get(`${sitio.servidor.origen}${principal}`);
    expect(respuesta.status()).toBe(200);
    expect(await axeViolations(page)).toEqual([]);
    expect(erroresDeConsola).toEqual([]);
    await page.close();
  });

  test('a filter narrows the results and stays in the address (keyboard only)', async () => {
    const { page } = await openSearch();
    const antes = Number((await typeSearch(page, 'justicia')).match(/^\d+/)?.[0]);
    expect(antes).toBeGreaterThan(3);
    const tiposAntes = new Set((await page.locator('#resultados > li .meta').allTextContents()).map((m) => m.split(' · ')[0]));
    expect(tiposAntes.size).toBeGreaterThan(1);

    // Open «Filtrar y ordenar» and tick «Compromiso» with the keyboard only.
    await page.locator('#filtros summary').focus();
    await page.keyboard.press('Enter');
    const casilla = page.getByRole('checkbox', { name: /^Compromiso/ });
    await casilla.waitFor({ state: 'visible' });
    await casilla.focus();
    await page.keyboard.press('Space');
    await page.waitForFunction(() => /con 1 filtro/.test(document.getElementById('conteo')?.textContent ?? ''));

    const despues = Number((await page.locator('#conteo').textContent())?.match(/^\d+/)?.[0]);
    expect(despues).toBeGreaterThan(0);
    expect(despues).toBeLessThan(antes);
    const tipos = new Set((await page.locator('#resultados > li .meta').allTextContents()).map((m) => m.split(' · ')[0]));
    expect([...tipos]).toEqual(['Compromiso']);
    expect(new URL(page.url()).searchParams.getAll('tipo')).toEqual(['Compromiso']);
    await expect(casilla.isChecked()).resolves.toBe(true);
    await page.close();
  });

  test('the agreement status is a filter: only agreements with that status remain', async () => {
    const { filas } = JSON.parse(fs.readFileSync(path.join(SALIDA, 'datos/acuerdos.json'), 'utf8')) as { filas: { id: string; estado_al_dia: string }[] };
    const sinSeguimiento = filas.filter((f) => f.estado_al_dia === 'sin-seguimiento').map((f) => f.id);
    expect(sinSeguimiento.length).toBeGreaterThan(0);
    expect(filas.length).toBeGreaterThan(sinSeguimiento.length);
    const etiqueta = 'Sin seguimiento en las fuentes';
    // Found by the filter alone, the results are the pages of agreements with that status.
    const paginas = builtFiles().filter((f) => /^organos\/[^/]+\/acuerdos\/\d{4}\/sin-seguimiento\/index\.html$/.test(f));
    expect(paginas.length).toBeGreaterThan(0);
    const soloFiltro = await openSearch(`?estado=${encodeURIComponent(etiqueta)}`);
    await soloFiltro.page.waitForFunction(() => /resultado/.test(document.getElementById('conteo')?.textContent ?? ''));
    const marcadas = await soloFiltro.page
      .locator('#grupos-de-filtros input[name="estado"]')
      .evaluateAll((cs) => cs.map((c) => [(c as HTMLInputElement).value, (c as HTMLInputElement).checked]));
    expect(marcadas, 'the facet is offered, with the status chosen in the address ticked').toContainEqual([etiqueta, true]);
    expect((await resultPaths(soloFiltro.page)).sort()).toEqual(paginas.map((f) => '/' + f.replace(/index\.html$/, '')).sort());
    await soloFiltro.page.close();

    // With words, every agreement listed has the status.
    const { page, erroresDeConsola } = await openSearch(`?q=aprueba&estado=${encodeURIComponent(etiqueta)}`);
    await countFor(page, 'aprueba');
    for (let mas = page.locator('#mostrar-mas'); await mas.isVisible();) await mas.click();
    const enlaces = await page.locator('#resultados a[href*="/acuerdos/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    const ids = [...new Set(enlaces.map((h) => /\/acuerdos\/([^/]+)\/$/.exec(h)?.[1]).filter((id): id is string => Boolean(id) && !/^\d{4}$/.test(id!)))];
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(sinSeguimiento, id).toContain(id);
    expect(await axeViolations(page)).toEqual([]);
    expect(erroresDeConsola).toEqual([]);
    await page.close();
  });

  test('a year filter and the date order are applied from the address', async () => {
    const { page } = await openSearch('?tipo=Sesi%C3%B3n&anio=2020&orden=antiguos');
    await page.waitForFunction(() => /resultado/.test(document.getElementById('conteo')?.textContent ?? ''));
    const rutas = await resultPaths(page);
    expect(rutas.length).toBeGreaterThan(1);
    expect(rutas.every((r) => r.startsWith('/sesiones/') && r.includes('2020-'))).toBe(true);
    const fechas = rutas.map((r) => r.match(/\d{4}-\d{2}-\d{2}/)![0]);
    expect(fechas).toEqual([...fechas].sort());
    await page.close();
  });

  test('the date order, newest first, goes through every part of the index when showing more', async () => {
    const { page, erroresDeConsola } = await openSearch('?tipo=Sesi%C3%B3n&orden=recientes');
    await page.waitForFunction(() => /^\d+ resultados/.test(document.getElementById('conteo')?.textContent ?? ''));
    const total = Number((await page.locator('#conteo').textContent())!.match(/^\d+/)![0]);
    expect(total).toBe(builtFiles().filter((f) => /^sesiones\/[^/]+\/index\.html$/.test(f)).length);
    const mas = page.locator('#mostrar-mas');
    while (await mas.isVisible()) {
      const antes = await page.locator('#resultados > li').count();
      await mas.click();
      await page.waitForFunction((n) => document.querySelectorAll('#resultados > li').length > n, antes);
    }
    const rutas = await resultPaths(page);
    expect(rutas).toHaveLength(total);
    const fechas = rutas.map((r) => r.match(/\d{4}-\d{2}-\d{2}/)![0]);
    expect(fechas).toEqual([...fechas].sort().reverse());
    expect(erroresDeConsola).toEqual([]);
    await page.close();
  });

  test('each part of the index is searched in its own thread, with Pagefind downloaded once, and the order is Pagefind’s', async () => {
    const page = await sitio.contexto.newPage();
    const { erroresDeConsola } = watchPage(page, sitio.servidor.origen);
    const pedidas: string[] = [];
    page.on('request', (peticion) => pedidas.push(new URL(peticion.url()).pathname.slice(BASE.length)));
    await page.goto(`${sitio.servidor.url}buscar/`);
    await page.waitForFunction(() => document.getElementById('conteo')?.textContent?.startsWith('Escriba'));
    const { partes } = JSON.parse(readPage('/pagefind/partes.json')) as { partes: { ruta: string }[] };
    expect(partes.length).toBeGreaterThan(1);
    expect(page.workers()).toHaveLength(partes.length);
    expect(pedidas.filter((ruta) => /\/wasm\.[^/]+\.pagefind$/.test(ruta))).toEqual(['pagefind/wasm.es.pagefind']);
    expect(pedidas.filter((ruta) => ruta.endsWith('pagefind.js'))).toEqual(['pagefind/pagefind.js']);
    expect(pedidas.filter((ruta) => ruta.endsWith('pagefind-entry.json')).sort()).toEqual(
      partes.map((parte) => `pagefind/${parte.ruta}pagefind-entry.json`).sort(),
    );
    expect(pedidas.filter((ruta) => ruta.includes('pagefind-worker'))).toEqual([]);

    // The same search through Pagefind's own merging of the parts, in the page, gives the same
    // order. Record types whose pages are in several parts and whose results link to the page found.
    const TIPOS_EN_VARIAS_PARTES = ['Compromiso', 'Evento', 'Persona'];
    // (A string: the test runner would rewrite an import() written in a function.)
    const esperadas = (await page.evaluate(`(async () => {
      const pagefind = await import('${BASE}pagefind/pagefind.js');
      await pagefind.options({ baseUrl: '${BASE}' });
      for (const ruta of ${JSON.stringify(partes.slice(1).map((parte) => parte.ruta))}) await pagefind.mergeIndex('${BASE}pagefind/' + ruta);
      const { results } = await pagefind.search('gobierno', { filters: { tipo: { any: ${JSON.stringify(TIPOS_EN_VARIAS_PARTES)} } } });
      return Promise.all(results.slice(0, 10).map(async (r) => (await r.data()).url));
    })()`)) as string[];
    await page.goto(`${sitio.servidor.url}buscar/?q=gobierno&${TIPOS_EN_VARIAS_PARTES.map((tipo) => `tipo=${tipo}`).join('&')}`);
    await countFor(page, 'gobierno');
    const hrefs = await page.locator('#resultados > li h2 a').evaluateAll((enlaces) => enlaces.map((a) => a.getAttribute('href')));
    expect(esperadas.length).toBe(10);
    expect(hrefs).toEqual(esperadas);
    expect(erroresDeConsola).toEqual([]);
    await page.close();
  });

  test('when a part of the index cannot be loaded, /buscar/ says so and offers the lists', async () => {
    const page = await sitio.contexto.newPage();
    await page.route('**/pagefind/partes/1/pagefind-entry.json*', (ruta) => ruta.abort());
    await page.goto(`${sitio.servidor.url}buscar/?q=carnet`);
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/^No se pudo cargar el índice de búsqueda\./);
    expect(await page.locator('#buscador').isHidden()).toBe(true);
    expect(await page.locator('#busqueda-sin-js').isVisible()).toBe(true);
    expect(await page.locator('#busqueda-sin-js a[href$="/sesiones/"]').count()).toBeGreaterThan(0);
    await expect.poll(() => page.workers().length).toBe(0);
    await page.close();
  });

  test('Enter after a pause in typing does not repeat the search already on screen', async () => {
    const page = await sitio.contexto.newPage();
    // Counts the searches the page asks of its search threads.
    await page.addInitScript(() => {
      const enviar = Worker.prototype.postMessage;
      const ventana = window as unknown as { busquedas: number };
      ventana.busquedas = 0;
      Worker.prototype.postMessage = function (this: Worker, mensaje: unknown, ...resto: never[]) {
        if ((mensaje as { metodo?: string })?.metodo === 'buscar') ventana.busquedas++;
        return enviar.call(this, mensaje, ...resto);
      } as Worker['postMessage'];
    });
    await page.goto(`${sitio.servidor.url}buscar/`);
    const caja = page.locator('#consulta');
    await caja.waitFor({ state: 'visible' });
    await caja.fill('carnet');
    await countFor(page, 'carnet');
    const busquedas = () => page.evaluate(() => (window as unknown as { busquedas: number }).busquedas);
    const antes = await busquedas();
    expect(antes).toBeGreaterThan(0);
    await caja.press('Enter');
    expect(await busquedas()).toBe(antes);
    // A different query still searches on Enter, at once.
    await caja.press('End');
    await caja.pressSequentially(' jurídico');
    await caja.press('Enter');
    expect(await busquedas()).toBeGreaterThan(antes);
    await countFor(page, 'carnet jurídico');
    await page.close();
  });

  test('under the content security policy the README gives, search works without errors', async () => {
    const politica = "default-src 'self'; script-src 'self' blob: 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'";
    expect(fs.readFileSync(path.join(RAIZ, 'README.md'), 'utf8')).toContain(`\`${politica}\``);
    const servidor = await startServer(SALIDA, BASE, { 'Content-Security-Policy': politica });
    const page = await sitio.contexto.newPage();
    try {
      const { erroresDeConsola, peticionesExternas } = watchPage(page, servidor.origen);
      await page.goto(`${servidor.url}buscar/?q=carnet`);
      await countFor(page, 'carnet');
      expect((await resultPaths(page))[0]).toBe('/compromisos/carnet-juridico/');
      expect(erroresDeConsola).toEqual([]);
      expect(peticionesExternas).toEqual([]);
    } finally {
      await page.close();
      await servidor.cerrar();
    }
  });

  test('?q= in the address runs the search when the page opens (/buscar/?q=carnet)', async () => {
    const { page, erroresDeConsola } = await openSearch('?q=carnet');
    await countFor(page, 'carnet');
    expect(await page.locator('#consulta').inputValue()).toBe('carnet');
    expect((await resultPaths(page))[0]).toBe('/compromisos/carnet-juridico/');
    expect(await page.locator('#busqueda-sin-js').isHidden()).toBe(true);
    expect(erroresDeConsola).toEqual([]);
    await page.close();
  });

  test('the header search box of any page leads to /buscar/ with the query', async () => {
    const page = await sitio.contexto.newPage();
    await page.goto(`${sitio.servidor.url}acuerdos/`);
    await page.getByRole('searchbox', { name: 'Buscar en el sitio' }).fill('carnet jurídico');
    await page.getByRole('searchbox', { name: 'Buscar en el sitio' }).press('Enter');
    await page.waitForURL(/\/buscar\/\?q=carnet/);
    await countFor(page, 'carnet jurídico');
    expect((await resultPaths(page))[0]).toBe('/compromisos/carnet-juridico/');
    await page.close();
  });

  test('list pages do not appear as results', async () => {
    const { page } = await openSearch();
    // The indexed text itself is checked in tests/sitio/busqueda.test.ts; here, the results.
    await typeSearch(page, 'sesiones');
    const rutas = await resultPaths(page);
    for (const lista of ['/', '/sesiones/', '/acuerdos/', '/compromisos/', '/buscar/', '/acerca/']) expect(rutas).not.toContain(lista);
    await page.close();
  });

  test('/buscar/ with results and open filters has no axe violations', async () => {
    const { page, erroresDeConsola } = await openSearch('?q=justicia&tipo=Compromiso');
    await countFor(page, 'justicia');
    expect(await page.locator('#filtros').getAttribute('open')).not.toBeNull();
    expect(await page.locator('#resultados > li').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(erroresDeConsola).toEqual([]);
    await page.close();
  });
});
