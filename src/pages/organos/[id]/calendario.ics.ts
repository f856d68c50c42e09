/** `/organos/<id>/calendario.ics`: iCalendar feed of one body's planned and held sessions. */
import type { APIRoute, GetStaticPaths } from 'astro';
import sitio from '../../../../sitio.config.ts';
import { loadContent } from '../../../lib/contenido/cargar.ts';
import { siteHost } from '../../../lib/sitio/cargar-datos.ts';
import { feedDescription, sessionEvents, writeCalendar } from '../../../lib/datos/ical.ts';
import { absoluteUrl } from '../../../lib/url.ts';
import { bodyCalendarKey } from '../../../lib/incremental/dependencias.ts';
import { loadEnvironment } from '../../../lib/incremental/entorno.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const entorno = await loadEnvironment();
  return entorno.contenido.organos.map((o) => ({ params: { id: o.id }, cacheKey: bodyCalendarKey(entorno, o) }));
};

export const GET: APIRoute = async ({ params }) => {
  const c = await loadContent();
  const organo = c.organo.get(params.id!)!;
  const eventos = sessionEvents(c, { absoluta: (ruta) => absoluteUrl(ruta), host: siteHost(), organo: organo.id });
  const texto = writeCalendar({
    nombre: `Sesiones · ${organo.siglas ?? organo.nombre}`,
    descripcion: feedDescription(`Calendario de sesiones programadas y celebradas de ${organo.nombre} (${sitio.nombre}).`, eventos, c.hoy),
    fechaDeReferencia: c.hoy,
    eventos,
  });
  return new Response(texto, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
