/**
 * Reads a copy of the content folders (a past commit written to a temporary folder) into the same
 * collections Astro gives the build: the same files, the same schemas and the same entry ids as
 * the loaders of `src/content.config.ts`, so a past version's datasets are derived exactly as the
 * build derives today's.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import { parseCsv } from '../csv/leer-csv.ts';
import type { Colecciones } from '../contenido/ensamblar.ts';
import {
  COLECCIONES,
  NOMBRES_DE_COLECCIONES,
  collectionPath,
  csvRowId,
  idFromFileName,
  type DefinicionDeColeccion,
  type NombreDeColeccion,
} from '../contenido/colecciones.ts';
import type { Carpetas } from '../contenido/rutas.ts';
import { readFrontmatterFile, readYamlList } from '../lectura/lectura.ts';
import { filesBelow } from '../arbol-de-archivos.ts';

/** A file of the copy that does not read or does not match its schema. */
export class ErrorDeVersion extends Error {
  readonly archivo: string;
  constructor(archivo: string, detalle: string) {
    super(`${archivo}: ${detalle}`);
    this.archivo = archivo;
  }
}

function parse(schema: z.ZodType, datos: unknown, archivo: string): unknown {
  const resultado = schema.safeParse(datos);
  if (!resultado.success) {
    const primero = resultado.error.issues[0];
    throw new ErrorDeVersion(archivo, `no coincide con el esquema actual (${primero.path.join('.') || 'registro'}: ${primero.message})`);
  }
  return resultado.data;
}

const relative = (carpetas: Carpetas, file: string) => path.relative(carpetas.raiz, file).split(path.sep).join('/');

type Entrada = { id: string; data: unknown; body?: string; filePath?: string; collection?: string };

function yamlList(carpetas: Carpetas, file: string, schema: z.ZodType): Entrada[] {
  if (!fs.existsSync(file)) return [];
  const archivo = relative(carpetas, file);
  const { registros, errores } = readYamlList(archivo, fs.readFileSync(file, 'utf8'));
  if (errores.length) throw new ErrorDeVersion(archivo, errores[0].mensaje);
  return registros.map((r) => ({ id: String(r.datos.id), data: parse(schema, r.datos, archivo) }));
}

/** Like the build's loader: one entry per file, in path order, id from the file name. */
function markdownFolder(carpetas: Carpetas, folder: string, schema: z.ZodType, coleccion: string): Entrada[] {
  return filesBelow(folder)
    .filter((f) => /\.mdx?$/.test(f))
    .sort()
    .map((f) => {
      const file = path.join(folder, f);
      const archivo = relative(carpetas, file);
      const { registros, errores } = readFrontmatterFile(archivo, fs.readFileSync(file, 'utf8'));
      if (errores.length) throw new ErrorDeVersion(archivo, errores[0].mensaje);
      return {
        id: idFromFileName(f),
        collection: coleccion,
        data: parse(schema, registros[0].datos, archivo),
        body: registros[0].cuerpo ?? '',
        filePath: archivo,
      };
    });
}

/** Like the CSV loader: a file or every `.csv` of a folder, blank cells left out. */
function csvRows(carpetas: Carpetas, ruta: string, definicion: DefinicionDeColeccion): Entrada[] {
  if (!fs.existsSync(ruta)) return [];
  const files = fs.statSync(ruta).isDirectory()
    ? fs
        .readdirSync(ruta)
        .filter((n) => n.endsWith('.csv'))
        .sort()
        .map((n) => path.join(ruta, n))
    : [ruta];
  return files.flatMap((file) => {
    const archivo = relative(carpetas, file);
    const csv = parseCsv(fs.readFileSync(file, 'utf8'));
    if (csv.problemas.length) throw new ErrorDeVersion(archivo, `línea ${csv.problemas[0].linea}: ${csv.problemas[0].mensaje}`);
    return csv.filas.map((fila) => ({
      id: csvRowId(definicion, fila.valores, file, fila.linea),
      data: parse(definicion.esquema, fila.valores, `${archivo}, línea ${fila.linea}`),
    }));
  });
}

function readCollection(carpetas: Carpetas, nombre: NombreDeColeccion): Entrada[] {
  const registrada: DefinicionDeColeccion = COLECCIONES[nombre];
  // A past version may predate a field that is required today; its schema for past versions says which.
  const definicion = { ...registrada, esquema: registrada.esquemaDeVersionesAnteriores ?? registrada.esquema };
  const ruta = collectionPath(definicion, carpetas);
  switch (definicion.formato) {
    case 'yaml':
      return yamlList(carpetas, ruta, definicion.esquema);
    case 'markdown':
      return markdownFolder(carpetas, ruta, definicion.esquema, nombre);
    case 'csv':
      return csvRows(carpetas, ruta, definicion);
  }
}

/** The collections of the copy in `carpetas`; throws `ErrorDeVersion` naming the first bad file. */
export function readCollections(carpetas: Carpetas): Colecciones {
  return Object.fromEntries(NOMBRES_DE_COLECCIONES.map((nombre) => [nombre, readCollection(carpetas, nombre)])) as unknown as Colecciones;
}
