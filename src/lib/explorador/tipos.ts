/**
 * What the dataset explorer knows of a table: its columns as the dataset declares them (never a
 * hand-kept list) and the state of one view of it, which the page address carries.
 */
import type { Campo, Fila } from '../datos/tipos.ts';

/** A column of the explorer: the declaration's name, title, type, accepted values and list separator. */
export type ColumnaDelExplorador = Pick<Campo, 'nombre' | 'titulo' | 'tipo' | 'valores' | 'separador'>;

export type { Fila };

/** One view of a table: sorting, one filter per column, a text search and a page. */
export interface Vista {
  /** Column the rows are sorted by; none keeps the dataset's own order. */
  orden?: string;
  descendente: boolean;
  /** Filter text per column name; only non-empty ones are kept. */
  filtros: Record<string, string>;
  /** Words every row must hold, in any column. */
  busqueda: string;
  /** 1-based page number. */
  pagina: number;
}

export const VISTA_INICIAL: Vista = { descendente: false, filtros: {}, busqueda: '', pagina: 1 };

/** The columns the explorer needs, from a dataset's declared fields. */
export function explorerColumns(campos: readonly Campo[]): ColumnaDelExplorador[] {
  return campos.map(({ nombre, titulo, tipo, valores, separador }) => ({
    nombre,
    titulo,
    tipo,
    ...(valores ? { valores } : {}),
    ...(separador ? { separador } : {}),
  }));
}
