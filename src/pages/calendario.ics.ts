/** `/calendario.ics`: iCalendar feed of every body's planned and held sessions. */
import type { APIRoute } from 'astro';
import sitio from '../../sitio.config.ts';
import { loadContent } from '../lib/contenido/cargar.ts';
import { siteHost } from '../lib/sitio/cargar-datos.ts';
import { sessionEvents, writeCalendar } from '../lib/datos/ical.ts';
import { today } from '../lib/fechas.ts';
import { absoluteUrl } from '../lib/url.ts';

export const GET: APIRoute = async () => {
  const c = await loadContent();
  const texto = writeCalendar({
    nombre: `Sesiones · ${sitio.nombre}`,
    descripcion: 'Calendario de sesiones programadas y celebradas de todos los órganos.',
    fechaDeReferencia: today(),
    eventos: sessionEvents(c, { absoluta: (ruta) => absoluteUrl(ruta), host: siteHost() }),
  });
  return new Response(texto, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
