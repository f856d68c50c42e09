/**
 * What a reader sees at 320 and 1280 px: no word of four or more letters split across lines
 * (addresses, hashes and code excepted), no table cell that breaks a word, unique ids, a focus
 * ring that stands out from every background it is drawn on, and a header search that still
 * leads somewhere with JavaScript turned off.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSiteInBrowser } from '../soporte/navegador.ts';
import { PLANTILLAS } from '../soporte/plantillas.ts';

// Every template, plus the pages whose tables and blocks are widest.
const PAGINAS = [
  ...PLANTILLAS.filter((ruta) => ruta !== 'no-existe/'),
  'sesiones/grupo-operativo-stl-2020-06-10/',
  'datos/',
  'datos/acuerdos/',
  'encuestas/',
  'encuestas/formato/',
  'buscar/',
];
const ANCHOS = [320, 1280];

/** Words of 4+ letters whose glyphs sit on more than one line, with the element that holds them. */
function brokenWords(page: Page, soloCeldas: boolean) {
  return page.evaluate((celdas) => {
    const rotas: string[] = [];
    const exentos = 'code, pre, .huella, .url, a[href^="http"], a[href^="mailto:"], script, style, noscript, .sr-only, [hidden]';
    const recorrido = document.createTreeWalker(document.querySelector('main') ?? document.body, NodeFilter.SHOW_TEXT);
    for (let nodo = recorrido.nextNode(); nodo; nodo = recorrido.nextNode()) {
      const padre = nodo.parentElement;
      if (!padre || padre.closest(exentos)) continue;
      if (celdas && !padre.closest('td, th')) continue;
      if (padre.getClientRects().length === 0) continue;
      const texto = nodo.textContent ?? '';
      for (const m of texto.matchAll(/[\p{L}\p{N}]{4,}/gu)) {
        const rango = document.createRange();
        rango.setStart(nodo, m.index);
        rango.setEnd(nodo, m.index + m[0].length);
        const lineas = new Set([...rango.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (lineas.size > 1) rotas.push(m[0]);
      }
    }
    return rotas;
  }, soloCeldas);
}

const sitio = useSiteInBrowser();

describe.each(ANCHOS)('at %i px', (ancho) => {
  it.each(PAGINAS)('/%s breaks no word across lines and repeats no id', async (ruta) => {
    const page = await sitio.contexto.newPage();
    await page.setViewportSize({ width: ancho, height: 800 });
    await page.goto(sitio.servidor.url + ruta, { waitUntil: 'load' });
    expect(await brokenWords(page, false)).toEqual([]);
    const repetidos = await page.evaluate(() => {
      const vistos = new Map<string, number>();
      for (const el of document.querySelectorAll('[id]')) vistos.set(el.id, (vistos.get(el.id) ?? 0) + 1);
      return [...vistos].filter(([, n]) => n > 1).map(([id]) => id);
    });
    expect(repetidos).toEqual([]);
    await page.close();
  });
});

describe('tables at 320 px', () => {
  it('keep every word of every cell on one line', async () => {
    const page = await sitio.contexto.newPage();
    await page.setViewportSize({ width: 320, height: 800 });
    for (const ruta of ['', 'acuerdos/', 'calendario/', 'datos/', 'datos/acuerdos/', 'personas/jose-martinez-vilchis/', 'sesiones/stl-2022-12-16/']) {
      await page.goto(sitio.servidor.url + ruta);
      expect(await brokenWords(page, true), ruta).toEqual([]);
    }
    await page.close();
  });
});

/** WCAG relative luminance contrast of two `rgb(…)` colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, b] = (c.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const s = Number(v) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

describe.each(ANCHOS)('focus ring at %i px', (ancho) => {
  it('contrasts at least 3:1 with the background around each focused control', async () => {
    const page = await sitio.contexto.newPage();
    await page.setViewportSize({ width: ancho, height: 800 });
    await page.goto(sitio.servidor.url + 'sesiones/stl-2022-12-16/');
    const medidas: { elemento: string; anillo: string; fondo: string }[] = [];
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab');
      medidas.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const estilo = getComputedStyle(el);
          // The ring sits outside the element, so it is read against the parent's background.
          let fondo = 'rgb(255, 255, 255)';
          for (let p = el.parentElement; p; p = p.parentElement) {
            const bg = getComputedStyle(p).backgroundColor;
            if (bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent') {
              fondo = bg;
              break;
            }
          }
          return { elemento: `${el.tagName} ${el.textContent?.trim().slice(0, 30)}`, anillo: estilo.outlineStyle === 'none' ? '' : estilo.outlineColor, fondo };
        }),
      );
    }
    const regiones = new Set(medidas.map((m) => m.fondo));
    expect(regiones.size, 'header, menu bar and body are all reached').toBeGreaterThanOrEqual(3);
    for (const m of medidas) {
      expect(m.anillo, m.elemento).not.toBe('');
      expect(contrast(m.anillo, m.fondo), `${m.elemento}: ${m.anillo} on ${m.fondo}`).toBeGreaterThanOrEqual(3);
    }
    await page.close();
  });
});

describe('search without JavaScript', () => {
  const sinJs = useSiteInBrowser(false);
  it.each(ANCHOS)('the header box leads to the lists of the site at %i px', async (ancho) => {
    const page = await sinJs.contexto.newPage();
    await page.setViewportSize({ width: ancho, height: 800 });
    await page.goto(sinJs.servidor.url + 'sesiones/');
    await page.fill('#busqueda-encabezado', 'carnet jurídico');
    await Promise.all([page.waitForURL(/buscar\/\?q=/), page.press('#busqueda-encabezado', 'Enter')]);
    expect(await page.isVisible('#busqueda-sin-js')).toBe(true);
    const enlaces = await page.$$eval('#busqueda-sin-js a', (as) => as.map((a) => a.getAttribute('href')));
    expect(enlaces.length).toBeGreaterThanOrEqual(5);
    expect(await page.isVisible('#buscador')).toBe(false);
    await page.close();
  });
});
