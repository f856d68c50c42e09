import { describe, expect, it } from 'vitest';
import { BOM } from '../csv/escribir-csv.ts';
import { describePage, describeSort } from './anuncios.ts';
import { readView, writeView } from './direccion.ts';
import { filterRows, fold } from './filtrar.ts';
import { sortRows } from './ordenar.ts';
import { paginate } from './paginar.ts';
import { explorerColumns, VISTA_INICIAL, type ColumnaDelExplorador, type Fila, type Vista } from './tipos.ts';
import { viewCsv, viewPage } from './vista.ts';

const columnas: ColumnaDelExplorador[] = explorerColumns([
  { nombre: 'id', titulo: 'Identificador', tipo: 'string', descripcion: 'x', requerido: true },
  { nombre: 'fecha', titulo: 'Fecha', tipo: 'date', descripcion: 'x' },
  { nombre: 'estado', titulo: 'Estado', tipo: 'string', descripcion: 'x', valores: ['pendiente', 'cumplido'] },
  { nombre: 'numero', titulo: 'Número', tipo: 'integer', descripcion: 'x' },
  { nombre: 'temas', titulo: 'Temas', tipo: 'list', descripcion: 'x', separador: ';' },
  { nombre: 'texto', titulo: 'Texto', tipo: 'string', descripcion: 'x' },
]);
const filas: Fila[] = [
  { id: 'a', fecha: '2022-12-16', estado: 'pendiente', numero: 10, temas: ['agua', 'salud'], texto: 'Aprobar la información' },
  { id: 'b', fecha: '2021-10-28', estado: 'cumplido', numero: 9, temas: [], texto: '=HYPERLINK("x")' },
  { id: 'c', fecha: null, estado: 'pendiente', numero: null, temas: ['agua'], texto: 'Calendario 2023' },
  { id: 'd', fecha: '2022-12-16', estado: 'cumplido', numero: 100, temas: [], texto: 'Otro acuerdo' },
];
const vista = (cambios: Partial<Vista>): Vista => ({ ...VISTA_INICIAL, filtros: {}, ...cambios });
const ids = (xs: Fila[]) => xs.map((f) => f.id);

describe('filterRows', () => {
  it('folds case and accents', () => expect(fold('  Información  PÚBLICA')).toBe('informacion publica'));
  it('matches declared values exactly and free text by substring without accents', () => {
    expect(ids(filterRows(filas, columnas, vista({ filtros: { estado: 'pendiente' } })))).toEqual(['a', 'c']);
    expect(ids(filterRows(filas, columnas, vista({ filtros: { texto: 'informacion' } })))).toEqual(['a']);
    expect(ids(filterRows(filas, columnas, vista({ filtros: { temas: 'agua', estado: 'pendiente' } })))).toEqual(['a', 'c']);
  });
  it('searches every word in any column', () => {
    expect(ids(filterRows(filas, columnas, vista({ busqueda: 'agua 2023' })))).toEqual(['c']);
    expect(ids(filterRows(filas, columnas, vista({ busqueda: 'nada-parecido' })))).toEqual([]);
  });
});

describe('sortRows', () => {
  it('sorts dates, keeps ties in dataset order and empty cells last both ways', () => {
    const fecha = columnas[1];
    expect(ids(sortRows(filas, fecha, false))).toEqual(['b', 'a', 'd', 'c']);
    expect(ids(sortRows(filas, fecha, true))).toEqual(['a', 'd', 'b', 'c']);
  });
  it('sorts numbers as numbers, not as text', () => {
    expect(ids(sortRows(filas, columnas[3], false))).toEqual(['b', 'a', 'd', 'c']);
  });
  it('keeps the dataset order without a column', () => expect(ids(sortRows(filas, undefined, true))).toEqual(['a', 'b', 'c', 'd']));
});

describe('paginate', () => {
  it('cuts pages and clamps an out-of-range page', () => {
    expect(paginate([1, 2, 3, 4, 5], 2, 2)).toEqual({ filas: [3, 4], pagina: 2, paginas: 3, total: 5, desde: 3, hasta: 4 });
    expect(paginate([1, 2, 3], 9, 2).pagina).toBe(2);
    expect(paginate([], 1, 2)).toEqual({ filas: [], pagina: 1, paginas: 1, total: 0, desde: 0, hasta: 0 });
  });
});

describe('view in the address', () => {
  it('round-trips a view with Spanish parameter names in column order', () => {
    const v = vista({ orden: 'fecha', descendente: true, filtros: { texto: 'acuerdo', estado: 'pendiente' }, busqueda: 'agua', pagina: 2 });
    const query = writeView(v, columnas);
    expect(query).toBe('?orden=-fecha&estado=pendiente&texto=acuerdo&buscar=agua&pagina=2');
    expect(readView(query, columnas)).toEqual(v);
  });
  it('ignores unknown columns, values not declared and bad pages', () => {
    expect(readView('?orden=nada&estado=otro&color=rojo&pagina=-3', columnas)).toEqual(VISTA_INICIAL);
    expect(writeView(VISTA_INICIAL, columnas)).toBe('');
  });
});

describe('view as CSV and page', () => {
  it('writes the filtered, sorted rows with the published CSV rules', () => {
    const csv = viewCsv(filas, columnas, vista({ filtros: { estado: 'cumplido' }, orden: 'numero', descendente: true }));
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'id,fecha,estado,numero,temas,texto',
      'd,2022-12-16,cumplido,100,,Otro acuerdo',
      `b,2021-10-28,cumplido,9,,"'=HYPERLINK(""x"")"`,
      '',
    ]);
  });
  it('pages the view and describes it', () => {
    const pagina = viewPage(filas, columnas, vista({ filtros: { estado: 'pendiente' } }), 1);
    expect(ids(pagina.filas)).toEqual(['a']);
    expect(describePage(pagina, filas.length)).toBe('Filas 1 a 1 de 2 que coinciden (de 4); página 1 de 2.');
    expect(describePage(paginate([], 1, 5), 4)).toBe('Ninguna fila coincide con la búsqueda y los filtros.');
    expect(describeSort(columnas[1], true)).toBe('Ordenado por «fecha», de la más reciente a la más antigua.');
    expect(describeSort(undefined, false)).toBe('En el orden del conjunto de datos.');
  });
});
