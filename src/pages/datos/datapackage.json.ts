/** `/datos/datapackage.json`: Frictionless Data Package v2 descriptor of every CSV dataset. */
import type { APIRoute } from 'astro';
import { loadPublication } from '../../lib/sitio/cargar-datos.ts';
import { serveFile } from '../../lib/sitio/respuesta-de-archivo.ts';

export const GET: APIRoute = async () => serveFile((await loadPublication()).datapackage);
