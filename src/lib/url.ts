/**
 * Every internal link goes through these helpers so the site works under a sub-path (`base`).
 */

/** Joins a base (`/` or `/ruta/`) and a site path (`/sesiones/x/`). */
export function joinBase(base: string, ruta: string): string {
  const cleanBase = base.endsWith('/') ? base : `${base}/`;
  const cleanPath = ruta.replace(/^\/+/, '');
  return `${cleanBase}${cleanPath}`;
}

/** Site path with the configured base, for links and assets. */
export function pathWithBase(ruta: string): string {
  return joinBase(import.meta.env.BASE_URL, ruta);
}

/** Absolute URL from `site` + `base`, for feeds, canonical links and catalogue metadata. */
export function absoluteUrl(ruta: string, site: URL | string | undefined = import.meta.env.SITE): string {
  return new URL(pathWithBase(ruta), site).href;
}

/** Site paths of each record type, in one place. */
export const rutas = {
  inicio: () => '/',
  sesiones: () => '/sesiones/',
  sesion: (id: string) => `/sesiones/${id}/`,
  acuerdos: () => '/acuerdos/',
  acuerdo: (id: string) => `/acuerdos/${id}/`,
  /** The agreements list narrowed to one status as of the build's date (`pendiente`, `vencido`, …). */
  acuerdosConEstado: (estado: string) => `/acuerdos/estado/${estado}/`,
  compromisos: () => '/compromisos/',
  compromiso: (id: string) => `/compromisos/${id}/`,
  calendario: () => '/calendario/',
  eventos: () => '/eventos/',
  evento: (id: string) => `/eventos/${id}/`,
  organos: () => '/organos/',
  organo: (id: string) => `/organos/${id}/`,
  /** A body's agreements of one year, each with its full text and follow-up. */
  acuerdosDelAnio: (organo: string, anio: number | string) => `/organos/${organo}/acuerdos/${anio}/`,
  /** The same page narrowed to one status as of the build's date: what search indexes agreements by. */
  acuerdosDelAnioConEstado: (organo: string, anio: number | string, estado: string) => `/organos/${organo}/acuerdos/${anio}/${estado}/`,
  /** Follow-up dashboard of agreements, and its breakdown pages. */
  seguimiento: () => '/seguimiento/',
  seguimientoOrgano: (id: string) => `/seguimiento/organos/${id}/`,
  seguimientoInstitucion: (id: string) => `/seguimiento/instituciones/${id}/`,
  seguimientoAnio: (anio: number | string) => `/seguimiento/anios/${anio}/`,
  /** RSS feeds of one body, one commitment and one person. */
  feedDeOrgano: (id: string) => `/organos/${id}/feed.xml`,
  feedDeCompromiso: (id: string) => `/compromisos/${id}/feed.xml`,
  feedDePersona: (id: string) => `/personas/${id}/feed.xml`,
  /** iCalendar feeds: all sessions, and one body's. */
  calendarioIcs: () => '/calendario.ics',
  calendarioIcsDeOrgano: (id: string) => `/organos/${id}/calendario.ics`,
  personas: () => '/personas/',
  persona: (id: string) => `/personas/${id}/`,
  encuestas: () => '/encuestas/',
  encuesta: (id: string) => `/encuestas/${id}/`,
  /** A survey's results for one municipality (INEGI `cvegeo`). */
  encuestaMunicipio: (id: string, cvegeo: string) => `/encuestas/${id}/municipios/${cvegeo}/`,
  /** A survey's download or chart data (`resultados.csv`, `graficas.json`, `LEEME.txt`). */
  encuestaArchivo: (id: string, archivo: string) => `/encuestas/${id}/${archivo}`,
  formatoDeEncuestas: () => '/encuestas/formato/',
  datos: () => '/datos/',
  /** A dataset's page: its schema, license, files with size and SHA-256, and versions. */
  conjunto: (slug: string) => `/datos/${slug}/`,
  buscar: () => '/buscar/',
  acerca: () => '/acerca/',
} as const;
