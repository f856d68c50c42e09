/**
 * Datasets: the catalogues: institutions, bodies, people and INEGI's municipalities. Listed in the catalogue by `../conjuntos.ts`.
 */
import { TIPOS_DE_INSTITUCION } from '../../../schemas/catalogos.ts';
import { rutas } from '../../url.ts';
import { claves, texto, ref, id, opcion, lista, enlace, REQ, fila, fk } from '../campos.ts';
import type { Campo, Conjunto } from '../tipos.ts';

const camposInstituciones: Campo[] = [
  id('Identificador estable de la institución (p. ej. «infoem»).'),
  texto('nombre', 'Nombre', 'Nombre oficial completo.', REQ),
  texto('siglas', 'Siglas', 'Siglas tal como las escribe la institución.'),
  opcion('tipo', 'Tipo', 'Tipo de institución.', claves(TIPOS_DE_INSTITUCION), REQ),
  texto('url', 'Sitio web', 'Sitio web oficial.', { formato: 'uri' }),
];

const camposOrganos: Campo[] = [
  id('Identificador estable del órgano, usado en los identificadores de sus sesiones (p. ej. «stl»).'),
  texto('nombre', 'Nombre', 'Nombre completo del órgano.', REQ),
  texto('siglas', 'Siglas', 'Nombre corto.'),
  ref('institucion', 'Institución', 'Institución a la que pertenece; vacío en órganos de varias partes, como el STL (conjunto «instituciones»).'),
  ref('organo_superior', 'Órgano superior', 'Órgano al que informa (conjunto «organos»).'),
  texto('descripcion', 'Descripción', 'Qué es y qué hace el órgano.', REQ),
  enlace('Dirección de la página del órgano en este sitio.'),
];

const camposPersonas: Campo[] = [
  id('Identificador estable de la persona, por lo general su nombre en minúsculas con guiones.'),
  texto('nombre', 'Nombre', 'Nombre completo como aparece en la fuente más completa.', REQ),
  lista('variantes', 'Variantes', 'Otras grafías del nombre impresas en las fuentes.'),
  enlace('Dirección de la página de la persona en este sitio.'),
];

const camposMunicipios: Campo[] = [
  texto('cvegeo', 'Clave geoestadística', 'Clave geoestadística del INEGI: entidad y municipio, 5 dígitos (texto, conserva los ceros).', {
    requerido: true,
    unico: true,
    patron: '^[0-9]{5}$',
  }),
  texto('cve_ent', 'Clave de entidad', 'Clave de la entidad federativa, 2 dígitos (15 = Estado de México).', { requerido: true, patron: '^[0-9]{2}$' }),
  texto('cve_mun', 'Clave de municipio', 'Clave del municipio, 3 dígitos con ceros a la izquierda (texto: «001»).', { requerido: true, patron: '^[0-9]{3}$' }),
  texto('nombre', 'Nombre', 'Nombre oficial del municipio.', REQ),
];

/** The catalogues: institutions, bodies, people and INEGI's municipalities. */
export const CONJUNTOS_DE_CATALOGOS: readonly Conjunto[] = [
  {
    slug: 'instituciones',
    titulo: 'Instituciones',
    descripcion:
      'Catálogo de las instituciones que aparecen en los registros del sitio (órganos garantes, entes públicos, poderes, organismos autónomos, gobiernos municipales, organizaciones de la sociedad civil), con su nombre oficial, siglas, tipo y sitio web.',
    palabrasClave: ['instituciones', 'catálogo', 'entes públicos', 'gobierno abierto'],
    campos: camposInstituciones,
    clavePrimaria: ['id'],
    clavesForaneas: [],
    paginas: [{ texto: 'Órganos', ruta: rutas.organos() }],
    filas: (c) => c.instituciones.map((i) => fila(camposInstituciones, { ...i })),
  },
  {
    slug: 'organos',
    titulo: 'Órganos',
    descripcion:
      'Catálogo de los órganos colegiados que celebran sesiones (el Secretariado Técnico Local de Gobierno Abierto, la Comisión de Gobierno Abierto y Transparencia Proactiva del Infoem y sus grupos), con su nombre, siglas, institución, órgano superior y descripción.',
    palabrasClave: ['órganos colegiados', 'catálogo', 'Secretariado Técnico Local', 'gobierno abierto'],
    campos: camposOrganos,
    clavePrimaria: ['id'],
    clavesForaneas: [fk('institucion', 'instituciones'), fk('organo_superior', 'organos')],
    paginas: [{ texto: 'Órganos', ruta: rutas.organos() }],
    filas: (c, ctx) => c.organos.map((o) => fila(camposOrganos, { ...o, url: ctx.absoluta(rutas.organo(o.id)) })),
  },
  {
    slug: 'personas',
    titulo: 'Personas',
    descripcion:
      'Catálogo de las personas que asisten a las sesiones o participan como ponentes en los eventos, con su nombre completo y las otras grafías de su nombre que aparecen en las fuentes. Sus cargos están en el conjunto «Asistencia», porque cambian de una sesión a otra.',
    palabrasClave: ['personas', 'catálogo', 'integrantes', 'gobierno abierto'],
    campos: camposPersonas,
    clavePrimaria: ['id'],
    clavesForaneas: [],
    paginas: [{ texto: 'Personas', ruta: rutas.personas() }],
    filas: (c, ctx) => c.personas.map((p) => fila(camposPersonas, { ...p, url: ctx.absoluta(rutas.persona(p.id)) })),
  },
  {
    slug: 'municipios',
    titulo: 'Municipios',
    descripcion:
      'Los 125 municipios del Estado de México según el Catálogo Único de Claves Geoestadísticas del INEGI: clave de entidad, clave de municipio y clave geoestadística (texto de dígitos con ceros a la izquierda) y nombre oficial. Es la clave que une los datos por municipio.',
    palabrasClave: ['municipios', 'INEGI', 'claves geoestadísticas', 'catálogo', 'Estado de México'],
    campos: camposMunicipios,
    clavePrimaria: ['cvegeo'],
    clavesForaneas: [],
    licencia: { nombre: 'Términos de Libre Uso de la Información del INEGI', url: 'https://www.inegi.org.mx/inegi/terminos.html' },
    fuente: 'Fuente: INEGI, Catálogo Único de Claves Geoestadísticas.',
    paginas: [],
    filas: (c) => c.municipios.map((m) => fila(camposMunicipios, { ...m })),
  },
];
