/**
 * Dataset pages in headless Chromium: no accessibility violations (axe-core, WCAG 2 A/AA), no
 * console errors, no request to another origin, and a CSV download that is the published file.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { axeViolations, useSiteInBrowser, watchPage } from '../soporte/navegador.ts';
import { SALIDA } from '../soporte/rutas.ts';

const sitio = useSiteInBrowser();

describe('páginas de datos en el navegador', () => {
  for (const ruta of ['datos/', 'datos/sesiones/', 'datos/municipios/', 'calendario/', 'organos/stl/']) {
    it(`/${ruta}: sin infracciones de accesibilidad, errores ni peticiones externas`, async () => {
      const page = await sitio.contexto.newPage();
      const vigilancia = watchPage(page, sitio.servidor.origen);
      const respuesta = await page.goto(`${sitio.servidor.url}${ruta}`);
      expect(respuesta?.status()).toBe(200);
      expect(await axeViolations(page)).toEqual([]);
      expect(vigilancia.erroresDeConsola).toEqual([]);
      expect(vigilancia.peticionesExternas).toEqual([]);
      await page.close();
    });
  }

  it('descarga el CSV desde la página del conjunto: los mismos bytes, con el SHA-256 mostrado', async () => {
    const page = await sitio.contexto.newPage();
    await page.goto(`${sitio.servidor.url}datos/asistencia/`);
    const [descarga] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Descargar asistencia.csv' }).click()]);
    expect(descarga.suggestedFilename()).toBe('asistencia.csv');
    const bytes = fs.readFileSync(await descarga.path());
    expect(bytes.equals(fs.readFileSync(path.join(SALIDA, 'datos/asistencia.csv')))).toBe(true);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const mostrado = await page
      .locator('tr', { has: page.locator('a[data-formato="CSV"]') })
      .locator('code')
      .textContent();
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(mostrado);
    const filas = Papa.parse<string[]>(bytes.toString('utf8').slice(1), { newline: '\r\n', skipEmptyLines: true }).data;
    expect(filas[0]).toEqual(expect.arrayContaining(['sesion', 'persona', 'cargo', 'representacion']));
    expect(filas.length).toBeGreaterThan(10);
    await page.close();
  });
});
