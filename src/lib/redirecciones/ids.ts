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

const texto = (file: string) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined);
const cadenas = (valores: unknown[]) => new Set(valores.filter((v): v is string => typeof v === 'string' && v !== ''));

function markdownFiles(folder: string): string[] {
  if (!fs.existsSync(folder)) return [];
  return (fs.readdirSync(folder, { recursive: true }) as string[]).filter((f) => /\.mdx?$/.test(f)).sort();
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

export function recordIds(carpetas: Carpetas): IdsPorColeccion {
  const carpetaDeSesiones = path.join(carpetas.contenido, ARCHIVOS.sesiones);
  const sesiones = markdownFiles(carpetaDeSesiones);
  const acuerdos = sesiones.flatMap((f) => {
    const leido = readFrontmatterFile(f, fs.readFileSync(path.join(carpetaDeSesiones, f), 'utf8')).registros[0];
    return Array.isArray(leido?.datos.acuerdos) ? (leido.datos.acuerdos as { id?: unknown }[]).map((a) => a?.id) : [];
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
