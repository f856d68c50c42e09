/**
 * The site's datasets, each declared once: title, description, keywords, fields (type,
 * description, constraints), primary and foreign keys, and the function that makes its rows from
 * the content loaded once per build (`loadContent()`). Column names are Spanish snake_case and
 * follow the content's own field names; enumerations come from the label tables of `src/schemas/`
 * so accepted values are declared in one place.
 */
import { CONJUNTOS_DE_ACUERDOS } from './conjuntos/acuerdos.ts';
import { CONJUNTOS_DE_CALENDARIO } from './conjuntos/calendario.ts';
import { CONJUNTOS_DE_CATALOGOS } from './conjuntos/catalogos.ts';
import { CONJUNTOS_DE_COMPROMISOS } from './conjuntos/compromisos.ts';
import { CONJUNTOS_DE_SESIONES } from './conjuntos/sesiones.ts';
import type { Conjunto } from './tipos.ts';

export { COBERTURA_ESPACIAL, PATRON_HORA, PATRON_IDENTIFICADOR } from './campos.ts';

/** Every dataset of the site, in the order the catalogue lists them; each family in its own file under `conjuntos/`. */
export const CONJUNTOS: readonly Conjunto[] = [
  ...CONJUNTOS_DE_SESIONES,
  ...CONJUNTOS_DE_ACUERDOS,
  ...CONJUNTOS_DE_COMPROMISOS,
  ...CONJUNTOS_DE_CALENDARIO,
  ...CONJUNTOS_DE_CATALOGOS,
];

/** Dataset by slug. */
export const CONJUNTO = new Map(CONJUNTOS.map((c) => [c.slug, c]));
