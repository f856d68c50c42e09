/**
 * What each record page tells the search index besides its text: the facets it can be filtered
 * by, the metadata shown in its result (type · body · date) and its sort date. Computed at build
 * time and rendered by `src/components/IndiceDeBusqueda.astro`.
 */
import { formatDate, yearOf } from '../fechas.ts';
import type { ClaveDeFiltro, TipoDeRegistro } from './filtros.ts';

export interface DatosParaElIndice {
  tipo: TipoDeRegistro;
  /** Bodies the record belongs to or was dealt with in (full names, for the facet). */
  organos?: readonly (string | undefined)[];
  /** Short name of the body shown in the result (`STL`); defaults to the facet names. */
  organoVisible?: string;
  /** The record's own date (`AAAA-MM-DD`): shown in the result, gives its year and its sort date. */
  fecha?: string;
  /**
   * Dates of the record's activity (progress reports, sessions attended) for records without a
   * date of their own: they give the years it can be found under and its sort date (the latest).
   */
  fechasDeActividad?: readonly string[];
  /** How the latest activity date is introduced in the result, e.g. «último avance». */
  etiquetaDeActividad?: string;
  /** Statuses of the agreements on the page, as people read them («Cumplido»). */
  estados?: readonly (string | undefined)[];
  ejes?: readonly (string | undefined)[];
  municipios?: readonly (string | undefined)[];
}

export interface HechosDelIndice {
  filtros: Partial<Record<ClaveDeFiltro, string[]>>;
  meta: Record<string, string>;
  /** Sort keys; every indexed page has `fecha`, because Pagefind drops pages without the key when sorting. */
  orden: { fecha: string };
}

/** Sort date of records with no date at all: they go last when sorting newest first. */
export const FECHA_DESCONOCIDA = '0000-00-00';

const distinct = (valores: readonly (string | undefined)[] = []) => [...new Set(valores.map((v) => v?.trim()).filter((v): v is string => Boolean(v)))];

export function searchFacts(datos: DatosParaElIndice): HechosDelIndice {
  const actividad = [...new Set(datos.fechasDeActividad ?? [])].sort();
  const ultima = actividad.at(-1);
  const fechas = datos.fecha ? [datos.fecha] : actividad;
  const filtros: HechosDelIndice['filtros'] = { tipo: [datos.tipo] };
  const organos = distinct(datos.organos);
  if (organos.length) filtros.organo = organos;
  const anios = [...new Set(fechas.map((f) => String(yearOf(f))))].sort();
  if (anios.length) filtros.anio = anios;
  const estados = distinct(datos.estados);
  if (estados.length) filtros.estado = estados;
  const ejes = distinct(datos.ejes);
  if (ejes.length) filtros.eje = ejes;
  const municipios = distinct(datos.municipios);
  if (municipios.length) filtros.municipio = municipios;

  const meta: Record<string, string> = { tipo: datos.tipo };
  const organoVisible = datos.organoVisible ?? organos.join(', ');
  if (organoVisible) meta.organo = organoVisible;
  if (datos.fecha) meta.fecha = formatDate(datos.fecha);
  else if (ultima) meta.fecha = `${datos.etiquetaDeActividad ?? 'último registro'}: ${formatDate(ultima)}`;

  return { filtros, meta, orden: { fecha: datos.fecha ?? ultima ?? FECHA_DESCONOCIDA } };
}
