/**
 * A column of a published table, as a Frictionless Table Schema field: one definition for the
 * datasets of `/datos/` and the survey tables they include (`encuestas/conjuntos.ts`), kept below
 * both so neither imports the other.
 */

/** Field types, named as in Frictionless Table Schema v2. */
export type TipoDeCampo = 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'time' | 'year' | 'list';

/** One column of a dataset. */
export interface Campo {
  /** Column name in CSV and JSON: Spanish snake_case (`fecha_programada`). */
  nombre: string;
  /** Human-readable name in Spanish, for the field table. */
  titulo: string;
  tipo: TipoDeCampo;
  /** What the column holds, in Spanish. */
  descripcion: string;
  /** A value is always present. */
  requerido?: boolean;
  /** No two rows share a value. */
  unico?: boolean;
  /** Accepted values. */
  valores?: readonly string[];
  /** Regular expression every (string) value matches. */
  patron?: string;
  /** Smallest accepted number. */
  minimo?: number;
  /** Frictionless `format` (e.g. `uri` for links, `%H:%M` for times). */
  formato?: string;
  /** For `list` fields: the separator in CSV cells. */
  separador?: string;
}
