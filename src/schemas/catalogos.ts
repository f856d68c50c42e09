/**
 * Catalogues that other records point to: institutions, collegiate bodies and people.
 * They live in one YAML list per collection under `content/`.
 */
import { z } from 'astro/zod';
import { enumOf, identificador, texto, url } from './comunes.ts';

/** Kinds of institution, as labelled on the site. */
export const TIPOS_DE_INSTITUCION = {
  'organo-garante': 'Órgano garante',
  'ente-publico': 'Ente público',
  'poder-ejecutivo': 'Poder Ejecutivo',
  'poder-legislativo': 'Poder Legislativo',
  'poder-judicial': 'Poder Judicial',
  'organismo-autonomo': 'Organismo autónomo',
  'gobierno-municipal': 'Gobierno municipal',
  'organismo-nacional': 'Organismo nacional',
  'sociedad-civil': 'Sociedad civil',
  otro: 'Otro',
} as const;
export type TipoDeInstitucion = keyof typeof TIPOS_DE_INSTITUCION;

/** `content/instituciones.yaml`: one entry per institution. */
export const institucionSchema = z.strictObject({
  /** Stable identifier (e.g. `infoem`). */
  id: identificador,
  /** Full official name. */
  nombre: texto,
  /** Acronym as the institution writes it (e.g. `Infoem`, `IEEM`). */
  siglas: texto.optional(),
  /** Kind of institution. */
  tipo: enumOf(TIPOS_DE_INSTITUCION, 'un tipo de institución'),
  /** Official website. */
  url: url.optional(),
});
export type Institucion = z.infer<typeof institucionSchema>;

/** `content/organos.yaml`: collegiate bodies that hold sessions. */
export const organoSchema = z.strictObject({
  /** Stable identifier used in session ids and URLs (e.g. `stl`, `cgatp`). */
  id: identificador,
  /** Full name of the body. */
  nombre: texto,
  /** Short name shown in lists (e.g. `STL`). */
  siglas: texto.optional(),
  /** Institution the body belongs to; absent for multi-stakeholder bodies such as the STL. */
  institucion: identificador.optional(),
  /** Body this one reports to (e.g. the STL's working group reports to the `stl`). */
  organo_superior: identificador.optional(),
  /** What the body is and does, in plain language. */
  descripcion: texto,
});
export type Organo = z.infer<typeof organoSchema>;

/** `content/personas.yaml`: people who attend sessions or speak at events. */
export const personaSchema = z.strictObject({
  /** Stable identifier, usually the name in lowercase with hyphens. */
  id: identificador,
  /** Full name as it appears in the most complete source. */
  nombre: texto,
  /** Other spellings printed in the sources (kept so searches find them). */
  variantes: z.array(texto).optional(),
});
export type Persona = z.infer<typeof personaSchema>;
