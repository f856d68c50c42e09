/** `/datos/<conjunto>/versiones/<fecha>.csv`: a fixed, citable copy of one of the latest versions. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadPublication } from '../../../../lib/sitio/cargar-datos.ts';
import { serveFile } from '../../../../lib/sitio/respuesta-de-archivo.ts';
import { makeFile } from '../../../../lib/datos/generar.ts';
import { rutasDeVersiones, writeVersionCsv } from '../../../../lib/versiones/publicar.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const pub = await loadPublication();
  return pub.conjuntos.flatMap((p) =>
    pub.versiones.get(p.conjunto.slug)!.conArchivo.map((v) => ({ params: { conjunto: p.conjunto.slug, version: v.version } })),
  );
};

export const GET: APIRoute = async ({ params }) => {
  const pub = await loadPublication();
  const slug = params.conjunto!;
  const version = pub.versiones.get(slug)!.conArchivo.find((v) => v.version === params.version)!;
  return serveFile(makeFile(rutasDeVersiones.version(slug, version.version), 'text/csv', 'CSV', writeVersionCsv(pub.conjunto.get(slug)!.conjunto, version)));
};
