/** `/personas/<id>/feed.xml`: RSS of the sessions, agreements and reports that involve one person. */
import type { APIRoute, GetStaticPaths } from 'astro';
import sitio from '../../../../sitio.config.ts';
import { loadContent } from '../../../lib/contenido/cargar.ts';
import { recordFeed, RSS } from '../../../lib/datos/feeds-por-registro.ts';
import { absoluteUrl, rutas } from '../../../lib/url.ts';
import { recordFeedKey } from '../../../lib/incremental/dependencias.ts';
import { loadEnvironment } from '../../../lib/incremental/entorno.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const entorno = await loadEnvironment();
  return entorno.contenido.personas.map((p) => ({ params: { id: p.id }, cacheKey: recordFeedKey(entorno, { persona: p.id }) }));
};

export const GET: APIRoute = async ({ params }) => {
  const c = await loadContent();
  const p = c.persona.get(params.id!)!;
  const texto = recordFeed(
    c,
    {
      titulo: `${p.nombre} · ${sitio.nombre}`,
      descripcion: `Sesiones a las que asistió o que convocó ${p.nombre}, acuerdos de los que es responsable y avances que presentó.`,
      pagina: rutas.persona(p.id),
      feed: rutas.feedDePersona(p.id),
      ambito: { persona: p.id },
    },
    (ruta) => absoluteUrl(ruta),
  );
  return new Response(texto, { headers: RSS });
};
