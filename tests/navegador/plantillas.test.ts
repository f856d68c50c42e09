/**
 * One page of every template in headless Chromium: no console error, no request to another
 * origin, zero axe-core violations (WCAG 2 A/AA), usable at 320 px and from the keyboard.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations, useSiteInBrowser, watchPage } from '../soporte/navegador.ts';
import { PLANTILLAS } from '../soporte/plantillas.ts';

const sitio = useSiteInBrowser();

describe('every template in Chromium', () => {
  it.each(PLANTILLAS)('/%s', async (ruta) => {
    const page = await sitio.contexto.newPage();
    const vigilancia = watchPage(page, sitio.servidor.origen);
    const respuesta = await page.goto(sitio.servidor.url + ruta, { waitUntil: 'load' });
    expect(respuesta?.status()).toBe(ruta === 'no-existe/' ? 404 : 200);
    expect(await axeViolations(page)).toEqual([]);
    // 404 pages log the failed navigation itself; anything else is an error of ours.
    expect(vigilancia.erroresDeConsola.filter((e) => !(ruta === 'no-existe/' && /404/.test(e)))).toEqual([]);
    expect(vigilancia.peticionesExternas).toEqual([]);
    await page.close();
  });
});

describe('layout and keyboard', () => {
  it('fits a 320 px screen without horizontal scrolling', async () => {
    const page = await sitio.contexto.newPage();
    await page.setViewportSize({ width: 320, height: 640 });
    for (const ruta of ['', 'sesiones/stl-2022-12-16/', 'compromisos/caravanas-por-la-justicia-cotidiana/']) {
      await page.goto(sitio.servidor.url + ruta);
      const ancho = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(ancho, ruta).toBeLessThanOrEqual(320);
    }
    await page.close();
  });

  it('offers a skip link as the first Tab stop that moves focus to the content', async () => {
    const page = await sitio.contexto.newPage();
    await page.goto(sitio.servidor.url + 'sesiones/stl-2022-12-16/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Saltar al contenido');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('contenido');
    await page.close();
  });

  it('prints a session’s minutes without the site chrome', async () => {
    const page = await sitio.contexto.newPage();
    await page.goto(sitio.servidor.url + 'sesiones/stl-2022-12-16/');
    await page.emulateMedia({ media: 'print' });
    const visibles = await page.evaluate(() =>
      ['.encabezado', '.navegacion', '.pie', '.datos-detras', '.acta'].map((s) => {
        const el = document.querySelector(s);
        return el ? getComputedStyle(el).display !== 'none' : null;
      }),
    );
    expect(visibles).toEqual([false, false, false, false, true]);
    const pdf = await page.pdf({ format: 'Letter' });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    await page.close();
  });
});
