/** `/compromisos/<id>/feed.xml`: RSS of one commitment's progress reports and agreements. */
import type { APIRoute, GetStaticPaths } from 'astro';
import sitio from '../../../../sitio.config.ts';
import { loadContent } from '../../../lib/contenido/cargar.ts';
import { recordFeed, RSS } from '../../../lib/datos/feeds-por-registro.ts';
import { absoluteUrl, rutas } from '../../../lib/url.ts';
import { recordFeedKey } from '../../../lib/incremental/dependencias.ts';
import { loadEnvironment } from '../../../lib/incremental/entorno.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const entorno = await loadEnvironment();
  return entorno.contenido.compromisos.map((k) => ({ params: { id: k.id }, cacheKey: recordFeedKey(entorno, { compromiso: k.id }) }));
};

export const GET: APIRoute = async ({ params }) => {
  const c = await loadContent();
  const k = c.compromiso.get(params.id!)!;
  const nombre = k.data.titulo_corto ?? k.data.titulo;
  const texto = recordFeed(
    c,
    {
      titulo: `Avances y acuerdos de «${nombre}» · ${sitio.nombre}`,
      descripcion: `Nuevos avances y acuerdos del compromiso «${k.data.titulo}».`,
      pagina: rutas.compromiso(k.id),
      feed: rutas.feedDeCompromiso(k.id),
      ambito: { compromiso: k.id },
    },
    (ruta) => absoluteUrl(ruta),
  );
  return new Response(texto, { headers: RSS });
};
