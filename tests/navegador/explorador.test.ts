/**
 * The dataset explorer in headless Chromium: sorting announced and marked with `aria-sort`, a
 * column filter, the view carried by the address and restored from it, the download of the view
 * with the published CSV's rules, and no axe-core violations at desktop and phone widths.
 */
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { axeViolations, useSiteInBrowser, watchPage } from '../soporte/navegador.ts';
import { SALIDA } from '../soporte/rutas.ts';

const sitio = useSiteInBrowser();
const publicado = JSON.parse(fs.readFileSync(path.join(SALIDA, 'datos/acuerdos.json'), 'utf8')) as { filas: Record<string, unknown>[] };

describe('dataset explorer', () => {
  for (const ancho of [1280, 320]) {
    it(`has no accessibility violations at ${ancho} px, with the whole table loaded`, async () => {
      const page = await sitio.contexto.newPage();
      await page.setViewportSize({ width: ancho, height: 900 });
      const vigilancia = watchPage(page, sitio.servidor.origen);
      await page.goto(`${sitio.servidor.url}datos/acuerdos/?orden=-sesion`);
      await page.locator('[data-estado-explorador]').filter({ hasText: 'Ordenado por' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expect(vigilancia.erroresDeConsola).toEqual([]);
      expect(vigilancia.peticionesExternas).toEqual([]);
      await page.close();
    });
  }

  it('sorts, filters, keeps the view in the address and downloads that view', async () => {
    const page = await sitio.contexto.newPage();
    await page.goto(`${sitio.servidor.url}datos/acuerdos/`);
    const estado = page.locator('[data-estado-explorador]');
    await estado.filter({ hasText: 'En el orden del conjunto' }).waitFor();
    const filasVisibles = page.locator('.explorador-tabla tbody tr');
    expect(await filasVisibles.count()).toBe(Math.min(25, publicado.filas.length));

    await page.locator('button[data-ordenar="fecha"]').click();
    await page.locator('button[data-ordenar="fecha"]').click();
    await expect.poll(() => page.locator('th:has(button[data-ordenar="fecha"])').getAttribute('aria-sort')).toBe('descending');
    expect(await estado.textContent()).toContain('Ordenado por «fecha», de la más reciente a la más antigua.');

    await page.locator('summary', { hasText: 'Filtrar por columna' }).click();
    await page.getByLabel(/^votacion \(/).selectOption('unanimidad');
    const esperadas = publicado.filas.filter((f) => f.votacion === 'unanimidad');
    expect(esperadas.length).toBeGreaterThan(0);
    await expect.poll(() => filasVisibles.count()).toBe(Math.min(25, esperadas.length));
    expect(new URL(page.url()).search).toBe('?orden=-fecha&votacion=unanimidad');

    const [descarga] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Descargar esta vista en CSV' }).click()]);
    expect(descarga.suggestedFilename()).toBe('acuerdos-vista.csv');
    const bytes = fs.readFileSync(await descarga.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const filas = Papa.parse<Record<string, string>>(bytes.toString('utf8').slice(1), { header: true, newline: '\r\n', skipEmptyLines: true }).data;
    expect(filas.length).toBe(esperadas.length);
    expect(filas.every((f) => f.votacion === 'unanimidad')).toBe(true);
    const fechas = filas.map((f) => f.fecha);
    expect(fechas).toEqual([...fechas].sort().reverse());
    expect(new Set(filas.map((f) => f.id))).toEqual(new Set(esperadas.map((f) => f.id)));
    const cabecera = fs.readFileSync(path.join(SALIDA, 'datos/acuerdos.csv'), 'utf8').split('\r\n')[0];
    expect(bytes.toString('utf8').split('\r\n')[0]).toBe(cabecera);

    // The same address in a new page restores the view.
    const otra = await sitio.contexto.newPage();
    await otra.goto(page.url());
    await otra.locator('[data-estado-explorador]').filter({ hasText: 'Ordenado por «fecha»' }).waitFor();
    expect(await otra.getByLabel(/^votacion \(/).inputValue()).toBe('unanimidad');
    expect(await otra.locator('th:has(button[data-ordenar="fecha"])').getAttribute('aria-sort')).toBe('descending');
    expect(await otra.locator('.explorador-tabla tbody tr').count()).toBe(Math.min(25, esperadas.length));
    await otra.close();
    await page.close();
  });
});
