/** `/datos/catalogo.jsonld`: DCAT-AP 3 catalogue (JSON-LD). */
import type { APIRoute } from 'astro';
import { loadPublication } from '../../lib/sitio/cargar-datos.ts';
import { serveFile } from '../../lib/sitio/respuesta-de-archivo.ts';

export const GET: APIRoute = async () => serveFile((await loadPublication()).dcat);
