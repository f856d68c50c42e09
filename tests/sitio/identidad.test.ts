/**
 * The header identifies the publisher: the configured official logo with its text alternative,
 * or, without one, the decorative monogram; always under the site's base and with the
 * «Sitio oficial del …» line.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import sitio from '../../sitio.config.ts';
import { headerMark, officialSiteLine } from '../../src/lib/identidad.ts';
import { BASE, SALIDA } from '../soporte/rutas.ts';
import { builtFiles, readPage } from '../soporte/sitio.ts';

const PAGINAS = builtFiles().filter((f) => f.endsWith('.html') && !f.startsWith('admin/') && readPage('/' + f).includes('<header class="encabezado">'));
const marca = headerMark(sitio.logo, BASE);

describe('identity in the header', () => {
  it('has the image it shows in the build, under the base', () => {
    expect(marca.src.startsWith(BASE)).toBe(true);
    expect(fs.existsSync(path.join(SALIDA, marca.src.slice(BASE.length)))).toBe(true);
    expect(PAGINAS.length).toBeGreaterThan(50);
  });

  it.each(PAGINAS)('/%s shows the logo (or the monogram) and the official-site line', (archivo) => {
    const html = readPage('/' + archivo);
    const encabezado = html.slice(html.indexOf('<header class="encabezado">'), html.indexOf('</header>'));
    const imagen = /<a class="marca"[^>]*>\s*<img\b([^>]*)>/.exec(encabezado)?.[1] ?? '';
    expect(imagen).toContain(`src="${marca.src}"`);
    // Astro writes an empty attribute bare (`alt`), which HTML reads as `alt=""`.
    const alt = /\salt(?:="([^"]*)")?(?=[\s>/])/.exec(imagen);
    expect(alt, 'the image has an alt attribute').not.toBeNull();
    expect(alt?.[1] ?? '').toBe(marca.alt);
    // Without an official logo the image is decorative; the site's name beside it says who publishes.
    if (!marca.oficial) expect(imagen).not.toContain('class="marca__logo"');
    expect(encabezado).toContain(`${officialSiteLine(sitio.institucion).texto} · <a href="${sitio.institucion.url}">`);
  });
});
