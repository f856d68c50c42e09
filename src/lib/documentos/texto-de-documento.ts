/**
 * The text of an original document: plain text, a Word document (`.docx`, through mammoth) or a
 * PDF with a text layer (through unpdf, a packaging of Mozilla's pdf.js). Used by the acta
 * importer and by the search index of the original documents. Tables keep their rows: cells are
 * separated by a tab, one row per line.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isNoiseLine, unwrapPdfLines } from './normalizar.ts';

export type FormatoDeDocumento = 'texto' | 'docx' | 'pdf';

/** Why a document's text cannot be had, in Spanish, naming the file. */
export class DocumentoIlegible extends Error {
  readonly archivo: string;
  readonly motivo: string;

  constructor(archivo: string, motivo: string) {
    super(`${archivo}: ${motivo}`);
    this.archivo = archivo;
    this.motivo = motivo;
    this.name = 'DocumentoIlegible';
  }
}

export interface TextoDeDocumento {
  formato: FormatoDeDocumento;
  texto: string;
  /** Pages of a PDF; absent for other formats. */
  paginas?: number;
  /** True for a PDF with pages but no text layer (a scan). */
  escaneado: boolean;
}

const EXTENSIONES: Record<string, FormatoDeDocumento> = { '.txt': 'texto', '.md': 'texto', '.docx': 'docx', '.pdf': 'pdf' };

/** The format a file name announces, or undefined when it is none of the supported ones. */
export function formatOf(archivo: string): FormatoDeDocumento | undefined {
  return EXTENSIONES[path.extname(archivo).toLowerCase()];
}

const ENTIDADES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * Text of the HTML mammoth writes (a small, regular subset: p, h1–h6, ul/ol/li, table/tr/td,
 * strong, em, a, br, img). Paragraphs and list items become lines, table rows become lines of
 * tab-separated cells.
 */
export function textOfMammothHtml(html: string): string {
  return (
    html
      .replace(/<img[^>]*>/g, '')
      // A cell's paragraphs stay in the cell, so its row stays one line.
      .replace(
        /<t([dh])([^>]*)>([\s\S]*?)<\/t\1>/g,
        (_, t: string, a: string, dentro: string) => `<t${t}${a}>${dentro.replace(/<\/p>\s*<p[^>]*>/g, ' ').replace(/<\/?p[^>]*>/g, '')}</t${t}>`,
      )
      .replace(/<br\s*\/?>/g, '\n')
      .replace(/<\/t[dh]>\s*<t[dh][^>]*>/g, '\t')
      .replace(/<\/tr>/g, '\n')
      .replace(/<li[^>]*>/g, '\n- ')
      .replace(/<\/(?:p|h[1-6]|li|table|ul|ol)>/g, '\n\n')
      .replace(/<[^>]+>/g, '')
      .replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (todo, nombre: string) => {
        if (nombre.startsWith('#')) {
          const codigo = nombre[1].toLowerCase() === 'x' ? parseInt(nombre.slice(2), 16) : Number(nombre.slice(1));
          return Number.isFinite(codigo) ? String.fromCodePoint(codigo) : todo;
        }
        return ENTIDADES[nombre.toLowerCase()] ?? todo;
      })
      .replace(/\n[ \t]*\n(?:[ \t]*\n)+/g, '\n\n')
      .trim()
  );
}

/** Characters of real text: below this a PDF page set is taken as a scan. */
const MINIMO_DE_TEXTO = 20;

async function pdfText(bytes: Uint8Array, archivo: string): Promise<TextoDeDocumento> {
  const { extractText, getDocumentProxy } = await import('unpdf');
  let paginas: string[];
  let total: number;
  try {
    // pdf.js refuses a Node Buffer; it wants a plain Uint8Array (and may transfer it, so a copy).
    const documento = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 } as Parameters<typeof getDocumentProxy>[1]);
    const resultado = await extractText(documento, { mergePages: false });
    paginas = resultado.text;
    total = resultado.totalPages;
    await documento.cleanup();
  } catch (causa) {
    const detalle = causa instanceof Error && /password/i.test(causa.message) ? ' (está protegido con contraseña)' : '';
    throw new DocumentoIlegible(archivo, `no se pudo leer como PDF${detalle}; revise que el archivo no esté dañado`);
  }
  // Footers go first, so a paragraph that runs across a page break is joined again.
  const lineas = paginas.flatMap((pagina) => pagina.split('\n')).filter((linea) => !isNoiseLine(linea));
  const texto = unwrapPdfLines(lineas.join('\n').trim());
  const escaneado = texto.replace(/\s+/g, '').length < MINIMO_DE_TEXTO;
  return { formato: 'pdf', texto: escaneado ? '' : texto, paginas: total, escaneado };
}

async function docxText(bytes: Uint8Array, archivo: string): Promise<TextoDeDocumento> {
  const mammoth = (await import('mammoth')).default;
  try {
    const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    return { formato: 'docx', texto: textOfMammothHtml(value), escaneado: false };
  } catch {
    throw new DocumentoIlegible(archivo, 'no se pudo leer como documento de Word (.docx); revise que no esté dañado y que no sea un .doc antiguo');
  }
}

function plainText(bytes: Uint8Array, archivo: string): TextoDeDocumento {
  const texto = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (texto.includes('\uFFFD')) {
    throw new DocumentoIlegible(archivo, 'el texto no está en UTF-8 (p. ej. se guardó como Latin-1/ANSI); guárdelo como «UTF-8» en su editor');
  }
  return { formato: 'texto', texto: texto.replace(/^\uFEFF/, ''), escaneado: false };
}

/** Text of a document given its bytes; `archivo` names it in messages and tells its format. */
export async function documentText(bytes: Uint8Array, archivo: string): Promise<TextoDeDocumento> {
  const formato = formatOf(archivo);
  if (formato === 'pdf') return pdfText(bytes, archivo);
  if (formato === 'docx') return docxText(bytes, archivo);
  if (formato === 'texto') return plainText(bytes, archivo);
  throw new DocumentoIlegible(archivo, 'formato no admitido; use un archivo .txt, .docx o .pdf con texto');
}

/** Text of a document on disk. */
export async function readDocumentText(ruta: string, nombre = ruta): Promise<TextoDeDocumento> {
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(ruta);
  } catch (causa) {
    const codigo = (causa as NodeJS.ErrnoException).code;
    const motivo = codigo === 'ENOENT' ? 'no existe este archivo' : codigo === 'EISDIR' ? 'es una carpeta, no un archivo' : 'no se pudo leer el archivo';
    throw new DocumentoIlegible(nombre, motivo);
  }
  return documentText(bytes, nombre);
}
