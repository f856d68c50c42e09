/**
 * Survey tables in the dataset registry: each download of each survey (codebook, participation,
 * results, cleaned responses…) becomes a dataset of `/datos/`, published in every format and
 * catalogue like the other collections. Suppressed figures stay suppressed: the rows are the
 * survey's published tables, never raw responses.
 */
import type { Encuestas } from '../encuestas/cargar.ts';
import { rutas } from '../url.ts';
import type { Campo, Conjunto } from './tipos.ts';

/** «dimension_nombre» → «Dimensión nombre»: a readable title for a column without one. */
function columnTitle(nombre: string): string {
  const texto = nombre.replace(/_/g, ' ');
  return texto.charAt(0).toUpperCase() + texto.slice(1);
}

/** Slug of a survey table in `/datos/`. */
export function surveyDatasetSlug(encuesta: string, tabla: string): string {
  return `encuesta-${encuesta}-${tabla}`;
}

export function surveyDatasets(encuestas: Encuestas): Conjunto[] {
  return encuestas.encuestas.flatMap((e) =>
    e.conjuntos().map((tabla): Conjunto => {
      const campos: Campo[] = tabla.campos.map((campo) => ({ ...campo, titulo: columnTitle(campo.nombre) }));
      const contexto = `Forma parte de la encuesta «${e.encuesta.titulo}» (${e.encuesta.institucion}, ${e.encuesta.anio}); las cifras de menos de ${e.k} respuestas se suprimen.`;
      return {
        slug: surveyDatasetSlug(e.id, tabla.nombre),
        titulo: `${tabla.titulo} · ${e.encuesta.titulo}`,
        descripcion: `${tabla.descripcion} ${contexto}`,
        palabrasClave: ['encuesta', 'participación ciudadana', 'municipios', String(e.encuesta.anio)],
        campos,
        clavePrimaria: [],
        clavesForaneas: campos.some((c) => c.nombre === 'cvegeo') ? [{ campos: ['cvegeo'], conjunto: 'municipios', camposReferidos: ['cvegeo'] }] : [],
        ...(e.encuesta.licencia ? { licencia: e.encuesta.licencia } : {}),
        fuente: e.encuesta.fuente.documento,
        sintetico: e.encuesta.sintetico,
        paginas: [{ texto: e.encuesta.titulo, ruta: rutas.encuesta(e.id) }],
        filas: () => tabla.filas,
      };
    }),
  );
}
