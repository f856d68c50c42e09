/** `/datos/<conjunto>/cambios.atom`: an Atom feed of the dataset's new versions. */
import type { APIRoute, GetStaticPaths } from 'astro';
import sitio from '../../../../sitio.config.ts';
import { catalogContext, loadPublication } from '../../../lib/sitio/cargar-datos.ts';
import { serveFile } from '../../../lib/sitio/respuesta-de-archivo.ts';
import { makeFile } from '../../../lib/datos/generar.ts';
import { rutasDeVersiones, writeChangesAtom } from '../../../lib/versiones/publicar.ts';

export const getStaticPaths: GetStaticPaths = async () => (await loadPublication()).conjuntos.map((p) => ({ params: { conjunto: p.conjunto.slug } }));

export const GET: APIRoute = async ({ params }) => {
  const pub = await loadPublication();
  const slug = params.conjunto!;
  const texto = writeChangesAtom(pub.conjunto.get(slug)!.conjunto, pub.versiones.get(slug)!, catalogContext().absoluta, sitio.institucion.nombre);
  return serveFile(makeFile(rutasDeVersiones.atom(slug), 'application/atom+xml', 'Atom', texto));
};
