/**
 * Which pages the build renders first. Astro renders routes in path order, so on a large site
 * the sessions — most of the record pages — came last, and all their indexing (and the writing of
 * the last part of the index) happened after the last page. Rendered first, their indexing runs
 * beside the rendering of every other page (agreements, lists, datasets), which is most of the
 * build. The order stays fixed between builds, so the output stays byte-identical.
 */
import { MARCA_DE_REGISTRO } from './html.ts';

/**
 * Whether a page template's source marks a record element. A template that gets its record
 * element from a component is still indexed, only later in the build (the build says so).
 */
export function isRecordTemplate(fuente: string): boolean {
  return fuente.includes(MARCA_DE_REGISTRO);
}

/** The paths of record templates first, then the others, each group in the order given. */
export function recordPagesFirst<T extends { route: { component: string } }>(rutas: readonly T[], esDeRegistro: (componente: string) => boolean): T[] {
  return [...rutas.filter((r) => esDeRegistro(r.route.component)), ...rutas.filter((r) => !esDeRegistro(r.route.component))];
}
