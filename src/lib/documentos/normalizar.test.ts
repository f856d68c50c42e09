import { describe, expect, it } from 'vitest';
import { foldName, foldWithPositions, isNoiseLine, normalizeText, trimListPunctuation, unwrapPdfLines } from './normalizar.ts';

describe('text normalisation', () => {
  it('drops page footers, signature descriptions, images and broken rulers', () => {
    const texto =
      "Primer párrafo.\r\n\r\nPágina 2 de 12\r\n Página 7 de 12 \nA blue ink signature, appearing to be 'LGN', written over a horizontal line.\n[image: ]\n------------------------------\t--\n(Firma)\nÚltimo   párrafo.\n";
    expect(normalizeText(texto)).toBe('Primer párrafo.\n\nÚltimo párrafo.');
  });

  it('keeps real lines that mention pages or signatures', () => {
    expect(isNoiseLine('firmando la presente Acta al margen y al calce quienes en ella intervinieron.')).toBe(false);
    expect(isNoiseLine('La página institucional del Infoem')).toBe(false);
  });

  it('folds names for comparison and maps back to the original', () => {
    expect(foldName('Carlos de la Peña Jiménez O´Farril')).toBe('carlos de la pena jimenez o farril');
    const { plegado, origen } = foldWithPositions('Sr.  José Martínez');
    const i = plegado.indexOf('jose');
    expect('Sr.  José Martínez'.slice(origen[i], origen[i + 3] + 1)).toBe('José');
  });

  it('trims the punctuation that joins list items, not abbreviations', () => {
    expect(trimListPunctuation('Asuntos Generales, y')).toBe('Asuntos Generales');
    expect(trimListPunctuation('Asuntos Generales; y ')).toBe('Asuntos Generales');
    expect(trimListPunctuation('Clausura de sesión.')).toBe('Clausura de sesión');
    expect(trimListPunctuation('Representante de Tendiendo Puentes A.C.;')).toBe('Representante de Tendiendo Puentes A.C.');
  });
});

describe('lines of a PDF text layer', () => {
  const ancho = 'x'.repeat(60);
  it('joins the wrapped lines of a paragraph and separates paragraphs', () => {
    const texto = [
      `${ancho} sigue en`,
      'la línea siguiente.',
      `${ancho} termina aquí.`,
      'Línea corta',
      `${ancho} antes de una clave`,
      'STL/XV/1/2022',
      `${ancho} antes de un punto`,
      'II. Segundo punto;',
    ].join('\n');
    expect(unwrapPdfLines(texto).split('\n\n')).toEqual([
      `${ancho} sigue en la línea siguiente.`,
      `${ancho} termina aquí.`,
      'Línea corta',
      `${ancho} antes de una clave`,
      'STL/XV/1/2022',
      `${ancho} antes de un punto`,
      'II. Segundo punto;',
    ]);
  });

  it('never continues a heading in capitals', () => {
    expect(
      unwrapPdfLines(`ACTA DE LA DÉCIMO QUINTA SESIÓN ORDINARIA DEL SECRETARIADO TÉCNICO LOCAL\nEn el Estado de México, siendo las once horas\nfin.`).split(
        '\n\n',
      )[0],
    ).toBe('ACTA DE LA DÉCIMO QUINTA SESIÓN ORDINARIA DEL SECRETARIADO TÉCNICO LOCAL');
  });
});
