import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { cellText, neutralise, numberText, quote, writeCsv } from './escribir-csv.ts';
import type { ColumnaCsv } from './escribir-csv.ts';

const campos: ColumnaCsv[] = [
  { nombre: 'texto', tipo: 'string' },
  { nombre: 'n', tipo: 'number' },
  { nombre: 'f', tipo: 'date' },
  { nombre: 'l', tipo: 'list', separador: ';' },
  { nombre: 'clave', tipo: 'string' },
];

describe('CSV', () => {
  it('starts with a BOM, ends every line with CRLF and keeps zero-padded codes', () => {
    const csv = writeCsv(campos, [{ texto: 'Ñandú', n: 1, f: '2022-12-16', l: ['a', 'b'], clave: '001' }]);
    expect(csv.startsWith('\uFEFFtexto,n,f,l,clave\r\n')).toBe(true);
    expect(csv).toBe('\uFEFFtexto,n,f,l,clave\r\nÑandú,1,2022-12-16,a;b,001\r\n');
  });

  it('quotes commas, quotes and line breaks so a CSV parser reads the exact text back', () => {
    const valores = ['a, b', 'dice "hola"', 'línea\r\notra', ' espacio '];
    const csv = writeCsv(
      [campos[0]],
      valores.map((texto) => ({ texto })),
    );
    const leido = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n' })
      .data.slice(1, -1)
      .map((r) => r[0]);
    expect(leido).toEqual(valores);
  });

  it('neutralises text that a spreadsheet would run as a formula, never numbers', () => {
    for (const peligroso of ['=HYPERLINK("x")', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) expect(neutralise(peligroso)).toBe(`'${peligroso}`);
    expect(neutralise('Normal = texto')).toBe('Normal = texto');
    expect(cellText(-2.5, campos[1])).toBe('-2.5');
    expect(cellText('=1+1', campos[0])).toBe("'=1+1");
    expect(cellText('2022-12-16', campos[2])).toBe('2022-12-16');
    expect(cellText(null, campos[0])).toBe('');
  });

  it('writes numbers in plain decimal notation', () => {
    expect(numberText(113000)).toBe('113000');
    expect(numberText(1e21)).toBe('1000000000000000000000');
    expect(numberText(0.5)).toBe('0.5');
    expect(quote('x')).toBe('x');
  });
});
