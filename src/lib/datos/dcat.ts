/**
 * Catalogue metadata for data portals:
 * - DCAT-AP 3 as JSON-LD (`/datos/catalogo.jsonld`): a `dcat:Catalog` with every dataset and its
 *   CSV and JSON distributions (size, SHA-256, media type, licence);
 * - DCAT-US 1.1 (`/datos/data.json`), the Project Open Data catalogue that CKAN and data.gov read.
 * Every address is absolute (site + base).
 */
import type { Archivo, ConjuntoPublicado, ContextoDeCatalogo } from './publicacion.ts';

const CONTEXTO_JSONLD = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  spdx: 'http://spdx.org/rdf/terms#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  locn: 'http://www.w3.org/ns/locn#',
  adms: 'http://www.w3.org/ns/adms#',
};

const EU_TIPO_DE_ARCHIVO: Record<string, string> = {
  CSV: 'http://publications.europa.eu/resource/authority/file-type/CSV',
  JSON: 'http://publications.europa.eu/resource/authority/file-type/JSON',
  ZIP: 'http://publications.europa.eu/resource/authority/file-type/ZIP',
};
const IDIOMA_ESPANOL = 'http://publications.europa.eu/resource/authority/language/SPA';
const TEMA_GOBIERNO = 'http://publications.europa.eu/resource/authority/data-theme/GOVE';
const ACCESO_PUBLICO = 'http://publications.europa.eu/resource/authority/access-right/PUBLIC';

const es = (valor: string) => ({ '@value': valor, '@language': 'es' });
const fechaXsd = (valor: string) => ({ '@value': valor, '@type': 'xsd:date' });

function publisher(contexto: ContextoDeCatalogo) {
  const { institucion } = contexto.editor;
  return { '@id': institucion.url, '@type': 'foaf:Agent', 'foaf:name': es(institucion.nombre) };
}

function contactPoint(contexto: ContextoDeCatalogo) {
  return {
    '@type': 'vcard:Organization',
    'vcard:fn': contexto.editor.institucion.nombre,
    'vcard:hasEmail': { '@id': `mailto:${contexto.editor.contacto.correo}` },
  };
}

function distribution(archivo: Archivo, p: ConjuntoPublicado, contexto: ContextoDeCatalogo) {
  const url = contexto.absoluta(archivo.ruta);
  return {
    '@id': url,
    '@type': 'dcat:Distribution',
    'dct:title': es(`${p.conjunto.titulo} (${archivo.formato})`),
    'dcat:accessURL': { '@id': p.url },
    'dcat:downloadURL': { '@id': url },
    'dcat:mediaType': { '@id': `http://www.iana.org/assignments/media-types/${archivo.tipo}` },
    'dct:format': { '@id': EU_TIPO_DE_ARCHIVO[archivo.formato] },
    'dcat:byteSize': { '@value': String(archivo.tamano), '@type': 'xsd:nonNegativeInteger' },
    'spdx:checksum': {
      '@type': 'spdx:Checksum',
      'spdx:algorithm': { '@id': 'spdx:checksumAlgorithm_sha256' },
      'spdx:checksumValue': { '@value': archivo.sha256, '@type': 'xsd:hexBinary' },
    },
    'dct:license': { '@id': p.licencia.url },
    'dct:modified': fechaXsd(contexto.actualizado),
    ...(archivo.formato === 'CSV' ? { 'dct:conformsTo': { '@id': contexto.absoluta('/datos/datapackage.json') } } : {}),
  };
}

/** DCAT-AP 3 catalogue as JSON-LD. */
export function buildDcatAp(publicados: readonly ConjuntoPublicado[], contexto: ContextoDeCatalogo): Record<string, unknown> {
  const { editor } = contexto;
  return {
    '@context': CONTEXTO_JSONLD,
    '@id': contexto.absoluta('/datos/catalogo.jsonld'),
    '@type': 'dcat:Catalog',
    'dct:title': es(`Datos abiertos · ${editor.nombre}`),
    'dct:description': es(editor.descripcion),
    'dct:publisher': publisher(contexto),
    'foaf:homepage': { '@id': contexto.absoluta('/datos/') },
    'dct:language': { '@id': IDIOMA_ESPANOL },
    'dct:license': { '@id': editor.licencia.url },
    'dct:modified': fechaXsd(contexto.actualizado),
    'dcat:themeTaxonomy': { '@id': 'http://publications.europa.eu/resource/authority/data-theme' },
    'dcat:dataset': publicados.map((p) => {
      const c = p.conjunto;
      return {
        '@id': p.url,
        '@type': 'dcat:Dataset',
        'dct:identifier': p.url,
        'dct:title': es(c.titulo),
        'dct:description': es(c.sintetico ? `${c.descripcion} Datos sintéticos de demostración.` : c.descripcion),
        'dcat:keyword': c.palabrasClave.map(es),
        'dcat:theme': { '@id': TEMA_GOBIERNO },
        'dct:publisher': publisher(contexto),
        'dcat:contactPoint': contactPoint(contexto),
        'dcat:landingPage': { '@id': p.url },
        'dct:language': { '@id': IDIOMA_ESPANOL },
        'dct:accessRights': { '@id': ACCESO_PUBLICO },
        'dct:license': { '@id': p.licencia.url },
        'dct:modified': fechaXsd(contexto.actualizado),
        ...(p.version
          ? { 'dcat:version': p.version.version, 'adms:versionNotes': es(p.version.notas), 'dct:relation': { '@id': contexto.absoluta(p.version.cambios) } }
          : {}),
        'dct:spatial': { '@type': 'dct:Location', 'locn:geographicName': es('Estado de México, México') },
        ...(p.cobertura
          ? { 'dct:temporal': { '@type': 'dct:PeriodOfTime', 'dcat:startDate': fechaXsd(p.cobertura.inicio), 'dcat:endDate': fechaXsd(p.cobertura.fin) } }
          : {}),
        'dcat:distribution': [distribution(p.csv, p, contexto), distribution(p.json, p, contexto)],
      };
    }),
  };
}

/** DCAT-US 1.1 (Project Open Data) `data.json`. */
export function buildDataJson(publicados: readonly ConjuntoPublicado[], contexto: ContextoDeCatalogo): Record<string, unknown> {
  const { editor } = contexto;
  return {
    '@context': 'https://project-open-data.cio.gov/v1.1/schema/catalog.jsonld',
    '@id': contexto.absoluta('/datos/data.json'),
    '@type': 'dcat:Catalog',
    conformsTo: 'https://project-open-data.cio.gov/v1.1/schema',
    describedBy: 'https://project-open-data.cio.gov/v1.1/schema/catalog.json',
    dataset: publicados.map((p) => {
      const c = p.conjunto;
      return {
        '@type': 'dcat:Dataset',
        title: c.titulo,
        description: c.sintetico ? `${c.descripcion} Datos sintéticos de demostración.` : c.descripcion,
        keyword: c.palabrasClave,
        modified: contexto.actualizado,
        publisher: { '@type': 'org:Organization', name: editor.institucion.nombre },
        contactPoint: { '@type': 'vcard:Contact', fn: editor.institucion.nombre, hasEmail: `mailto:${editor.contacto.correo}` },
        identifier: p.url,
        accessLevel: 'public',
        license: p.licencia.url,
        rights: p.licencia.nombre,
        spatial: 'Estado de México, México',
        ...(p.cobertura ? { temporal: `${p.cobertura.inicio}/${p.cobertura.fin}` } : {}),
        language: ['es-MX'],
        landingPage: p.url,
        describedBy: contexto.absoluta('/datos/datapackage.json'),
        describedByType: 'application/json',
        // DCAT-US 1.1 has no version field; the changelog is a related document.
        ...(p.version ? { references: [contexto.absoluta(p.version.cambios)] } : {}),
        distribution: [p.csv, p.json].map((archivo) => ({
          '@type': 'dcat:Distribution',
          title: `${c.titulo} (${archivo.formato})`,
          downloadURL: contexto.absoluta(archivo.ruta),
          mediaType: archivo.tipo,
          format: archivo.formato,
          ...(archivo.formato === 'CSV' ? { describedBy: contexto.absoluta('/datos/datapackage.json'), describedByType: 'application/json' } : {}),
        })),
      };
    }),
  };
}
