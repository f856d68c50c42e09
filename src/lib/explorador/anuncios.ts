/** Spanish sentences the explorer announces in its live region and shows beside the table. */
import { formatNumber } from '../numeros.ts';
import type { Pagina } from './paginar.ts';
import type { ColumnaDelExplorador } from './tipos.ts';

const NUMERICOS = new Set(['integer', 'number', 'year']);

/** «Ordenado por «fecha», de la más antigua a la más reciente.» */
export function describeSort(columna: ColumnaDelExplorador | undefined, descendente: boolean): string {
  if (!columna) return 'En el orden del conjunto de datos.';
  const sentido = NUMERICOS.has(columna.tipo)
    ? descendente
      ? 'de mayor a menor'
      : 'de menor a mayor'
    : columna.tipo === 'date'
      ? descendente
        ? 'de la más reciente a la más antigua'
        : 'de la más antigua a la más reciente'
      : descendente
        ? 'de la Z a la A'
        : 'de la A a la Z';
  return `Ordenado por «${columna.nombre}», ${sentido}.`;
}

/** «Filas 1 a 25 de 40 (página 1 de 2).» or «Ninguna fila coincide con la búsqueda y los filtros.» */
export function describePage(pagina: Pagina<unknown>, totalDelConjunto: number): string {
  if (!pagina.total) return 'Ninguna fila coincide con la búsqueda y los filtros.';
  const de =
    pagina.total === totalDelConjunto ? `${formatNumber(pagina.total)}` : `${formatNumber(pagina.total)} que coinciden (de ${formatNumber(totalDelConjunto)})`;
  return `Filas ${formatNumber(pagina.desde)} a ${formatNumber(pagina.hasta)} de ${de}; página ${pagina.pagina} de ${pagina.paginas}.`;
}
