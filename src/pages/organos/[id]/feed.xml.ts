/** `/organos/<id>/feed.xml`: RSS of one body's sessions and agreements. */
import type { APIRoute, GetStaticPaths } from 'astro';
import sitio from '../../../../sitio.config.ts';
import { loadContent } from '../../../lib/contenido/cargar.ts';
import { recordFeed, RSS } from '../../../lib/datos/feeds-por-registro.ts';
import { absoluteUrl, rutas } from '../../../lib/url.ts';
import { recordFeedKey } from '../../../lib/incremental/dependencias.ts';
import { loadEnvironment } from '../../../lib/incremental/entorno.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const entorno = await loadEnvironment();
  return entorno.contenido.organos.map((o) => ({ params: { id: o.id }, cacheKey: recordFeedKey(entorno, { organo: o.id }) }));
};

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
