/**
 * What a survey's page shows, worked out from the loaded survey: the participation map (classes,
 * each municipality's class and tooltip, its table alternative and description), the municipality
 * names the search index gets, the municipalities with a page of their own, and the questions of
 * each dimension. Names are looked up in maps built once, never by scanning lists per item.
 */
import { responseClasses, type Coropleta } from './mapa.ts';
import type { MunicipioInegi } from './municipios.ts';
import { lessThanK, suppressionLabel, type ResultadosPublicados } from './publicar.ts';
import type { EncuestaProcesada } from './tipos.ts';
import { formatNumber } from '../numeros.ts';

/** The parts of a processed survey the page's view model reads. */
export type EncuestaEnVista = Pick<EncuestaProcesada, 'id' | 'k' | 'resultados'> & {
  encuesta: Pick<NonNullable<EncuestaProcesada['encuesta']>, 'participacion_conocida' | 'sintetico' | 'demostracion_de'>;
};

export interface OpcionesDelMapa {
  /** INEGI name of each municipality, by cvegeo. */
  nombres: ReadonlyMap<string, string>;
  /** How many municipalities the base map draws (the state's, from INEGI's boundaries). */
  municipiosEnElMapa: number;
  /** Fill of the municipalities a source names: the site's primary colour (`sitio.config.ts`). */
  colorDestacado: string;
}

const byFirstCell = (a: string[], b: string[]) => a[0].localeCompare(b[0], 'es');

/**
 * The participation map: for a survey known only from a document, the municipalities the source
 * names; otherwise the published responses per municipality, with those below k (or hidden to
 * protect a smaller one) shown without a figure.
 */
export function participationMap(e: EncuestaEnVista, { nombres, municipiosEnElMapa, colorDestacado }: OpcionesDelMapa): Coropleta {
  const conocida = e.encuesta.participacion_conocida;
  const claseDe: Record<string, string> = {};
  const textoDe: Record<string, string> = {};
  if (conocida) {
    for (const m of conocida.municipios) {
      claseDe[m.cvegeo] = 'si';
      textoDe[m.cvegeo] = 'participó';
    }
    return {
      titulo: 'Municipios participantes',
      descripcion: `Mapa de los ${municipiosEnElMapa} municipios del Estado de México en el que se destacan los ${conocida.municipios.length} que el acta nombra como participantes.`,
      clases: [
        { clave: 'no', etiqueta: 'No nombrado en la fuente', color: '#ffffff' },
        { clave: 'si', etiqueta: 'Participó (nombrado en el acta)', color: colorDestacado },
      ],
      claseDe,
      textoDe,
      tabla: {
        encabezados: ['Municipio', 'Clave INEGI', 'Como lo nombra el acta'],
        filas: conocida.municipios.map((m) => [nombres.get(m.cvegeo) ?? m.cvegeo, m.cvegeo, m.como_aparece ?? '']).sort(byFirstCell),
      },
    };
  }
  const municipios = e.resultados?.municipios ?? [];
  const clasificacion = responseClasses(
    municipios.filter((m) => !m.suprimido).map((m) => m.respuestas ?? 0),
    e.k,
  );
  for (const m of municipios) {
    claseDe[m.cvegeo] = clasificacion.claseDe(m.respuestas, m.suprimido);
    textoDe[m.cvegeo] = m.suprimido ? suppressionLabel(m, e.k) : `${m.respuestas} respuestas`;
  }
  return {
    titulo: `Respuestas por municipio${e.encuesta.sintetico ? ' (datos sintéticos)' : ''}`,
    descripcion: `Mapa de los ${municipiosEnElMapa} municipios del Estado de México coloreados según el número de respuestas; los municipios con ${lessThanK(e.k)}, y los ocultos para proteger a quien respondió en otro más pequeño, se muestran sin cifra.`,
    clases: clasificacion.clases,
    claseDe,
    textoDe,
    tabla: {
      encabezados: ['Municipio', 'Clave INEGI', 'Respuestas'],
      filas: municipios.map((m) => [m.nombre, m.cvegeo, m.suprimido ? suppressionLabel(m, e.k) : String(m.respuestas)]).sort(byFirstCell),
    },
  };
}

/** INEGI name of each municipality, by cvegeo. */
export function municipalityNames(municipios: readonly MunicipioInegi[]): Map<string, string> {
  return new Map(municipios.map((m) => [m.cvegeo, m.nombre]));
}

/**
 * Municipalities the search index gets for the page's «Municipio» facet: those the source names,
 * or those with published figures. A key missing from the catalogue gives no name.
 */
export function indexedMunicipalities(e: EncuestaEnVista, nombres: ReadonlyMap<string, string>): (string | undefined)[] {
  const conocida = e.encuesta.participacion_conocida;
  const claves = conocida ? conocida.municipios.map((m) => m.cvegeo) : (e.resultados?.publicables ?? []);
  return claves.map((cvegeo) => nombres.get(cvegeo));
}

/** Municipalities with a results page of their own, by name in Spanish order. */
export function publishedMunicipalities(
  resultados: Pick<ResultadosPublicados, 'publicables'> | undefined,
  nombres: ReadonlyMap<string, string>,
): { cvegeo: string; nombre: string }[] {
  return (resultados?.publicables ?? [])
    .map((cvegeo) => ({ cvegeo, nombre: nombres.get(cvegeo) ?? cvegeo }))
    .sort((a, b) => a.nombre.localeCompare(b.nombre, 'es'));
}

/** The published questions of each dimension, in their order, by dimension id. */
export function questionsByDimension<P extends { dimension: string }>(preguntas: readonly P[]): Map<string, P[]> {
  const porDimension = new Map<string, P[]>();
  for (const pregunta of preguntas) {
    const lista = porDimension.get(pregunta.dimension);
    if (lista) lista.push(pregunta);
    else porDimension.set(pregunta.dimension, [pregunta]);
  }
  return porDimension;
}

/** «33.3 %»: `n` of `total`, one decimal. */
export function percentageOf(n: number, total: number): string {
  return `${formatNumber(Math.round((n / total) * 1000) / 10)} %`;
}

/**
 * Each survey with the real survey it demonstrates and the demonstrations of it, for the pages'
 * props: one pass over the surveys, not one per page.
 */
export function withDemonstrations<E extends Pick<EncuestaEnVista, 'id' | 'encuesta'>>(
  encuestas: readonly E[],
): { encuesta: E; real?: E; demostraciones: E[] }[] {
  const porId = new Map(encuestas.map((e) => [e.id, e]));
  const demostracionesDe = new Map<string, E[]>();
  for (const e of encuestas) {
    const de = e.encuesta.demostracion_de;
    if (de) demostracionesDe.set(de, [...(demostracionesDe.get(de) ?? []), e]);
  }
  return encuestas.map((encuesta) => {
    const de = encuesta.encuesta.demostracion_de;
    return { encuesta, real: de ? porId.get(de) : undefined, demostraciones: demostracionesDe.get(encuesta.id) ?? [] };
  });
}
