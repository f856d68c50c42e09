/**
 * Which rows a view keeps. Matching ignores case and accents («informacion» finds «información»),
 * as people type on a phone. A column with declared values is filtered by exact value (it is
 * shown as a list to choose from); any other column keeps the rows whose text contains the filter.
 */
import type { ColumnaDelExplorador, Fila, Vista } from './tipos.ts';
import type { Valor } from '../datos/tipos.ts';

/** Lower case, without accents or extra spaces. */
export function fold(texto: string): string {
  return texto
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Text of a cell as shown in the explorer: lists joined with their separator, empty for no value. */
export function cellDisplay(valor: Valor | undefined, columna?: Pick<ColumnaDelExplorador, 'separador'>): string {
  if (valor === null || valor === undefined) return '';
  if (Array.isArray(valor)) return valor.join(`${columna?.separador ?? ';'} `);
  return String(valor);
}

function matchesColumn(valor: Valor | undefined, columna: ColumnaDelExplorador, filtro: string): boolean {
  if (columna.valores) return Array.isArray(valor) ? valor.includes(filtro) : cellDisplay(valor) === filtro;
  return fold(cellDisplay(valor, columna)).includes(fold(filtro));
}

/** Rows that pass every column filter and hold every word of the search in some column. */
export function filterRows(filas: readonly Fila[], columnas: readonly ColumnaDelExplorador[], vista: Pick<Vista, 'filtros' | 'busqueda'>): Fila[] {
  const activos = columnas.filter((c) => (vista.filtros[c.nombre] ?? '').trim() !== '').map((c) => [c, vista.filtros[c.nombre].trim()] as const);
  const palabras = fold(vista.busqueda).split(' ').filter(Boolean);
  return filas.filter((fila) => {
    if (!activos.every(([c, filtro]) => matchesColumn(fila[c.nombre], c, filtro))) return false;
    if (!palabras.length) return true;
    const texto = fold(columnas.map((c) => cellDisplay(fila[c.nombre], c)).join(' '));
    return palabras.every((p) => texto.includes(p));
  });
}
