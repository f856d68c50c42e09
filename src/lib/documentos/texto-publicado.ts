/**
 * The text of the original documents published under `public/documentos/` (PDF and Word), for
 * the record pages that cite them: shown there, under the list of documents, and so indexed by
 * the search as part of that record. A scanned PDF has no text and is listed as such. Plain-text
 * transcriptions are not repeated: they are the minutes' body already.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PREFIJO_DE_DOCUMENTO_ORIGINAL } from '../busqueda/anclas.ts';
import type { Carpetas } from '../contenido/rutas.ts';
import { slugify } from '../slug.ts';
import type { Problema } from '../lectura/problema.ts';
import { normalizeText } from './normalizar.ts';
import { DocumentoIlegible, readDocumentText, type FormatoDeDocumento } from './texto-de-documento.ts';

/** Formats whose text is read at build time. */
const CON_TEXTO_EXTRAIBLE = /\.(?:pdf|docx)$/i;

export interface TextoPublicado {
  archivo: string;
  formato: FormatoDeDocumento;
  /** True for a scan: nothing to show or search. */
  escaneado: boolean;
  /** The text as paragraphs, without page footers or signature descriptions. */
  parrafos: string[];
}

export function hasExtractableText(archivo: string): boolean {
  return CON_TEXTO_EXTRAIBLE.test(archivo);
}

/** Element id of a document's text on its record page (see `src/lib/busqueda/anclas.ts`). */
export function documentAnchorId(archivo: string): string {
  return `${PREFIJO_DE_DOCUMENTO_ORIGINAL}${slugify(archivo)}`;
}

/** Paragraphs of a document's text: blank-line separated, lines of one paragraph joined. */
export function textParagraphs(texto: string): string[] {
  return normalizeText(texto)
    .split(/\n\s*\n/)
    .map((p) =>
      p
        .replace(/\s*\n\s*/g, ' ')
        .replace(/\t+/g, ' — ')
        .trim(),
    )
    .filter(Boolean);
}

/** Text of one published document, or undefined for a format whose text is not read. */
export async function publishedDocumentText(carpetaDeDocumentos: string, archivo: string): Promise<TextoPublicado | undefined> {
  if (!hasExtractableText(archivo)) return undefined;
  const documento = await readDocumentText(path.join(carpetaDeDocumentos, archivo), `public/documentos/${archivo}`);
  return { archivo, formato: documento.formato, escaneado: documento.escaneado, parrafos: documento.escaneado ? [] : textParagraphs(documento.texto) };
}

/** One error per PDF or Word document of `public/documentos/` whose text cannot be read. */
export async function documentTextProblems(carpetas: Carpetas): Promise<Problema[]> {
  if (!fs.existsSync(carpetas.documentos)) return [];
  const archivos = fs.readdirSync(carpetas.documentos).filter(hasExtractableText).sort();
  const problemas: Problema[] = [];
  for (const archivo of archivos) {
    try {
      await publishedDocumentText(carpetas.documentos, archivo);
    } catch (causa) {
      if (!(causa instanceof DocumentoIlegible)) throw causa;
      problemas.push({ archivo: causa.archivo, mensaje: `no se pudo leer el texto del documento para la búsqueda: ${causa.motivo}`, nivel: 'error' });
    }
  }
  return problemas;
}
