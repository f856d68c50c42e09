/**
 * Reading content files for validation: each file once, as UTF-8 (a byte-order mark dropped, as
 * Windows editors write one), with unfinished template text flagged, and a record of the files
 * that could not be read at all, whose declarations are then unknown rather than missing.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import type { Carpetas } from '../contenido/rutas.ts';
import type { Lectura, RegistroLeido } from '../lectura/lectura.ts';
import type { Problema } from '../lectura/problema.ts';
import { placeholderProblems } from '../pendientes.ts';
import { reviewMarks } from './revisar.ts';
import { filesBelow } from '../arbol-de-archivos.ts';

export function relativePath(carpetas: Carpetas, file: string): string {
  return path.relative(carpetas.raiz, file).split(path.sep).join('/');
}

/** Files of a folder and its subfolders with one of these endings, in name order. */
export function listFiles(folder: string, extensions: string[]): string[] {
  return filesBelow(folder)
    .filter((name) => extensions.some((ext) => name.endsWith(ext)))
    .map((name) => path.join(folder, name))
    .sort();
}

/** The CSV columns a table schema accepts: the keys of its object. */
export function columnsOf(schema: z.ZodType): string[] {
  const def = (schema as unknown as { _zod: { def: { shape?: object; in?: z.ZodType; schema?: z.ZodType } } })._zod.def;
  if (def.shape) return Object.keys(def.shape);
  if (def.in) return columnsOf(def.in);
  if (def.schema) return columnsOf(def.schema);
  return [];
}

export interface LectorDeArchivos {
  /** The records of one file; its problems go to the report. */
  read(file: string, reader: (archivo: string, text: string) => Lectura, required: boolean): RegistroLeido[];
  /** Files that could not be read at all (absolute paths). */
  ilegibles: Set<string>;
}

export function fileReader(carpetas: Carpetas, problemas: Problema[]): LectorDeArchivos {
  const ilegibles = new Set<string>();
  const read = (file: string, reader: (archivo: string, text: string) => Lectura, required: boolean): RegistroLeido[] => {
    const archivo = relativePath(carpetas, file);
    if (!fs.existsSync(file)) {
      if (required) problemas.push({ archivo, mensaje: 'falta este archivo', nivel: 'error' });
      return [];
    }
    const bytes = fs.readFileSync(file);
    // Windows editors start UTF-8 files with a byte-order mark; it is not part of the content.
    const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }).decode(bytes);
    if (text.includes('\uFFFD')) {
      problemas.push({
        archivo,
        linea: text.slice(0, text.indexOf('\uFFFD')).split('\n').length,
        mensaje: 'el archivo no está en UTF-8 (p. ej. se guardó como Latin-1/ANSI desde Excel). Guárdelo como «CSV UTF-8» o «UTF-8» en su editor',
        nivel: 'error',
      });
      ilegibles.add(file);
      return [];
    }
    problemas.push(...placeholderProblems(archivo, text));
    problemas.push(...reviewMarks(archivo, text));
    const lectura = reader(archivo, text);
    for (const e of lectura.errores) problemas.push({ ...e, nivel: 'error' });
    if (lectura.errores.length && !lectura.registros.length) ilegibles.add(file);
    return lectura.registros;
  };

  return { read, ilegibles };
}
