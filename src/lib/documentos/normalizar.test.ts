import { describe, expect, it } from 'vitest';
import { foldName, foldWithPositions, isNoiseLine, normalizeText, trimListPunctuation } from './normalizar.ts';

describe('text normalisation', () => {
  it('drops page footers, signature descriptions, images and broken rulers', () => {
    const texto = 'Primer párrafo.\r\n\r\nPágina 2 de 12\r\n Página 7 de 12 \nA blue ink signature, appearing to be \'LGN\', written over a horizontal line.\n[image: ]\n------------------------------\t--\n(Firma)\nÚltimo   párrafo.\n';
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
