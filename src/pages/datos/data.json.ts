/** `/datos/data.json`: DCAT-US 1.1 catalogue (Project Open Data). */
import type { APIRoute } from 'astro';
import { loadPublication } from '../../lib/sitio/cargar-datos.ts';
import { serveFile } from '../../lib/sitio/respuesta-de-archivo.ts';

export const GET: APIRoute = async () => serveFile((await loadPublication()).dataJson);
