/** `/datos/<conjunto>.csv`: the dataset as CSV (UTF-8 with BOM, comma, CRLF). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadPublication } from '../../lib/sitio/cargar-datos.ts';
import { serveFile } from '../../lib/sitio/respuesta-de-archivo.ts';

// The file is its bytes: their SHA-256 is the key (an unchanged dataset is copied from the previous build).
export const getStaticPaths: GetStaticPaths = async () =>
  (await loadPublication()).conjuntos.map((p) => ({ params: { conjunto: p.conjunto.slug }, cacheKey: p.csv.sha256 }));

export const GET: APIRoute = async ({ params }) => serveFile((await loadPublication()).conjunto.get(params.conjunto!)!.csv);
