/** `/datos/<conjunto>/cambios.json`: the dataset's versions and the changes between them. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { catalogContext, loadPublication } from '../../../lib/sitio/cargar-datos.ts';
import { serveFile } from '../../../lib/sitio/respuesta-de-archivo.ts';
import { makeFile } from '../../../lib/datos/generar.ts';
import { rutasDeVersiones, writeChangesJson } from '../../../lib/versiones/publicar.ts';

export const getStaticPaths: GetStaticPaths = async () => (await loadPublication()).conjuntos.map((p) => ({ params: { conjunto: p.conjunto.slug } }));

export const GET: APIRoute = async ({ params }) => {
  const pub = await loadPublication();
  const slug = params.conjunto!;
  const texto = writeChangesJson(pub.conjunto.get(slug)!.conjunto, pub.versiones.get(slug)!, catalogContext().absoluta);
  return serveFile(makeFile(rutasDeVersiones.cambios(slug), 'application/json', 'JSON', texto));
};
