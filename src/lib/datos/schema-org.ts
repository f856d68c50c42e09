/**
 * schema.org `Dataset` JSON-LD for each dataset page, as search engines read it (Google Dataset
 * Search): name, description (50 to 5,000 characters), licence, creator, temporal and spatial
 * coverage, and each file as a `DataDownload` with its absolute `contentUrl` and format.
 */
import type { ConjuntoPublicado, ContextoDeCatalogo } from './publicacion.ts';

export const DESCRIPCION_MINIMA = 50;
export const DESCRIPCION_MAXIMA = 5000;

export function buildDatasetJsonLd(p: ConjuntoPublicado, contexto: ContextoDeCatalogo): Record<string, unknown> {
  const c = p.conjunto;
  const { editor } = contexto;
  const descripcion = c.sintetico ? `${c.descripcion} Datos sintéticos de demostración: no son datos reales.` : c.descripcion;
  if (descripcion.length < DESCRIPCION_MINIMA || descripcion.length > DESCRIPCION_MAXIMA) {
    throw new Error(
      `conjunto «${c.slug}»: la descripción debe tener entre ${DESCRIPCION_MINIMA} y ${DESCRIPCION_MAXIMA} caracteres (tiene ${descripcion.length})`,
    );
  }
  const organizacion = { '@type': 'Organization', name: editor.institucion.nombre, alternateName: editor.institucion.siglas, url: editor.institucion.url };
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    '@id': p.url,
    name: c.titulo,
    description: descripcion,
    url: p.url,
    identifier: p.url,
    keywords: c.palabrasClave,
    inLanguage: 'es-MX',
    isAccessibleForFree: true,
    license: p.licencia.url,
    creator: organizacion,
    publisher: organizacion,
    dateModified: contexto.actualizado,
    ...(p.cobertura ? { temporalCoverage: `${p.cobertura.inicio}/${p.cobertura.fin}` } : {}),
    spatialCoverage: { '@type': 'Place', name: 'Estado de México, México' },
    ...(c.fuente ? { citation: c.fuente } : {}),
    variableMeasured: c.campos.map((campo) => campo.titulo),
    includedInDataCatalog: { '@type': 'DataCatalog', name: `Datos abiertos · ${editor.nombre}`, url: contexto.absoluta('/datos/') },
    distribution: [p.csv, p.json].map((archivo) => ({
      '@type': 'DataDownload',
      name: `${c.titulo} (${archivo.formato})`,
      contentUrl: contexto.absoluta(archivo.ruta),
      encodingFormat: archivo.tipo,
      contentSize: `${archivo.tamano} B`,
      sha256: archivo.sha256,
    })),
  };
}
