import { describe, expect, test } from 'vitest';
import { pageUrl, spaceBlockBoundaries } from './html.ts';

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
