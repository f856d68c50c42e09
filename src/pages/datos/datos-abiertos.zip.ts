/** `/datos/datos-abiertos.zip`: every CSV dataset and datapackage.json in one download. */
import type { APIRoute } from 'astro';
import { loadPublication, serveFile } from '../../lib/sitio/cargar-datos.ts';

export const GET: APIRoute = async () => serveFile((await loadPublication()).zip);
