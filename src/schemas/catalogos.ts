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
  id: identificador.describe('Identificador estable (p. ej. «infoem»).'),
  nombre: texto.describe('Nombre oficial completo.'),
  siglas: texto.optional().describe('Siglas como las escribe la institución (p. ej. «Infoem», «IEEM»).'),
  tipo: enumOf(TIPOS_DE_INSTITUCION, 'un tipo de institución').describe('Tipo de institución.'),
  url: url.optional().describe('Sitio web oficial.'),
});
export type Institucion = z.infer<typeof institucionSchema>;

/** `content/organos.yaml`: collegiate bodies that hold sessions. */
export const organoSchema = z.strictObject({
  id: identificador.describe('Identificador estable; forma el nombre de los archivos de sus sesiones y su dirección (p. ej. «stl», «cgatp»).'),
  nombre: texto.describe('Nombre completo del órgano.'),
  siglas: texto.optional().describe('Nombre corto para listas (p. ej. «STL»).'),
  institucion: identificador.optional().describe('Institución a la que pertenece; se omite en órganos de varias instituciones, como el STL.'),
  organo_superior: identificador.optional().describe('Órgano del que depende (p. ej. el grupo operativo depende del «stl»).'),
  descripcion: texto.describe('Qué es y qué hace el órgano, en lenguaje claro.'),
});
export type Organo = z.infer<typeof organoSchema>;

/** `content/personas.yaml`: people who attend sessions or speak at events. */
export const personaSchema = z.strictObject({
  id: identificador.describe('Identificador estable, normalmente el nombre en minúsculas, sin acentos y con guiones.'),
  nombre: texto.describe('Nombre completo, como aparece en la fuente más completa.'),
  variantes: z.array(texto).optional().describe('Otras formas en que las fuentes escriben el nombre (para que la búsqueda las encuentre).'),
});
export type Persona = z.infer<typeof personaSchema>;
