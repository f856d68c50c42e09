/** `/organos/<id>/feed.xml`: RSS of one body's sessions and agreements. */
import type { APIRoute, GetStaticPaths } from 'astro';
import sitio from '../../../../sitio.config.ts';
import { loadContent } from '../../../lib/contenido/cargar.ts';
import { recordFeed, RSS } from '../../../lib/datos/feeds-por-registro.ts';
import { absoluteUrl, rutas } from '../../../lib/url.ts';

export const getStaticPaths: GetStaticPaths = async () => (await loadContent()).organos.map((o) => ({ params: { id: o.id } }));

export const GET: APIRoute = async ({ params }) => {
  const c = await loadContent();
  const o = c.organo.get(params.id!)!;
  const texto = recordFeed(
    c,
    {
      titulo: `Sesiones y acuerdos de ${o.siglas ?? o.nombre} · ${sitio.nombre}`,
      descripcion: `Nuevas sesiones y acuerdos de ${o.nombre}.`,
      pagina: rutas.organo(o.id),
      feed: rutas.feedDeOrgano(o.id),
      ambito: { organo: o.id },
    },
    (ruta) => absoluteUrl(ruta),
  );
  return new Response(texto, { headers: RSS });
};
