/** `/calendario.ics`: iCalendar feed of every body's planned and held sessions. */
import type { APIRoute } from 'astro';
import sitio from '../../sitio.config.ts';
import { loadContent } from '../lib/contenido/cargar.ts';
import { siteHost } from '../lib/sitio/cargar-datos.ts';
import { feedDescription, sessionEvents, writeCalendar } from '../lib/datos/ical.ts';
import { absoluteUrl } from '../lib/url.ts';

export const GET: APIRoute = async () => {
  const c = await loadContent();
  const eventos = sessionEvents(c, { absoluta: (ruta) => absoluteUrl(ruta), host: siteHost() });
  const texto = writeCalendar({
    nombre: `Sesiones · ${sitio.nombre}`,
    descripcion: feedDescription('Calendario de sesiones programadas y celebradas de todos los órganos.', eventos, c.hoy),
    fechaDeReferencia: c.hoy,
    eventos,
  });
  return new Response(texto, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
