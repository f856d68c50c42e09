/**
 * The ids of every record with a page in a copy of the content, read without the schemas: an
 * older commit whose files no longer match today's schemas still tells which addresses it
 * published.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseCsv } from '../csv/leer-csv.ts';
import { ARCHIVOS, type Carpetas } from '../contenido/rutas.ts';
import { readFrontmatterFile, readYamlList } from '../lectura/lectura.ts';
import type { IdsPorColeccion } from './redirecciones.ts';
import { filesBelow } from '../arbol-de-archivos.ts';

const texto = (file: string) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined);
const cadenas = (valores: unknown[]) => new Set(valores.filter((v): v is string => typeof v === 'string' && v !== ''));

function markdownFiles(folder: string): string[] {
  return filesBelow(folder)
    .filter((f) => /\.mdx?$/.test(f))
    .sort();
}

/** Like Astro's `glob()`: the path without extension. */
const idOfFile = (f: string) =>
  f
    .split(path.sep)
    .join('/')
    .replace(/\.mdx?$/, '')
    .toLowerCase();

function yamlIds(file: string): Set<string> {
  const t = texto(file);
  return t === undefined ? new Set() : cadenas(readYamlList(file, t).registros.map((r) => r.datos.id));
}

/** The frontmatter of a file (by absolute path) its caller has already read, or `undefined`. */
export type FrontmatterYaLeido = (archivo: string) => Record<string, unknown> | undefined;

/**
 * The ids of the content in `carpetas`. A session's agreements are read from its frontmatter:
 * `yaLeido` gives those the caller has read already (the content check has all of them), so
 * thousands of files are not parsed twice.
 */
export function recordIds(carpetas: Carpetas, yaLeido: FrontmatterYaLeido = () => undefined): IdsPorColeccion {
  const carpetaDeSesiones = path.join(carpetas.contenido, ARCHIVOS.sesiones);
  const sesiones = markdownFiles(carpetaDeSesiones);
  const acuerdos = sesiones.flatMap((f) => {
    const archivo = path.join(carpetaDeSesiones, f);
    const datos = yaLeido(archivo) ?? readFrontmatterFile(f, fs.readFileSync(archivo, 'utf8')).registros[0]?.datos;
    return Array.isArray(datos?.acuerdos) ? (datos.acuerdos as { id?: unknown }[]).map((a) => a?.id) : [];
  });
  const eventos = texto(path.join(carpetas.contenido, ARCHIVOS.eventos));
  return {
    sesiones: new Set(sesiones.map(idOfFile)),
    acuerdos: cadenas(acuerdos),
    compromisos: new Set(markdownFiles(path.join(carpetas.contenido, ARCHIVOS.compromisos)).map(idOfFile)),
    organos: yamlIds(path.join(carpetas.contenido, ARCHIVOS.organos)),
    personas: yamlIds(path.join(carpetas.contenido, ARCHIVOS.personas)),
    eventos: eventos === undefined ? new Set() : cadenas(parseCsv(eventos).filas.map((f) => f.valores.id)),
  };
}
