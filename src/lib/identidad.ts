/**
 * How the site identifies its publisher in the header: the institution's official logo when the
 * configuration names one, and otherwise the project's monogram, which only decorates the site's
 * name (it is nobody's logo, so it says nothing to a screen reader).
 */
import { joinBase } from './url.ts';

/** The monogram under `public/` shown while no official logo is configured. */
export const MONOGRAMA = 'monograma.svg';

export interface LogoConfigurado {
  /** File under `public/` (SVG recommended). */
  archivo: string;
  /** Text alternative, e.g. «Logotipo del Infoem». */
  alt: string;
}

export interface MarcaDelEncabezado {
  /** Address of the image, with the site's base. */
  src: string;
  /** Text alternative: the logo's, or empty for the decorative monogram. */
  alt: string;
  /** Whether the image is the institution's own logo. */
  oficial: boolean;
}

/** File under `public/` that stands for the institution (its logo, or the monogram). */
export function logoFile(logo: LogoConfigurado | undefined): string {
  return (logo?.archivo ?? MONOGRAMA).replace(/^\/+/, '');
}

/** The image the header shows beside the site's name, under `base`. */
export function headerMark(logo: LogoConfigurado | undefined, base: string): MarcaDelEncabezado {
  return { src: joinBase(base, logoFile(logo)), alt: logo ? logo.alt : '', oficial: Boolean(logo) };
}

/** The line above the header, as official sites of the Mexican government carry it. */
export function officialSiteLine(institucion: { siglas: string; url: string }): { texto: string; dominio: string } {
  return { texto: `Sitio oficial del ${institucion.siglas}`, dominio: new URL(institucion.url).hostname };
}
