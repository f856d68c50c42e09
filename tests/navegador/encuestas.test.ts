/**
 * Survey pages in headless Chromium: zero axe violations, no console errors, no request to
 * another origin, the chart canvas drawn next to its table; and the tables alone without JavaScript.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations, useSiteInBrowser, watchPage } from '../soporte/navegador.ts';

const DEMO = 'encuestas/revision-ciudadana-apertura-municipal-2022-demostracion/';
const sitio = useSiteInBrowser();

describe('survey pages in Chromium', () => {
  it.each(['encuestas/', 'encuestas/formato/', 'encuestas/revision-ciudadana-apertura-municipal-2022/', DEMO, `${DEMO}municipios/15106/`])(
    '/%s',
    async (ruta) => {
      const page = await sitio.contexto.newPage();
      const vigilancia = watchPage(page, sitio.servidor.origen);
      const respuesta = await page.goto(sitio.servidor.url + ruta, { waitUntil: 'networkidle' });
      expect(respuesta?.status()).toBe(200);
      expect(await axeViolations(page)).toEqual([]);
      expect(vigilancia.erroresDeConsola).toEqual([]);
      expect(vigilancia.peticionesExternas).toEqual([]);
      await page.close();
    },
  );

  it('draws a chart canvas beside each question’s table', async () => {
    const page = await sitio.contexto.newPage();
    await page.goto(sitio.servidor.url + DEMO, { waitUntil: 'networkidle' });
    // Chart.js is loaded when a chart nears the screen; then every chart is drawn, one per idle
    // moment. Scroll to the first one and wait until every figure has its canvas.
    await page.locator('[data-grafica]').first().scrollIntoViewIfNeeded();
    await page.waitForFunction(() => [...document.querySelectorAll('[data-grafica]')].every((f) => f.querySelector('canvas')));
    const figuras = await page.$$eval('[data-grafica]', (fs) =>
      fs.map((f) => ({
        canvas: f.querySelectorAll('canvas').length,
        tabla: f.querySelectorAll('table').length,
        ancho: f.querySelector('canvas')?.getBoundingClientRect().width ?? 0,
      })),
    );
    expect(figuras).toHaveLength(10);
    for (const f of figuras) expect(f).toMatchObject({ canvas: 1, tabla: 1 });
    expect(figuras.every((f) => f.ancho > 100)).toBe(true);
    expect(await page.getAttribute('[data-grafica] canvas', 'aria-label')).toMatch(/^Gráfica de barras: /);
    await page.close();
  });

  it('reads without JavaScript: every table is there, no canvas', async () => {
    const contexto = sitio.contexto;
    const page = await contexto.newPage();
    await page.route('**/*.js', (route) => route.abort());
    await page.goto(sitio.servidor.url + DEMO, { waitUntil: 'load' });
    expect(await page.locator('[data-grafica] table').count()).toBe(10);
    expect(await page.locator('canvas').count()).toBe(0);
    await page.close();
  });
});
