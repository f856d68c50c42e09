/**
 * Vocabulary of the open-data outputs: a dataset (`Conjunto`) is declared once, with its fields
 * and keys, and every file (CSV, JSON, Data Package, DCAT, schema.org) is written from that
 * declaration and the rows it produces from the site's content.
 */
import type { Campo } from '../campo.ts';
import type { Contenido } from '../contenido/cargar.ts';

export type { Campo, TipoDeCampo } from '../campo.ts';

/** A cell: typed in JSON; absent values are `null` (an empty cell in CSV). */
export type Valor = string | number | boolean | string[] | null;
export type Fila = Record<string, Valor>;

export interface ClaveForanea {
  /** Columns of this dataset. */
  campos: string[];
  /** Referenced dataset (its slug). */
  conjunto: string;
  /** Referenced columns (usually its primary key). */
  camposReferidos: string[];
}

/** What dataset rows need besides the content: absolute addresses of record pages. */
export interface ContextoDeFilas {
  /** Absolute URL (site + base) of a site path. */
  absoluta(ruta: string): string;
}

/** A page of the site whose data the dataset holds. */
export interface PaginaRelacionada {
  texto: string;
  ruta: string;
}

export interface Licencia {
  nombre: string;
  url: string;
}

/** A dataset, declared once. */
export interface Conjunto {
  /** URL-safe name: `/datos/<slug>/`, `<slug>.csv`, Data Package resource name. */
  slug: string;
  titulo: string;
  /** Plain-language description, 50 to 5,000 characters (schema.org's bounds). */
  descripcion: string;
  palabrasClave: string[];
  campos: Campo[];
  clavePrimaria: string[];
  clavesForaneas: ClaveForanea[];
  /** Date column that gives the temporal coverage, when there is one. */
  campoTemporal?: string;
  /** Licence when it differs from the site's (e.g. INEGI's terms for its catalogue). */
  licencia?: Licencia;
  /** Where the data comes from, when it is not the site's own records. */
  fuente?: string;
  /** Synthetic demonstration data: shown with a visible notice on its page and files. */
  sintetico?: boolean;
  /** Pages of the site that show these rows. */
  paginas: PaginaRelacionada[];
  /** Rows, in a stable order, from the content loaded once per build. */
  filas(contenido: Contenido, contexto: ContextoDeFilas): Fila[];
}
