/**
 * Reads a copy of the content folders (a past commit written to a temporary folder) into the same
 * collections Astro gives the build: the same files, the same schemas and the same entry ids as
 * the loaders of `src/content.config.ts`, so a past version's datasets are derived exactly as the
 * build derives today's.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import { institucionSchema, organoSchema, personaSchema } from '../../schemas/catalogos.ts';
import { compromisoSchema } from '../../schemas/compromiso.ts';
import { sesionSchema } from '../../schemas/sesion.ts';
import { calendarioSchema, eventoSchema, municipioSchema, seguimientoDeAcuerdoSchema } from '../../schemas/tablas.ts';
import { parseCsv } from '../csv/leer-csv.ts';
import type { Colecciones } from '../contenido/ensamblar.ts';
import { ARCHIVOS, type Carpetas } from '../contenido/rutas.ts';
import { readFrontmatterFile, readYamlList } from '../lectura/lectura.ts';

/** A file of the copy that does not read or does not match its schema. */
export class ErrorDeVersion extends Error {
  readonly archivo: string;
  constructor(archivo: string, detalle: string) {
    super(`${archivo}: ${detalle}`);
    this.archivo = archivo;
  }
}

function parse<T>(schema: z.ZodType<T>, datos: unknown, archivo: string): T {
  const resultado = schema.safeParse(datos);
  if (!resultado.success) {
    const primero = resultado.error.issues[0];
    throw new ErrorDeVersion(archivo, `no coincide con el esquema actual (${primero.path.join('.') || 'registro'}: ${primero.message})`);
  }
  return resultado.data;
}

const relative = (carpetas: Carpetas, file: string) => path.relative(carpetas.raiz, file).split(path.sep).join('/');

function yamlList<T>(carpetas: Carpetas, nombre: string, schema: z.ZodType<T>): { id: string; data: T }[] {
  const file = path.join(carpetas.contenido, nombre);
  if (!fs.existsSync(file)) return [];
  const archivo = relative(carpetas, file);
  const { registros, errores } = readYamlList(archivo, fs.readFileSync(file, 'utf8'));
  if (errores.length) throw new ErrorDeVersion(archivo, errores[0].mensaje);
  return registros.map((r) => ({ id: String(r.datos.id), data: parse(schema, r.datos, archivo) }));
}

/** Like Astro's `glob()`: the id is the path without extension; entries come in path order. */
function markdownFolder<T>(carpetas: Carpetas, nombre: string, schema: z.ZodType<T>): { id: string; data: T; body: string; filePath: string }[] {
  const folder = path.join(carpetas.contenido, nombre);
  if (!fs.existsSync(folder)) return [];
  return (fs.readdirSync(folder, { recursive: true }) as string[])
    .filter((f) => /\.mdx?$/.test(f))
    .sort()
    .map((f) => {
      const file = path.join(folder, f);
      const archivo = relative(carpetas, file);
      const { registros, errores } = readFrontmatterFile(archivo, fs.readFileSync(file, 'utf8'));
      if (errores.length) throw new ErrorDeVersion(archivo, errores[0].mensaje);
      const id = f
        .split(path.sep)
        .join('/')
        .replace(/\.mdx?$/, '')
        .toLowerCase();
      return { id, data: parse(schema, registros[0].datos, archivo), body: registros[0].cuerpo ?? '', filePath: archivo };
    });
}

/** Like the CSV loader: a file or every `.csv` of a folder, blank cells left out. */
function csvRows<T>(carpetas: Carpetas, ruta: string, schema: z.ZodType<T>, id?: (valores: Record<string, string>) => string): { id: string; data: T }[] {
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
      id: id ? id(fila.valores) : `${path.basename(file, '.csv')}-${fila.linea}`,
      data: parse(schema, fila.valores, `${archivo}, línea ${fila.linea}`),
    }));
  });
}

/** The collections of the copy in `carpetas`; throws `ErrorDeVersion` naming the first bad file. */
export function readCollections(carpetas: Carpetas): Colecciones {
  const en = (nombre: string) => path.join(carpetas.contenido, nombre);
  return {
    organos: yamlList(carpetas, ARCHIVOS.organos, organoSchema),
    personas: yamlList(carpetas, ARCHIVOS.personas, personaSchema),
    instituciones: yamlList(carpetas, ARCHIVOS.instituciones, institucionSchema),
    sesiones: markdownFolder(carpetas, ARCHIVOS.sesiones, sesionSchema).map((e) => ({ ...e, collection: 'sesiones' })) as unknown as Colecciones['sesiones'],
    compromisos: markdownFolder(carpetas, ARCHIVOS.compromisos, compromisoSchema).map((e) => ({
      ...e,
      collection: 'compromisos',
    })) as unknown as Colecciones['compromisos'],
    seguimientoDeAcuerdos: csvRows(carpetas, en(ARCHIVOS.seguimientoDeAcuerdos), seguimientoDeAcuerdoSchema),
    calendarios: csvRows(carpetas, en(ARCHIVOS.calendarios), calendarioSchema),
    eventos: csvRows(carpetas, en(ARCHIVOS.eventos), eventoSchema, (f) => f.id),
    municipios: csvRows(carpetas, path.join(carpetas.datos, ARCHIVOS.municipios), municipioSchema, (f) => f.cvegeo),
  };
}
