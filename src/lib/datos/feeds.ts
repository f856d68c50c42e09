/**
 * RSS 2.0 feed of new sessions and agreements, newest first, for feed readers. Dates are the
 * records' own (00:00 in Mexico City), so the feed only changes when the content does.
 */
import type { Contenido } from '../contenido/cargar.ts';
import { label } from '../etiquetas.ts';
import { sessionTitle } from '../textos.ts';
import { rutas } from '../url.ts';

export interface EntradaDeFeed {
  titulo: string;
  url: string;
  /** AAAA-MM-DD. */
  fecha: string;
  descripcion: string;
  categoria: string;
}

export interface Feed {
  titulo: string;
  descripcion: string;
  /** Absolute address of the site. */
  enlace: string;
  /** Absolute address of the feed itself. */
  propio: string;
  entradas: EntradaDeFeed[];
}

export function escapeXml(texto: string): string {
  return (
    texto
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
      // Characters XML 1.0 does not allow: matching control characters is the point here.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
  );
}

const DIAS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MESES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 822 date of a day at 00:00 in Mexico City: `Fri, 16 Dec 2022 00:00:00 -0600`. */
export function rfc822(fecha: string): string {
  const [y, m, d] = fecha.split('-').map(Number);
  const dia = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return `${DIAS[dia]}, ${String(d).padStart(2, '0')} ${MESES[m - 1]} ${y} 00:00:00 -0600`;
}

export function writeRss(feed: Feed): string {
  const ultima = feed.entradas[0]?.fecha;
  const items = feed.entradas.map((e) =>
    [
      '    <item>',
      `      <title>${escapeXml(e.titulo)}</title>`,
      `      <link>${escapeXml(e.url)}</link>`,
      `      <guid isPermaLink="true">${escapeXml(e.url)}</guid>`,
      `      <pubDate>${rfc822(e.fecha)}</pubDate>`,
      `      <category>${escapeXml(e.categoria)}</category>`,
      `      <description>${escapeXml(e.descripcion)}</description>`,
      '    </item>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    `    <title>${escapeXml(feed.titulo)}</title>`,
    `    <link>${escapeXml(feed.enlace)}</link>`,
    `    <description>${escapeXml(feed.descripcion)}</description>`,
    '    <language>es-MX</language>',
    ...(ultima ? [`    <lastBuildDate>${rfc822(ultima)}</lastBuildDate>`] : []),
    `    <atom:link href="${escapeXml(feed.propio)}" rel="self" type="application/rss+xml"/>`,
    ...items,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}

/** What a feed follows: one body, one commitment or one person; nothing for the site-wide feed. */
export type AmbitoDeFeed = { organo: string } | { compromiso: string } | { persona: string } | undefined;

type Sesion = Contenido['sesiones'][number];
type Compromiso = Contenido['compromisos'][number];
/** A progress report and the commitment it belongs to. */
type AvanceDeCompromiso = { compromiso: Compromiso; avance: Compromiso['data']['avances'][number] };
type Acuerdo = Contenido['acuerdos'][number];

/** Per content model: the sessions each person attended or convened, the agreements naming them responsible. */
const porPersona = new WeakMap<Contenido, { sesiones: Map<string, Sesion[]>; acuerdos: Map<string, Acuerdo[]> }>();

function personIndex(c: Contenido) {
  let indice = porPersona.get(c);
  if (!indice) {
    const sesiones = new Map<string, Sesion[]>();
    const acuerdos = new Map<string, Acuerdo[]>();
    const add = <T>(mapa: Map<string, T[]>, clave: string, valor: T) => (mapa.get(clave) ?? mapa.set(clave, []).get(clave)!).push(valor);
    for (const s of c.sesiones) {
      const personas = new Set([...(s.data.convocatoria?.convoca ? [s.data.convocatoria.convoca] : []), ...s.data.asistentes.map((a) => a.persona)]);
      for (const persona of personas) add(sesiones, persona, s);
    }
    for (const a of c.acuerdos) if (a.responsable?.persona) add(acuerdos, a.responsable.persona, a);
    indice = { sesiones, acuerdos };
    porPersona.set(c, indice);
  }
  return indice;
}

/**
 * The sessions, agreements and progress reports a feed can include, from the model's indices:
 * every record feed going over all of them took 14 s of a 10 000-session build (1 625 feeds ×
 * 60 000 records). The entries are still filtered, and sorted, as for the site-wide feed. Also
 * what a record's feed depends on (`src/lib/incremental/dependencias.ts`).
 */
export function feedCandidates(
  c: Contenido,
  ambito: AmbitoDeFeed,
): { sesiones: readonly Sesion[]; acuerdos: readonly Acuerdo[]; avances: readonly AvanceDeCompromiso[] } {
  if (!ambito) return { sesiones: c.sesiones, acuerdos: c.acuerdos, avances: [] };
  if ('organo' in ambito)
    return { sesiones: c.indices.sesionesPorOrgano.get(ambito.organo) ?? [], acuerdos: c.indices.acuerdosPorOrgano.get(ambito.organo) ?? [], avances: [] };
  if ('compromiso' in ambito) return { sesiones: [], acuerdos: c.indices.acuerdosPorCompromiso.get(ambito.compromiso) ?? [], avances: reportsFor(c, ambito) };
  const indice = personIndex(c);
  return { sesiones: indice.sesiones.get(ambito.persona) ?? [], acuerdos: indice.acuerdos.get(ambito.persona) ?? [], avances: reportsFor(c, ambito) };
}

/**
 * The progress reports of a commitment's feed (its own) or of a person's (those they presented),
 * in the order of the commitments and of their reports, from the model's indices rather than by
 * going over every commitment for every feed (1 500 feeds × 500 commitments at 10 000 sessions).
 */
function reportsFor(c: Contenido, ambito: { compromiso: string } | { persona: string }): readonly AvanceDeCompromiso[] {
  if ('persona' in ambito) return c.indices.avancesPorPersona.get(ambito.persona) ?? [];
  const compromiso = c.compromiso.get(ambito.compromiso);
  return compromiso ? compromiso.data.avances.map((avance) => ({ compromiso, avance })) : [];
}

/**
 * Sessions and agreements (and, in a commitment's or a person's feed, progress reports), newest
 * first; on the same day a session comes before its agreements and its reports.
 * - a body: its sessions and agreements;
 * - a commitment: the agreements about it and its progress reports;
 * - a person: the sessions they attended or convened, the agreements naming them responsible and
 *   the reports they presented.
 */
export function feedEntries(c: Contenido, absoluta: (ruta: string) => string, limite = 100, ambito?: AmbitoDeFeed): EntradaDeFeed[] {
  const entradas: (EntradaDeFeed & { orden: string })[] = [];
  const candidatos = feedCandidates(c, ambito);
  const persona = ambito && 'persona' in ambito ? ambito.persona : undefined;
  const sigueSesion = (s: Contenido['sesiones'][number]) =>
    !ambito ||
    ('organo' in ambito && s.data.organo === ambito.organo) ||
    (persona !== undefined && (s.data.convocatoria?.convoca === persona || s.data.asistentes.some((a) => a.persona === persona)));
  for (const s of candidatos.sesiones) {
    if (!sigueSesion(s)) continue;
    const o = c.organo.get(s.data.organo);
    entradas.push({
      titulo: o ? sessionTitle(s.data, o) : s.data.titulo,
      url: absoluta(rutas.sesion(s.id)),
      fecha: s.data.fecha,
      descripcion: s.data.resumen,
      categoria: s.data.estado === 'celebrada' ? 'Sesión' : `Sesión ${label('estadoDeSesion', s.data.estado).toLowerCase()}`,
      orden: `${s.id} 0000`,
    });
  }
  const sigueAcuerdo = (a: Contenido['acuerdos'][number]) =>
    !ambito ||
    ('organo' in ambito && a.organo === ambito.organo) ||
    ('compromiso' in ambito && a.compromiso === ambito.compromiso) ||
    (persona !== undefined && a.responsable?.persona === persona);
  for (const a of candidatos.acuerdos) {
    if (!sigueAcuerdo(a)) continue;
    entradas.push({
      titulo: `Acuerdo ${a.clave ?? a.id}${a.tema ? `: ${a.tema}` : ''}`,
      url: absoluta(rutas.acuerdo(a.id)),
      fecha: a.fecha,
      descripcion: a.texto,
      categoria: 'Acuerdo',
      orden: `${a.sesion} ${String(a.orden).padStart(4, '0')}`,
    });
  }
  for (const { compromiso: k, avance } of candidatos.avances) {
    entradas.push({
      titulo: `Avance de «${k.data.titulo_corto ?? k.data.titulo}»`,
      url: absoluta(`${rutas.compromiso(k.id)}#avance-${k.data.avances.indexOf(avance) + 1}`),
      fecha: avance.fecha,
      descripcion: avance.resumen,
      categoria: 'Avance de compromiso',
      orden: `${avance.sesion ?? ''} 9999 ${k.id}`,
    });
  }
  return entradas
    .sort((a, b) => b.fecha.localeCompare(a.fecha) || a.orden.localeCompare(b.orden))
    .slice(0, limite)
    .map(({ orden: _orden, ...e }) => e);
}
