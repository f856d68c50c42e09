/** A survey's downloads and chart data: `/encuestas/<id>/<archivo>`. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { surveyFiles } from '../../../lib/encuestas/archivos.ts';
import { loadSurveys } from '../../../lib/encuestas/cargar.ts';

export const getStaticPaths = (() =>
  loadSurveys().encuestas.flatMap((encuesta) =>
    surveyFiles(encuesta).map((archivo) => ({ params: { id: encuesta.id, archivo: archivo.nombre }, props: { archivo } })),
  )) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) => {
  const { archivo } = props;
  return new Response(archivo.contenido(), { headers: { 'Content-Type': archivo.tipo } });
};
