import { describe, expect, test } from 'vitest';
import { pageUrl, recordBody, spaceBlockBoundaries } from './html.ts';

describe('spaceBlockBoundaries', () => {
  test('separates data-sheet terms, table headers and quotes from the next word', () => {
    expect(spaceBlockBoundaries('<dl><dt>Lugar</dt><dd>Jocotitlán</dd></dl>')).toBe('<dl><dt>Lugar </dt><dd>Jocotitlán </dd> </dl>');
    expect(spaceBlockBoundaries('<tr><th scope="col">Persona</th><th>Cargo</TH ></tr>')).toBe('<tr><th scope="col">Persona </th><th>Cargo </TH > </tr>');
  });

  test('leaves inline elements and other blocks alone', () => {
    const html = '<p>Clave <code>STL/XV/3/2022</code></p><li><a href="/x/">y</a></li><td>z</td>';
    expect(spaceBlockBoundaries(html)).toBe(html);
  });
});

describe('pageUrl', () => {
  test('gives the address Pagefind would compute from the file path', () => {
    expect(pageUrl('index.html')).toBe('/');
    expect(pageUrl('sesiones/stl-2022-12-16/index.html')).toBe('/sesiones/stl-2022-12-16/');
    expect(pageUrl('acuerdos\\stl-xv-3-2022\\index.html')).toBe('/acuerdos/stl-xv-3-2022/');
    expect(pageUrl('404.html')).toBe('/404.html');
  });
});

describe('recordBody', () => {
  const pagina = (cuerpo: string) =>
    `<!DOCTYPE html><html lang="es-MX"><head><meta charset="utf-8"><title>Acta · Sitio</title><link rel="stylesheet" href="/a.css"></head><body><header><nav>Menú</nav></header><main>${cuerpo}</main><footer>Pie</footer></body></html>`;

  test('keeps the record element, nested articles included, with the language and title', () => {
    const registro = '<article data-pagefind-body><h1>Acta</h1><article><p>Cita</p></article><p>Fin</p></article>';
    expect(recordBody(pagina(`${registro}<aside>Datos</aside>`))).toBe(
      `<!DOCTYPE html><html lang="es-MX"><head><title>Acta · Sitio</title></head><body>${registro}</body></html>`,
    );
  });

  test('gives the page whole when the record element cannot be told apart', () => {
    const sinCierre = pagina('<article data-pagefind-body><h1>Acta</h1>');
    expect(recordBody(sinCierre)).toBe(sinCierre);
    const sinRegistro = pagina('<h1>Inicio</h1>');
    expect(recordBody(sinRegistro)).toBe(sinRegistro);
  });
});
