/** `/datos/datos-abiertos.zip`: every CSV dataset and datapackage.json in one download. */
import type { APIRoute } from 'astro';
import { loadPublication } from '../../lib/sitio/cargar-datos.ts';
import { serveFile } from '../../lib/sitio/respuesta-de-archivo.ts';

export const GET: APIRoute = async () => serveFile((await loadPublication()).zip);
