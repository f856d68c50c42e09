/** `/sesiones/<id>.json`: the session's structured record (front matter plus derived links). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadContent, type Sesion } from '../../lib/contenido/cargar.ts';
import { absoluteUrl, rutas } from '../../lib/url.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const { sesiones } = await loadContent();
  return sesiones.map((sesion) => ({ params: { id: sesion.id }, props: { sesion } }));
};

export const GET: APIRoute = ({ props, site }) => {
  const { sesion } = props as { sesion: Sesion };
  const record = { id: sesion.id, url: absoluteUrl(rutas.sesion(sesion.id), site), ...sesion.data };
  return new Response(JSON.stringify(record, null, 2) + '\n', { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
