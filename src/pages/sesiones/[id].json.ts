/** `/sesiones/<id>.json`: the session's structured record (front matter plus derived links). */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { sessionJsonKey } from '../../lib/incremental/dependencias.ts';
import { loadEnvironment } from '../../lib/incremental/entorno.ts';
import { absoluteUrl, rutas } from '../../lib/url.ts';

export const getStaticPaths = async () => {
  const entorno = await loadEnvironment();
  return entorno.contenido.sesiones.map((sesion) => ({ params: { id: sesion.id }, props: { sesion }, cacheKey: sessionJsonKey(entorno, sesion) }));
};

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props, site }) => {
  const { sesion } = props;
  const record = { id: sesion.id, url: absoluteUrl(rutas.sesion(sesion.id), site), ...sesion.data };
  return new Response(JSON.stringify(record, null, 2) + '\n', { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
