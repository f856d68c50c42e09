/**
 * `npm run importar`: from an original document to a draft session file and a proposals file,
 * never overwriting anything, then the same validation as `npm run validate` on the result.
 */
import fs from 'node:fs';
import path from 'node:path';
import { institucionSchema, organoSchema, personaSchema } from '../../schemas/catalogos.ts';
import { ARCHIVOS, type Carpetas } from '../contenido/rutas.ts';
import { DocumentoIlegible, readDocumentText } from '../documentos/texto-de-documento.ts';
import { readYamlList } from '../lectura/lectura.ts';
import type { Problema } from '../lectura/problema.ts';
import { SUFIJO_DE_PROPUESTAS } from '../validacion/revisar.ts';
import { validateContent } from '../validacion/validar-contenido.ts';
import type { Catalogos } from './catalogos.ts';
import { extractSession, NoEsUnActa, type Borrador } from './extraer.ts';
import { proposalsFile, proposalsOf, sessionFile, type PropuestasDeCatalogo } from './escribir.ts';

/** A refusal of the import, in Spanish; nothing was written. */
export class ImportacionRechazada extends Error {}

function catalog<T>(carpetas: Carpetas, nombre: string, schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } }): T[] {
  const archivo = path.join(carpetas.contenido, nombre);
  if (!fs.existsSync(archivo)) return [];
  return readYamlList(nombre, fs.readFileSync(archivo, 'utf8')).registros.flatMap((r) => {
    const resultado = schema.safeParse(r.datos);
    return resultado.success ? [resultado.data] : [];
  });
}

/** The recorded bodies, people, institutions and sessions. */
export function loadCatalogs(carpetas: Carpetas): Catalogos {
  const carpetaDeSesiones = path.join(carpetas.contenido, ARCHIVOS.sesiones);
  const sesiones = fs.existsSync(carpetaDeSesiones)
    ? fs.readdirSync(carpetaDeSesiones).flatMap((nombre) => {
        const m = /^(.+)-(\d{4}-\d{2}-\d{2})(?:-.+)?\.mdx?$/.exec(nombre);
        return m ? [{ id: nombre.replace(/\.mdx?$/, ''), organo: m[1], fecha: m[2] }] : [];
      })
    : [];
  return {
    organos: catalog(carpetas, ARCHIVOS.organos, organoSchema),
    personas: catalog(carpetas, ARCHIVOS.personas, personaSchema),
    instituciones: catalog(carpetas, ARCHIVOS.instituciones, institucionSchema),
    sesiones,
  };
}

/** Text of a document as the importer needs it, refusing scans and unreadable files. */
export async function importableText(ruta: string, nombre: string): Promise<string> {
  try {
    const documento = await readDocumentText(ruta, nombre);
    if (documento.escaneado) {
      throw new ImportacionRechazada(
        `${nombre}: el PDF no tiene texto (parece un documento escaneado). Pida la versión en Word o un PDF con texto, o aplíquele reconocimiento de caracteres (OCR) y vuelva a importarlo`,
      );
    }
    if (!documento.texto.trim()) throw new ImportacionRechazada(`${nombre}: el documento está vacío`);
    return documento.texto;
  } catch (causa) {
    if (causa instanceof DocumentoIlegible) throw new ImportacionRechazada(causa.message);
    throw causa;
  }
}

export interface ResultadoDeImportacion {
  borrador: Borrador;
  /** Paths written, relative to the project root. */
  sesion: string;
  propuestas?: string;
  nuevas: PropuestasDeCatalogo;
  /** Problems `validate` finds in the written files. */
  problemas: Problema[];
  /** Errors elsewhere in the content (not caused by the import). */
  otrosErrores: number;
}

export interface OpcionesDeImportacion {
  carpetas: Carpetas;
  /** Id (file name) for the session instead of `<órgano>-<fecha>`. */
  id?: string;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export async function importActa(ruta: string, opciones: OpcionesDeImportacion): Promise<ResultadoDeImportacion> {
  const { carpetas } = opciones;
  const nombre = path.basename(ruta);
  const texto = await importableText(ruta, nombre);
  const catalogos = loadCatalogs(carpetas);
  let borrador: Borrador;
  try {
    borrador = extractSession(texto, catalogos);
  } catch (causa) {
    if (causa instanceof NoEsUnActa) throw new ImportacionRechazada(`${nombre}: ${causa.message}`);
    throw causa;
  }
  if (opciones.id !== undefined && !ID.test(opciones.id)) {
    throw new ImportacionRechazada(`--id «${opciones.id}» no sirve como identificador: use minúsculas sin acentos, números y guiones`);
  }
  const id =
    opciones.id ??
    borrador.id ??
    `borrador-${path
      .basename(nombre, path.extname(nombre))
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')}`;
  const carpeta = path.join(carpetas.contenido, ARCHIVOS.sesiones);
  const destino = path.join(carpeta, `${id}.md`);
  const destinoDePropuestas = path.join(carpeta, `${id}${SUFIJO_DE_PROPUESTAS}`);
  const relativa = (f: string) => path.relative(carpetas.raiz, f).split(path.sep).join('/');
  for (const existente of [destino, destino.replace(/\.md$/, '.mdx'), destinoDePropuestas]) {
    if (fs.existsSync(existente)) {
      throw new ImportacionRechazada(
        `ya existe ${relativa(existente)}; el importador nunca sobrescribe un archivo. Si es otra sesión del mismo día, dele otro nombre con --id (p. ej. --id ${id}-extraordinaria); si es la misma, edite el archivo existente`,
      );
    }
  }
  const nuevas = proposalsOf(borrador);
  const textoDePropuestas = proposalsFile(nuevas, nombre);
  fs.mkdirSync(carpeta, { recursive: true });
  fs.writeFileSync(destino, sessionFile(borrador, nombre), { flag: 'wx' });
  if (textoDePropuestas) fs.writeFileSync(destinoDePropuestas, textoDePropuestas, { flag: 'wx' });
  const escritos = new Set([relativa(destino), ...(textoDePropuestas ? [relativa(destinoDePropuestas)] : [])]);
  const { problemas } = validateContent({ carpetas });
  return {
    borrador,
    sesion: relativa(destino),
    propuestas: textoDePropuestas ? relativa(destinoDePropuestas) : undefined,
    nuevas,
    problemas: problemas.filter((p) => escritos.has(p.archivo)),
    otrosErrores: problemas.filter((p) => !escritos.has(p.archivo) && p.nivel === 'error').length,
  };
}
