/** `/feed.xml`: RSS 2.0 of new sessions and agreements, newest first. */
import type { APIRoute } from 'astro';
import sitio from '../../sitio.config.ts';
import { loadContent } from '../lib/contenido/cargar.ts';
import { feedEntries, writeRss } from '../lib/datos/feeds.ts';
import { absoluteUrl } from '../lib/url.ts';

export const GET: APIRoute = async () => {
  const c = await loadContent();
  const texto = writeRss({
    titulo: `Sesiones y acuerdos · ${sitio.nombre}`,
    descripcion: sitio.descripcion,
    enlace: absoluteUrl('/'),
    propio: absoluteUrl('/feed.xml'),
    entradas: feedEntries(c, (ruta) => absoluteUrl(ruta)),
  });
  return new Response(texto, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
