/**
 * The one registry of the site's collections: for each, where its file or folder is, how it is
 * written (YAML list, one Markdown file per record, CSV rows), its schema and how an entry gets
 * its id. Astro's loaders (`src/content.config.ts`), the reader of past versions
 * (`src/lib/versiones/leer-contenido.ts`), `npm run validate` and the build's content loading all
 * take these facts from here, so a collection is declared once.
 */
import path from 'node:path';
import type { z } from 'astro/zod';
import { institucionSchema, organoSchema, personaSchema } from '../../schemas/catalogos.ts';
import { compromisoAnteriorSchema, compromisoSchema } from '../../schemas/compromiso.ts';
import { sesionSchema } from '../../schemas/sesion.ts';
import { calendarioSchema, eventoSchema, municipioSchema, seguimientoDeAcuerdoAnteriorSchema, seguimientoDeAcuerdoSchema } from '../../schemas/tablas.ts';
import { ARCHIVOS, type Carpetas } from './rutas.ts';

/** How a collection is written on disk. */
export type FormatoDeColeccion = 'yaml' | 'markdown' | 'csv';

export interface DefinicionDeColeccion {
  /** File or folder name inside its root folder (`ARCHIVOS`). */
  ruta: string;
  /** Root folder: the content folder (`content/`) or the reference data folder (`data/`). */
  raiz: 'contenido' | 'datos';
  /**
   * `yaml`: one file with a list of records, each with its `id`; `markdown`: one `.md`/`.mdx` file
   * per record in a folder (and its year subfolders), id from the file name; `csv`: a file, or
   * every `.csv` of a folder, one record per row.
   */
  formato: FormatoDeColeccion;
  /** The record's schema (`src/schemas/`). */
  esquema: z.ZodType;
  /**
   * Schema for past versions of the files (the dataset history), when a field became required
   * later than files that are still in the history were written.
   */
  esquemaDeVersionesAnteriores?: z.ZodType;
  /**
   * For CSV: the column that identifies a row. Without it a row's id is `<file>-<line>`, stable
   * while rows are only appended.
   */
  columnaId?: string;
}

/** The collections, in the order a reader meets them. */
export const COLECCIONES = {
  /** Bodies that hold sessions. */
  organos: { ruta: ARCHIVOS.organos, raiz: 'contenido', formato: 'yaml', esquema: organoSchema },
  /** Minutes, one Markdown/MDX file per session. */
  sesiones: { ruta: ARCHIVOS.sesiones, raiz: 'contenido', formato: 'markdown', esquema: sesionSchema },
  /** Status history of agreements. */
  seguimientoDeAcuerdos: {
    ruta: ARCHIVOS.seguimientoDeAcuerdos,
    raiz: 'contenido',
    formato: 'csv',
    esquema: seguimientoDeAcuerdoSchema,
    esquemaDeVersionesAnteriores: seguimientoDeAcuerdoAnteriorSchema,
  },
  /** Open-government commitments, one file each. */
  compromisos: {
    ruta: ARCHIVOS.compromisos,
    raiz: 'contenido',
    formato: 'markdown',
    esquema: compromisoSchema,
    esquemaDeVersionesAnteriores: compromisoAnteriorSchema,
  },
  /** Planned sessions per body and year, one CSV per calendar. */
  calendarios: { ruta: ARCHIVOS.calendarios, raiz: 'contenido', formato: 'csv', esquema: calendarioSchema },
  /** Other dated public activities. */
  eventos: { ruta: ARCHIVOS.eventos, raiz: 'contenido', formato: 'csv', esquema: eventoSchema, columnaId: 'id' },
  /** People who attend sessions. */
  personas: { ruta: ARCHIVOS.personas, raiz: 'contenido', formato: 'yaml', esquema: personaSchema },
  /** Institutions. */
  instituciones: { ruta: ARCHIVOS.instituciones, raiz: 'contenido', formato: 'yaml', esquema: institucionSchema },
  /** INEGI's municipalities of the state. */
  municipios: { ruta: ARCHIVOS.municipios, raiz: 'datos', formato: 'csv', esquema: municipioSchema, columnaId: 'cvegeo' },
} as const satisfies Record<string, DefinicionDeColeccion>;

export type NombreDeColeccion = keyof typeof COLECCIONES;

/** Every collection's name, in the registry's order. */
export const NOMBRES_DE_COLECCIONES = Object.keys(COLECCIONES) as NombreDeColeccion[];

/** Absolute path of a collection's file or folder. */
export function collectionPath(definicion: DefinicionDeColeccion, carpetas: Carpetas): string {
  return path.join(definicion.raiz === 'datos' ? carpetas.datos : carpetas.contenido, definicion.ruta);
}

/**
 * Id of a record written one per file: its file name without extension, wherever it is filed
 * (`sesiones/2023/stl-2023-02-24.md` → `stl-2023-02-24`), because the id is the page's address
 * and year subfolders only help staff find files.
 */
export function idFromFileName(archivo: string): string {
  return path.basename(archivo).replace(/\.mdx?$/, '');
}

/** Id of a CSV row: its id column when the collection has one, else `<file name>-<line>`. */
export function csvRowId(definicion: DefinicionDeColeccion, valores: Record<string, string>, archivo: string, linea: number): string {
  return definicion.columnaId ? valores[definicion.columnaId] : `${path.basename(archivo, '.csv')}-${linea}`;
}
