/** `/datos/<conjunto>.csv`: the dataset as CSV (UTF-8 with BOM, comma, CRLF). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadPublication } from '../../lib/sitio/cargar-datos.ts';
import { serveFile } from '../../lib/sitio/respuesta-de-archivo.ts';

export const getStaticPaths: GetStaticPaths = async () => (await loadPublication()).conjuntos.map((p) => ({ params: { conjunto: p.conjunto.slug } }));

export const GET: APIRoute = async ({ params }) => serveFile((await loadPublication()).conjunto.get(params.conjunto!)!.csv);
