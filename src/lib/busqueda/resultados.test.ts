import { describe, expect, test } from 'vitest';
import { describeCount, excerptParts, resultMetaLine } from './resultados.ts';

describe('describeCount', () => {
  test('says how many results, for what and with how many filters', () => {
    expect(describeCount(1, 'carnet', 0)).toBe('1 resultado para «carnet».');
    expect(describeCount(1234, 'justicia', 2)).toBe('1,234 resultados para «justicia» con 2 filtros.');
    expect(describeCount(5, '', 1)).toBe('5 resultados con 1 filtro.');
  });

  test('suggests what to try when nothing is found', () => {
    expect(describeCount(0, 'xyz', 0)).toBe('No hay resultados para «xyz». Pruebe con otras palabras o con menos palabras.');
    expect(describeCount(0, 'xyz', 1)).toMatch(/quite algún filtro/);
  });
});

describe('resultMetaLine', () => {
  test('joins type, body and date, skipping what is missing', () => {
    expect(resultMetaLine({ tipo: 'Acuerdo', organo: 'STL', fecha: '16 de diciembre de 2022', title: 'x' })).toBe('Acuerdo · STL · 16 de diciembre de 2022');
    expect(resultMetaLine({ tipo: 'Persona', organo: ' ' })).toBe('Persona');
  });
});

describe('excerptParts', () => {
  test('keeps the marked words and decodes entities as plain text', () => {
    expect(excerptParts('municipios, entre ellos <mark>Jocotitlán,</mark> Toluca &amp; más')).toEqual([
      { texto: 'municipios, entre ellos ', resaltado: false },
      { texto: 'Jocotitlán,', resaltado: true },
      { texto: ' Toluca & más', resaltado: false },
    ]);
  });

  test('drops any other markup, so nothing from the index is rendered as HTML', () => {
    const trozos = excerptParts('a <img src=x onerror=alert(1)>b &lt;script&gt; <MARK>c</MARK>');
    expect(trozos).toEqual([
      { texto: 'a b <script> ', resaltado: false },
      { texto: 'c', resaltado: true },
    ]);
  });
});
