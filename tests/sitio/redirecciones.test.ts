/**
 * A renamed record in a built copy of the content: its old address serves an accessible redirect
 * page (meta refresh, canonical, link), `_redirects` sends it on under the base path, and the
 * sitemap lists only the new address. The copy has no git history of its own, so its dataset
 * pages say so instead of listing versions.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../soporte/construir.ts';
import { copyContent, type CopiaDeContenido } from '../soporte/copia-de-contenido.ts';
import { axeViolations, launchBrowser, watchPage } from '../soporte/navegador.ts';
import { startServer } from '../soporte/servidor.ts';
import { BASE, ENTORNO_DE_PRUEBA, SALIDA, SITIO_URL } from '../soporte/rutas.ts';

let copia: CopiaDeContenido;
let salida: string;
const leer = (archivo: string) => fs.readFileSync(path.join(salida, archivo), 'utf8');

beforeAll(() => {
  copia = copyContent();
  fs.renameSync(
    path.join(copia.carpetas.contenido, 'sesiones/stl-2019-10-15.md'),
    path.join(copia.carpetas.contenido, 'sesiones/stl-2019-10-15-instalacion.md'),
  );
  copia.escribir('content/redirecciones.yaml', `${copia.leer('content/redirecciones.yaml')}sesiones:\n  stl-2019-10-15: stl-2019-10-15-instalacion\n`);
  salida = path.join(os.tmpdir(), `sitio-redirecciones-${process.pid}-${Date.now()}`);
  const r = buildSite(salida, { ...ENTORNO_DE_PRUEBA, CONTENIDO_DIR: copia.carpetas.contenido, DATOS_DIR: copia.carpetas.datos });
  if (r.codigo !== 0) throw new Error(r.salida.slice(-4000));
}, 600_000);

afterAll(() => {
  copia.borrar();
  fs.rmSync(salida, { recursive: true, force: true });
});

describe('redirecciones de registros renombrados', () => {
  it('serves an accessible redirect page at the old address', () => {
    const html = leer('sesiones/stl-2019-10-15/index.html');
    const nueva = `${BASE}sesiones/stl-2019-10-15-instalacion/`;
    expect(html).toMatch(/<html lang="es-MX"/);
    expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${nueva}">`);
    expect(html).toContain(`<link rel="canonical" href="${SITIO_URL}${nueva}">`);
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toMatch(/<h1[^>]*>Esta página cambió de dirección<\/h1>/);
    expect(html).toContain(`<a href="${nueva}">${SITIO_URL}${nueva}</a>`);
    expect(fs.existsSync(path.join(salida, 'sesiones/stl-2019-10-15-instalacion/index.html'))).toBe(true);
  });

  it('the redirect page has no axe violations at 1280 and 320 px and takes the reader to the new page', async () => {
    const servidor = await startServer(salida);
    const navegador = await launchBrowser();
    try {
      for (const ancho of [1280, 320]) {
        const page = await navegador.contexto.newPage();
        await page.setViewportSize({ width: ancho, height: 800 });
        const vigilancia = watchPage(page, servidor.origen);
        // axe needs the page to stay: this first visit serves it without its (immediate, so
        // WCAG-conforming) refresh; the second one checks that the refresh takes the reader on.
        await page.route('**/sesiones/stl-2019-10-15/', async (ruta) => {
          const respuesta = await ruta.fetch();
          await ruta.fulfill({ response: respuesta, body: (await respuesta.text()).replace(/<meta http-equiv="refresh"[^>]*>/, '') });
        });
        await page.goto(`${servidor.url}sesiones/stl-2019-10-15/`);
        expect(await axeViolations(page)).toEqual([]);
        expect(vigilancia.peticionesExternas).toEqual([]);
        await page.unroute('**/sesiones/stl-2019-10-15/');
        await page.goto(`${servidor.url}sesiones/stl-2019-10-15/`, { waitUntil: 'commit' });
        await page.waitForURL(`${servidor.url}sesiones/stl-2019-10-15-instalacion/`);
        expect(await page.locator('h1').textContent()).not.toBe('Esta página cambió de dirección');
        await page.close();
      }
    } finally {
      await navegador.cerrar();
      await servidor.cerrar();
    }
  });

  it('writes _redirects under the base path and keeps the old address out of the sitemap', () => {
    expect(
      leer('_redirects')
        .split('\n')
        .filter((l) => l && !l.startsWith('#')),
    ).toEqual([
      `${BASE}sesiones/stl-2019-10-15 ${BASE}sesiones/stl-2019-10-15-instalacion/ 301`,
      `${BASE}sesiones/stl-2019-10-15/ ${BASE}sesiones/stl-2019-10-15-instalacion/ 301`,
    ]);
    const mapa = leer('sitemap.xml');
    expect(mapa).toContain(`${SITIO_URL}${BASE}sesiones/stl-2019-10-15-instalacion/`);
    expect(mapa).not.toContain(`${SITIO_URL}${BASE}sesiones/stl-2019-10-15/<`);
  });

  it('the default site has no redirects: its _redirects lists none', () => {
    expect(
      fs
        .readFileSync(path.join(SALIDA, '_redirects'), 'utf8')
        .split('\n')
        .filter((l) => l && !l.startsWith('#')),
    ).toEqual([]);
  });

  it('a copy without history says so on dataset pages and in cambios.json', () => {
    expect(leer('datos/sesiones/index.html')).toContain('Historial no disponible en esta copia (el contenido se leyó de otra carpeta');
    const cambios = JSON.parse(leer('datos/sesiones/cambios.json'));
    expect(cambios).toMatchObject({ historial_disponible: false, versiones: [], cambios: [] });
    expect(cambios.aviso).toMatch(/^historial no disponible en esta copia: /);
    expect(leer('datos/sesiones/index.html')).toContain('Archivos del 21 de noviembre de 2026.');
  });
});
