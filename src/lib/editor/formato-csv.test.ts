import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tableColumns } from './configuracion.ts';
import { csvToEntry, entryToCsv } from './formato-csv.ts';
import { editorFiles } from './archivos.ts';

const contenido = path.resolve(import.meta.dirname, '..', '..', '..', 'content');

describe('CSV tables in the editor', () => {
  it.each([
    ['seguimiento-de-acuerdos.csv', 'csv-seguimiento'],
    ['eventos.csv', 'csv-eventos'],
    ['calendarios/stl-2023.csv', 'csv-calendario'],
    ['calendarios/cgatp-2022.csv', 'csv-calendario'],
  ] as const)('reads and writes %s back byte for byte', (archivo, formato) => {
    const texto = fs.readFileSync(path.join(contenido, archivo), 'utf8');
    const tabla = csvToEntry(texto);
    expect(tabla.filas.length).toBeGreaterThan(0);
    expect(entryToCsv(tabla, tableColumns(formato))).toBe(texto);
  });

  it('leaves blank cells empty, quotes only what needs it and keeps the schema’s column order', () => {
    const csv = entryToCsv(
      { filas: [{ estado: 'cumplido', fecha: '2023-02-24', acuerdo: 'stl-xv-1-2022', nota: 'Se informó, con «comillas» y "dobles".' }] },
      tableColumns('csv-seguimiento'),
    );
    expect(csv).toBe('acuerdo,fecha,estado,nota,sesion\nstl-xv-1-2022,2023-02-24,cumplido,"Se informó, con «comillas» y ""dobles"".",\n');
    expect(csvToEntry(csv).filas[0]).toEqual({
      acuerdo: 'stl-xv-1-2022',
      fecha: '2023-02-24',
      estado: 'cumplido',
      nota: 'Se informó, con «comillas» y "dobles".',
    });
  });

  it('writes a header alone for an empty table', () => {
    expect(entryToCsv(undefined, ['a', 'b'])).toBe('a,b\n');
  });
});

describe('files of the editor bundle served by the site', () => {
  it('keeps the script, its chunks and WebAssembly, not the source maps nor the second build', () => {
    expect(
      editorFiles(['decap-cms.js', 'decap-cms.js.map', '103.decap-cms.js', '103.cms.js', 'cms.js', 'a1.wasm', 'decap-cms.js.LICENSE.txt', 'cms.css']),
    ).toEqual(['103.decap-cms.js', 'a1.wasm', 'decap-cms.js', 'decap-cms.js.LICENSE.txt']);
  });
});
