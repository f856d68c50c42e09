/**
 * Sorting of a view: numbers as numbers, text and dates in Spanish order (ISO dates sort as text),
 * empty cells last in both directions, and ties kept in the dataset's own order (a stable sort),
 * so the same address always shows the same rows.
 */
import { cellDisplay } from './filtrar.ts';
import type { ColumnaDelExplorador, Fila } from './tipos.ts';

const ordenDeTexto = new Intl.Collator('es-MX', { numeric: true, sensitivity: 'base' });

export function sortRows(filas: readonly Fila[], columna: ColumnaDelExplorador | undefined, descendente: boolean): Fila[] {
  if (!columna) return [...filas];
  const signo = descendente ? -1 : 1;
  const numerica = columna.tipo === 'integer' || columna.tipo === 'number' || columna.tipo === 'year';
  return filas
    .map((fila, i) => ({ fila, i, texto: cellDisplay(fila[columna.nombre], columna) }))
    .sort((a, b) => {
      const vaciaA = a.texto === '';
      const vaciaB = b.texto === '';
      if (vaciaA || vaciaB) return vaciaA === vaciaB ? a.i - b.i : vaciaA ? 1 : -1;
      const diferencia = numerica ? Number(a.fila[columna.nombre]) - Number(b.fila[columna.nombre]) : ordenDeTexto.compare(a.texto, b.texto);
      return diferencia !== 0 ? signo * Math.sign(diferencia) : a.i - b.i;
    })
    .map((x) => x.fila);
}
