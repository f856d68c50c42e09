/** `/datos/data.json`: DCAT-US 1.1 catalogue (Project Open Data). */
import type { APIRoute } from 'astro';
import { loadPublication, serveFile } from '../../lib/sitio/cargar-datos.ts';

export const GET: APIRoute = async () => serveFile((await loadPublication()).dataJson);
