/**
 * What `npm run nuevo` reads from the content folder before writing anything: the ids of the
 * catalogues a new record refers to (an unknown one gets the validation's «¿Quiso decir …?»,
 * `validacion/sugerencia.ts`), the sessions already published and the planned dates of the
 * calendars, from which it proposes the next number and refuses duplicates.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseCsv } from '../csv/leer-csv.ts';
import { ARCHIVOS, type Carpetas } from '../contenido/rutas.ts';
import { readFrontmatterFile, readYamlList } from '../lectura/lectura.ts';
import type { FechaProgramada, SesionConocida } from './plantillas.ts';

/** Ids of a catalogue (`organos.yaml`, `instituciones.yaml`, `personas.yaml`); none when it is missing. */
export function catalogIds(carpetas: Carpetas, archivo: string): string[] {
  const file = path.join(carpetas.contenido, archivo);
  if (!fs.existsSync(file)) return [];
  return readYamlList(archivo, fs.readFileSync(file, 'utf8')).registros.map((r) => String(r.datos.id));
}

/** Every session file of the content folder, by id (its file name), with what numbering needs. */
export function knownSessions(carpetas: Carpetas): SesionConocida[] {
  const folder = path.join(carpetas.contenido, ARCHIVOS.sesiones);
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder)
    .filter((f) => /\.mdx?$/.test(f))
    .sort()
    .flatMap((f) => {
      const { registros } = readFrontmatterFile(f, fs.readFileSync(path.join(folder, f), 'utf8'));
      return registros.map(({ datos }) => ({
        id: f.replace(/\.mdx?$/, ''),
        organo: String(datos.organo),
        tipo: String(datos.tipo),
        numero: typeof datos.numero === 'number' ? datos.numero : undefined,
        // YAML reads an unquoted date as a Date.
        fecha: String(datos.fecha instanceof Date ? datos.fecha.toISOString().slice(0, 10) : datos.fecha),
      }));
    });
}

/** Every planned session of the calendars (`calendarios/*.csv`), with its year. */
export function knownCalendar(carpetas: Carpetas): (FechaProgramada & { anio: number })[] {
  const folder = path.join(carpetas.contenido, ARCHIVOS.calendarios);
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder)
    .filter((f) => f.endsWith('.csv'))
    .sort()
    .flatMap((f) =>
      parseCsv(fs.readFileSync(path.join(folder, f), 'utf8')).filas.map(({ valores }) => ({
        organo: valores.organo,
        anio: Number(valores.anio),
        tipo: valores.tipo,
        numero: Number(valores.numero),
        fecha_programada: valores.fecha_programada,
      })),
    );
}
