/**
 * The site's content, loaded from Astro's collections once per build (`ensamblar.ts` assembles it).
 */
import { getCollection } from 'astro:content';
import { today } from '../fechas.ts';
import { NOMBRES_DE_COLECCIONES } from './colecciones.ts';
import { assembleContent, type Colecciones, type Contenido } from './ensamblar.ts';

export * from './ensamblar.ts';

async function load(): Promise<Contenido> {
  const colecciones = Object.fromEntries(await Promise.all(NOMBRES_DE_COLECCIONES.map(async (nombre) => [nombre, await getCollection(nombre)])));
  return assembleContent(colecciones as unknown as Colecciones, today());
}

let cache: Promise<Contenido> | undefined;

/** The site's content, loaded once per build. */
export function loadContent(): Promise<Contenido> {
  cache ??= load();
  return cache;
}
