import { describe, expect, it } from 'vitest';
import { parseCsv } from './leer-csv.ts';

describe('parseCsv', () => {
  it('reads rows by header, drops blank cells and strips the BOM', () => {
    const csv = parseCsv('\uFEFFacuerdo,fecha,estado,nota\r\nstl-xv-1-2022,2022-12-16,cumplido,\r\n');
    expect(csv.columnas).toEqual(['acuerdo', 'fecha', 'estado', 'nota']);
    expect(csv.filas).toEqual([{ linea: 2, valores: { acuerdo: 'stl-xv-1-2022', fecha: '2022-12-16', estado: 'cumplido' } }]);
    expect(csv.problemas).toEqual([]);
  });
  it('keeps the starting line of rows after a quoted multi-line cell', () => {
    const csv = parseCsv('id,nota\na,"uno\ndos"\nb,tres\n');
    expect(csv.filas.map((f) => [f.valores.id, f.linea])).toEqual([
      ['a', 2],
      ['b', 4],
    ]);
    expect(csv.filas[0].valores.nota).toBe('uno\ndos');
  });
  it('accepts semicolons, as Excel writes them in Spanish locales', () => {
    const csv = parseCsv('cvegeo;nombre\n15048;Jocotitlán\n');
    expect(csv.delimitador).toBe(';');
    expect(csv.filas[0].valores).toEqual({ cvegeo: '15048', nombre: 'Jocotitlán' });
  });
  it('reports a ragged row with its line, in Spanish', () => {
    const csv = parseCsv('a,b,c\n1,2,3\n4,5\n');
    expect(csv.filas).toHaveLength(1);
    expect(csv.problemas).toHaveLength(1);
    expect(csv.problemas[0].linea).toBe(3);
    expect(csv.problemas[0].mensaje).toMatch(/la fila tiene 2 celdas y el encabezado 3 columnas/);
  });
});

describe('cells made only of spaces', () => {
  it('are blank, except in the columns that keep them', () => {
    const texto = 'columna,delimitador,nota\na," ", \n';
    expect(parseCsv(texto).filas[0].valores).toEqual({ columna: 'a' });
    expect(parseCsv(texto, { conEspacios: ['delimitador'] }).filas[0].valores).toEqual({ columna: 'a', delimitador: ' ' });
  });
});
