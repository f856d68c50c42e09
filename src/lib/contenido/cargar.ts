/**
 * The site's content, loaded from Astro's collections once per build (`ensamblar.ts` assembles it).
 */
import { getCollection } from 'astro:content';
import { today } from '../fechas.ts';
import { assembleContent, type Contenido } from './ensamblar.ts';

export * from './ensamblar.ts';

async function load(): Promise<Contenido> {
  return assembleContent(
    {
      sesiones: await getCollection('sesiones'),
      seguimientoDeAcuerdos: await getCollection('seguimientoDeAcuerdos'),
      calendarios: await getCollection('calendarios'),
      compromisos: await getCollection('compromisos'),
      organos: await getCollection('organos'),
      personas: await getCollection('personas'),
      instituciones: await getCollection('instituciones'),
      eventos: await getCollection('eventos'),
      municipios: await getCollection('municipios'),
    },
    today(),
  );
}

let cache: Promise<Contenido> | undefined;

/** The site's content, loaded once per build. */
export function loadContent(): Promise<Contenido> {
  cache ??= load();
  return cache;
}
