/**
 * The follow-up templates at a desktop and a phone width: zero axe-core violations, no sideways
 * page scroll, wide tables in labelled focusable regions, and no word split across lines in them.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations, useSiteInBrowser } from '../soporte/navegador.ts';

const PLANTILLAS = [
  'compromisos/',
  'organos/stl/',
  'seguimiento/',
  'seguimiento/organos/grupo-operativo-stl/',
  'seguimiento/instituciones/ieem/',
  'seguimiento/anios/2020/',
];
const ANCHOS = [1280, 320];

const sitio = useSiteInBrowser();

describe.each(ANCHOS)('follow-up templates at %i px', (ancho) => {
  it.each(PLANTILLAS)('/%s', async (ruta) => {
    const page = await sitio.contexto.newPage();
    await page.setViewportSize({ width: ancho, height: 800 });
    await page.goto(sitio.servidor.url + ruta, { waitUntil: 'load' });
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(ancho);
    const revision = await page.evaluate(() => {
      const tablas = [...document.querySelectorAll('main table')];
      const sinRegion = tablas.filter((t) => {
        const region = t.closest('[role="region"]');
        return !region || region.getAttribute('tabindex') !== '0' || !(region.getAttribute('aria-label') || region.getAttribute('aria-labelledby'));
      }).length;
      // A word is split when its characters lie on more than one line.
      const partidas: string[] = [];
      for (const tabla of tablas) {
        const recorrido = document.createTreeWalker(tabla, NodeFilter.SHOW_TEXT);
        for (let nodo = recorrido.nextNode(); nodo; nodo = recorrido.nextNode()) {
          for (const m of (nodo.textContent ?? '').matchAll(/[\p{L}\p{N}]{4,}/gu)) {
            const rango = document.createRange();
            rango.setStart(nodo, m.index!);
            rango.setEnd(nodo, m.index! + m[0].length);
            const lineas = new Set([...rango.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
            if (lineas.size > 1) partidas.push(m[0]);
          }
        }
      }
      return { tablas: tablas.length, sinRegion, partidas };
    });
    expect(revision.tablas).toBeGreaterThan(0);
    expect(revision.sinRegion).toBe(0);
    expect(revision.partidas).toEqual([]);
    await page.close();
  });
});
