/**
 * `_redirects`: the old addresses of renamed records, for Netlify and Cloudflare Pages. Astro
 * skips page files whose name starts with `_`, so the name comes in as a parameter.
 */
import type { APIRoute } from 'astro';
import { resolveFolders } from '../lib/contenido/rutas.ts';
import { writeRedirectsFile } from '../lib/redirecciones/redirecciones.ts';
import { readRedirects } from '../lib/redirecciones/validar.ts';

export const getStaticPaths = () => [{ params: { redirecciones: '_redirects' } }];

export const GET: APIRoute = () =>
  new Response(writeRedirectsFile(readRedirects(resolveFolders()), import.meta.env.BASE_URL), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
