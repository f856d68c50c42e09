import { describe, expect, it } from 'vitest';
import { makeDocx, makePdf } from '../importador/pruebas/documentos-de-prueba.ts';
import { documentText, DocumentoIlegible, textOfMammothHtml } from './texto-de-documento.ts';

describe('text of original documents', () => {
  it('reads a Word file, a table row per line with tab-separated cells', async () => {
    const docx = makeDocx([
      'Acta de la sesión',
      [
        ['Clave', 'Acuerdo'],
        ['STL/I/1/2023', 'Se aprueba & publica'],
      ],
    ]);
    expect(await documentText(docx, 'acta.docx')).toEqual({
      formato: 'docx',
      texto: 'Acta de la sesión\n\nClave\tAcuerdo\nSTL/I/1/2023\tSe aprueba & publica',
      escaneado: false,
    });
  });

  it('reads a PDF text layer and tells a scan', async () => {
    expect(await documentText(makePdf(['Acta de la sesion', 'Siendo las once horas']), 'a.pdf')).toEqual({
      formato: 'pdf',
      texto: 'Acta de la sesion\nSiendo las once horas',
      paginas: 1,
      escaneado: false,
    });
    expect(await documentText(makePdf(), 'b.pdf')).toMatchObject({ texto: '', escaneado: true, paginas: 1 });
  });

  it('names the file in a Spanish message when it cannot be read', async () => {
    await expect(documentText(new Uint8Array([1, 2, 3]), 'roto.pdf')).rejects.toThrow(
      new DocumentoIlegible('roto.pdf', 'no se pudo leer como PDF; revise que el archivo no esté dañado'),
    );
    await expect(documentText(new Uint8Array([0xff, 0xfe, 0x41]), 'latin.txt')).rejects.toThrow(/latin\.txt: el texto no está en UTF-8/);
  });

  it('turns mammoth’s HTML into lines', () => {
    expect(textOfMammothHtml('<h1>Acta</h1><p>Uno &amp; dos</p><ul><li>I. Lista</li></ul>')).toBe('Acta\n\nUno & dos\n\n- I. Lista');
  });
});
