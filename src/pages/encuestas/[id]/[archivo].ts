/** A survey's downloads and chart data: `/encuestas/<id>/<archivo>`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { surveyFiles } from '../../../lib/encuestas/archivos.ts';
import { loadSurveys } from '../../../lib/encuestas/cargar.ts';

export const getStaticPaths = (() =>
  loadSurveys().encuestas.flatMap((encuesta) =>
    surveyFiles(encuesta).map((archivo) => ({ params: { id: encuesta.id, archivo: archivo.nombre }, props: { archivo } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { archivo } = props as { archivo: ReturnType<typeof surveyFiles>[number] };
  return new Response(archivo.contenido(), { headers: { 'Content-Type': archivo.tipo } });
};
