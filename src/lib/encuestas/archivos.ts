/**
 * The files each survey publishes under `/encuestas/<id>/`: every dataset as CSV and JSON, the
 * pre-aggregated chart data and a LEEME.txt. Pure: content in, text out.
 */
import sitio from '../../../sitio.config.ts';
import { AVISO_SINTETICO, type ConjuntoDeEncuesta } from './conjuntos.ts';
import type { EncuestaCargada } from './cargar.ts';
import { writeCsv } from '../csv/escribir-csv.ts';
import { lessThanK, OCULTO_PARA_PROTEGER } from './publicar.ts';

export interface ArchivoPublicado {
  nombre: string;
  tipo: string;
  contenido(): string;
}

/** What every JSON file says about its survey. */
export function surveyMetadata(e: EncuestaCargada) {
  return {
    encuesta: e.id,
    titulo: e.encuesta.titulo,
    institucion: e.encuesta.institucion,
    anio: e.encuesta.anio,
    sintetico: e.encuesta.sintetico,
    ...(e.encuesta.sintetico ? { aviso: AVISO_SINTETICO } : {}),
    umbral_k: e.k,
    licencia: e.encuesta.licencia ?? sitio.licencia,
    fuente: e.encuesta.fuente,
  };
}

/** Chart data: percentages per option for the state and each published municipality. */
export function chartData(e: EncuestaCargada) {
  const r = e.resultados;
  const porcentajes = (x: { suprimido: boolean; opciones: { porcentaje: number }[] } | undefined) =>
    x && !x.suprimido ? x.opciones.map((o) => o.porcentaje) : null;
  return {
    ...surveyMetadata(e),
    municipios: Object.fromEntries((r?.municipios ?? []).filter((m) => r!.publicables.includes(m.cvegeo)).map((m) => [m.cvegeo, m.nombre])),
    preguntas: Object.fromEntries(
      (r?.preguntas ?? [])
        .filter((p) => p.tipo !== 'texto-libre')
        .map((p) => [
          p.id,
          {
            etiquetas: p.opciones,
            estado: porcentajes(p.estado),
            municipios: Object.fromEntries(Object.entries(p.municipios).map(([c, x]) => [c, porcentajes(x)])),
          },
        ]),
    ),
  };
}

function readme(e: EncuestaCargada, conjuntos: ConjuntoDeEncuesta[]): string {
  const lineas = [
    e.encuesta.titulo,
    '='.repeat(Math.min(80, e.encuesta.titulo.length)),
    '',
    ...(e.encuesta.sintetico ? [`AVISO: ${AVISO_SINTETICO}.`, 'Cada fila de estos archivos lo indica en su columna «sintetico» («sí»).', ''] : []),
    e.encuesta.descripcion,
    '',
    `Institución: ${e.encuesta.institucion}`,
    `Fuente: ${e.encuesta.fuente.documento}`,
    `Licencia: ${(e.encuesta.licencia ?? sitio.licencia).nombre} (${(e.encuesta.licencia ?? sitio.licencia).url})`,
    `Umbral de privacidad: las cifras de menos de ${e.k} respuestas se suprimen y se indican como «${lessThanK(e.k)}»; las que tienen ${e.k} o más pero permitirían deducir, restando, una más pequeña se indican como «${OCULTO_PARA_PROTEGER}».`,
    '',
    'Archivos (CSV en UTF-8 con BOM, separado por comas; JSON con los mismos datos y sus metadatos):',
    ...conjuntos.flatMap((c) => [
      ``,
      `${c.nombre}.csv / ${c.nombre}.json — ${c.titulo}`,
      `  ${c.descripcion}`,
      ...c.campos.map((f) => `  - ${f.nombre} (${f.tipo}): ${f.descripcion}`),
    ]),
    '',
    ...(e.resultados ? ['graficas.json — porcentajes por opción que usan las gráficas del sitio.'] : []),
    '',
    'Claves y nombres de municipios: Fuente: INEGI, Catálogo Único de Claves Geoestadísticas. Mapa del sitio: Fuente: INEGI, Marco Geoestadístico.',
    '',
  ];
  return lineas.join('\r\n');
}

/** Every file of a survey, by name. */
export function surveyFiles(e: EncuestaCargada): ArchivoPublicado[] {
  const conjuntos = e.conjuntos();
  return [
    ...conjuntos.flatMap((c): ArchivoPublicado[] => [
      { nombre: `${c.nombre}.csv`, tipo: 'text/csv; charset=utf-8', contenido: () => writeCsv(c.campos, c.filas) },
      {
        nombre: `${c.nombre}.json`,
        tipo: 'application/json; charset=utf-8',
        contenido: () =>
          `${JSON.stringify({ ...surveyMetadata(e), conjunto: c.nombre, titulo_del_conjunto: c.titulo, descripcion: c.descripcion, campos: c.campos, filas: c.filas }, null, 1)}\n`,
      },
    ]),
    ...(e.resultados ? [{ nombre: 'graficas.json', tipo: 'application/json; charset=utf-8', contenido: () => `${JSON.stringify(chartData(e))}\n` }] : []),
    { nombre: 'LEEME.txt', tipo: 'text/plain; charset=utf-8', contenido: () => readme(e, conjuntos) },
  ];
}
