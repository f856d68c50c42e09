import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isOriginalDocumentAnchor } from '../busqueda/anclas.ts';
import { makeDocx, makePdf } from '../importador/pruebas/documentos-de-prueba.ts';
import { documentAnchorId, documentTextProblems, publishedDocumentText, textParagraphs } from './texto-publicado.ts';

let carpeta: string | undefined;
afterEach(() => carpeta && fs.rmSync(carpeta, { recursive: true, force: true }));

function folderWith(archivos: Record<string, Uint8Array | string>): string {
  carpeta = fs.mkdtempSync(path.join(os.tmpdir(), 'documentos-'));
  for (const [nombre, datos] of Object.entries(archivos)) fs.writeFileSync(path.join(carpeta, nombre), datos);
  return carpeta;
}
const carpetasDe = (documentos: string) => ({ raiz: path.dirname(documentos), contenido: '', datos: '', documentos });

describe('text of published originals', () => {
  it('reads PDF and Word originals as paragraphs, the same on every build, and skips plain text', async () => {
    const docs = folderWith({
      'acta.pdf': makePdf(['Acta de la sesion', '', 'Pagina 2 de 3', 'Se aprueba el calendario.']),
      'acta.docx': makeDocx(['Primer párrafo', 'Segundo']),
      'acta.txt': 'texto',
    });
    const pdf = await publishedDocumentText(docs, 'acta.pdf');
    expect(pdf).toEqual({ archivo: 'acta.pdf', formato: 'pdf', escaneado: false, parrafos: ['Acta de la sesion Se aprueba el calendario.'] });
    expect(await publishedDocumentText(docs, 'acta.pdf')).toEqual(pdf);
    expect((await publishedDocumentText(docs, 'acta.docx'))?.parrafos).toEqual(['Primer párrafo', 'Segundo']);
    expect(await publishedDocumentText(docs, 'acta.txt')).toBeUndefined();
  });

  it('tells a scanned PDF', async () => {
    const docs = folderWith({ 'escaneo.pdf': makePdf() });
    expect(await publishedDocumentText(docs, 'escaneo.pdf')).toMatchObject({ escaneado: true, parrafos: [] });
    expect(await documentTextProblems(carpetasDe(docs))).toEqual([]);
  });

  it('names each original that cannot be read', async () => {
    const docs = folderWith({ 'roto.pdf': 'no es un PDF', 'bueno.docx': makeDocx(['Hola']), 'roto.docx': 'tampoco' });
    expect((await documentTextProblems(carpetasDe(docs))).map((p) => [p.archivo, p.mensaje])).toEqual([
      [
        'public/documentos/roto.docx',
        'no se pudo leer el texto del documento para la búsqueda: no se pudo leer como documento de Word (.docx); revise que no esté dañado y que no sea un .doc antiguo',
      ],
      ['public/documentos/roto.pdf', 'no se pudo leer el texto del documento para la búsqueda: no se pudo leer como PDF; revise que el archivo no esté dañado'],
    ]);
  });

  it('gives each document an anchor the search page recognises', () => {
    expect(documentAnchorId('acta-stl-2023.pdf')).toBe('documento-original-acta-stl-2023-pdf');
    expect(isOriginalDocumentAnchor(documentAnchorId('acta-stl-2023.pdf'))).toBe(true);
    expect(isOriginalDocumentAnchor('acuerdo-2023-01-01-x')).toBe(false);
    expect(textParagraphs('Uno\ny dos\n\nTres\tcuatro')).toEqual(['Uno y dos', 'Tres — cuatro']);
  });
});
