/** Where surveys live on disk: the data folder's `encuestas/<id>/` folders and their three files. */
import fs from 'node:fs';
import path from 'node:path';
import { parseCsv } from '../csv/leer-csv.ts';
import type { MunicipioInegi } from './municipios.ts';

export const ARCHIVOS_DE_ENCUESTA = { encuesta: 'encuesta.yaml', preguntas: 'preguntas.csv', respuestas: 'respuestas.csv' } as const;
/** Folder of the surveys inside the data folder. */
export const CARPETA_DE_ENCUESTAS = 'encuestas';
/** Addresses under /encuestas/ that are not surveys. */
export const IDS_RESERVADOS = ['formato'];

/** Survey folders under `<datos>/encuestas/`, in name order. */
export function listSurveyFolders(datos: string): string[] {
  const base = path.join(datos, CARPETA_DE_ENCUESTAS);
  if (!fs.existsSync(base)) return [];
  return fs
    .readdirSync(base, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => path.join(base, e.name))
    .sort();
}

/** INEGI's catalogue from `<datos>/municipios-edomex.csv` (already checked by the content validation). */
export function readMunicipalities(datos: string): MunicipioInegi[] {
  const file = path.join(datos, 'municipios-edomex.csv');
  if (!fs.existsSync(file)) return [];
  return parseCsv(fs.readFileSync(file, 'utf8')).filas.map((f) => ({ cvegeo: f.valores.cvegeo, cve_mun: f.valores.cve_mun, nombre: f.valores.nombre }));
}

export function readText(file: string): string | undefined {
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
}

export const NOT_UTF8 =
  'el archivo no está en UTF-8 (parece Latin-1/Windows-1252, como lo guarda Excel con «CSV (delimitado por comas)»). Vuelva a descargar la exportación de la herramienta de formularios, o en Excel use «Guardar como» → «CSV UTF-8 (delimitado por comas)»; en LibreOffice, «Juego de caracteres: Unicode (UTF-8)»';
