/**
 * The view in the page address, so it can be shared: `?orden=fecha&estado=pendiente&buscar=agua`.
 * Parameter names are the column names (Spanish, as in the CSV) plus `orden` (a column, with a
 * leading `-` for descending), `buscar` and `pagina`. Unknown parameters and columns are ignored;
 * the query is written in the columns' order so one view has one address.
 */
import { VISTA_INICIAL, type ColumnaDelExplorador, type Vista } from './tipos.ts';

export const PARAMETROS = { orden: 'orden', busqueda: 'buscar', pagina: 'pagina' } as const;

const RESERVADOS = new Set<string>(Object.values(PARAMETROS));

/** Columns whose name is also a parameter of the view cannot be filtered from the address. */
const filterable = (columnas: readonly ColumnaDelExplorador[]) => columnas.filter((c) => !RESERVADOS.has(c.nombre));

export function readView(query: string | URLSearchParams, columnas: readonly ColumnaDelExplorador[]): Vista {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const vista: Vista = { ...VISTA_INICIAL, filtros: {} };
  const orden = params.get(PARAMETROS.orden) ?? '';
  const nombre = orden.replace(/^-/, '');
  if (columnas.some((c) => c.nombre === nombre)) {
    vista.orden = nombre;
    vista.descendente = orden.startsWith('-');
  }
  for (const c of filterable(columnas)) {
    const valor = params.get(c.nombre)?.trim();
    if (valor && (!c.valores || c.valores.includes(valor))) vista.filtros[c.nombre] = valor;
  }
  vista.busqueda = params.get(PARAMETROS.busqueda)?.trim() ?? '';
  const pagina = Number(params.get(PARAMETROS.pagina));
  vista.pagina = Number.isInteger(pagina) && pagina > 1 ? pagina : 1;
  return vista;
}

/** `?orden=-fecha&estado=pendiente`, or the empty string for the initial view. */
export function writeView(vista: Vista, columnas: readonly ColumnaDelExplorador[]): string {
  const params = new URLSearchParams();
  if (vista.orden) params.set(PARAMETROS.orden, `${vista.descendente ? '-' : ''}${vista.orden}`);
  for (const c of filterable(columnas)) {
    const valor = vista.filtros[c.nombre]?.trim();
    if (valor) params.set(c.nombre, valor);
  }
  if (vista.busqueda.trim()) params.set(PARAMETROS.busqueda, vista.busqueda.trim());
  if (vista.pagina > 1) params.set(PARAMETROS.pagina, String(vista.pagina));
  const texto = params.toString();
  return texto ? `?${texto}` : '';
}
