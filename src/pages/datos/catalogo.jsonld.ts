/** `/datos/catalogo.jsonld`: DCAT-AP 3 catalogue (JSON-LD). */
import type { APIRoute } from 'astro';
import { loadPublication, serveFile } from '../../lib/sitio/cargar-datos.ts';

export const GET: APIRoute = async () => serveFile((await loadPublication()).dcat);
