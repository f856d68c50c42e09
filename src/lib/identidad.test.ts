import { describe, expect, it } from 'vitest';
import { headerMark, logoFile, MONOGRAMA, officialSiteLine } from './identidad.ts';

describe('headerMark', () => {
  it('shows the configured logo with its text alternative, under the base', () => {
    const logo = { archivo: 'imagenes/logo-infoem.svg', alt: 'Logotipo del Infoem' };
    expect(headerMark(logo, '/transparencia/')).toEqual({ src: '/transparencia/imagenes/logo-infoem.svg', alt: 'Logotipo del Infoem', oficial: true });
    expect(headerMark({ ...logo, archivo: '/logo.png' }, '/').src).toBe('/logo.png');
  });

  it('falls back to the decorative monogram without a logo', () => {
    expect(headerMark(undefined, '/transparencia/')).toEqual({ src: `/transparencia/${MONOGRAMA}`, alt: '', oficial: false });
    expect(logoFile(undefined)).toBe(MONOGRAMA);
  });
});

describe('officialSiteLine', () => {
  it('names the institution by its acronym and shows the domain of its site', () => {
    expect(officialSiteLine({ siglas: 'Infoem', url: 'https://www.infoem.org.mx/' })).toEqual({
      texto: 'Sitio oficial del Infoem',
      dominio: 'www.infoem.org.mx',
    });
  });
});
