/**
 * iCalendar (RFC 5545) feeds of the sessions: the planned calendar and the held sessions, for
 * calendar apps to subscribe to. Text is escaped, lines are folded at 75 octets without splitting
 * a UTF-8 character, lines end in CRLF. Times are local to Mexico City with a VTIMEZONE that
 * carries its historical daylight-saving rule (abolished after 30 October 2022), so 2019–2022
 * summer sessions convert correctly. UIDs come from record ids, so they never change; a cancelled
 * session stays in the feed with STATUS:CANCELLED. DTSTAMP is the build's reference date, so the
 * same content and date give the same bytes.
 */
import type { Contenido } from '../contenido/cargar.ts';
import { isApprovedDate } from '../derivados/calendario.ts';
import { formatDate } from '../fechas.ts';
import { label } from '../etiquetas.ts';
import { sessionTitle } from '../textos.ts';
import { rutas } from '../url.ts';

export const ZONA = 'America/Mexico_City';

/** Mexico City: CST/CDT with DST from the first Sunday of April to the last Sunday of October until 2022; CST only since. */
export const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${ZONA}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:-0600',
  'TZOFFSETTO:-0500',
  'TZNAME:CDT',
  'DTSTART:20020407T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU;UNTIL=20220403T080000Z',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:-0500',
  'TZOFFSETTO:-0600',
  'TZNAME:CST',
  'DTSTART:20021027T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU;UNTIL=20221030T070000Z',
  'END:STANDARD',
  'END:VTIMEZONE',
];

export interface MomentoIcal {
  /** AAAA-MM-DD. */
  fecha: string;
  /** HH:MM local time; absent for all-day events. */
  hora?: string;
}

export interface EventoIcal {
  uid: string;
  inicio: MomentoIcal;
  /** End; for all-day events, the last day (inclusive). */
  fin?: MomentoIcal;
  resumen: string;
  descripcion?: string;
  lugar?: string;
  url: string;
  estado: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';
  categorias?: string[];
}

/** RFC 5545 §3.3.11 TEXT escaping. */
export function escapeText(texto: string): string {
  return texto
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * RFC 5545 §3.1 folding: at most 75 octets per line, continuation lines begin with a space. A
 * line is measured a code point at a time (its UTF-8 length from its value), never split inside
 * one; a whole body's calendar is tens of thousands of lines.
 */
export function foldLine(linea: string): string {
  if (linea.length <= 18 || Buffer.byteLength(linea, 'utf8') <= 75) return linea;
  const partes: string[] = [];
  let inicio = 0;
  let octetos = 0;
  for (let i = 0; i < linea.length;) {
    const punto = linea.codePointAt(i)!;
    const tamano = punto < 0x80 ? 1 : punto < 0x800 ? 2 : punto < 0x10000 ? 3 : 4;
    if (octetos + tamano > (partes.length === 0 ? 75 : 74)) {
      partes.push(linea.slice(inicio, i));
      inicio = i;
      octetos = 0;
    }
    octetos += tamano;
    i += punto > 0xffff ? 2 : 1;
  }
  partes.push(linea.slice(inicio));
  return partes.join('\r\n ');
}

const compact = (fecha: string) => fecha.replace(/-/g, '');

function nextDay(fecha: string): string {
  const [y, m, d] = fecha.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

function moment(nombre: 'DTSTART' | 'DTEND', m: MomentoIcal): string {
  return m.hora ? `${nombre};TZID=${ZONA}:${compact(m.fecha)}T${m.hora.replace(':', '')}00` : `${nombre};VALUE=DATE:${compact(m.fecha)}`;
}

export interface Calendario {
  nombre: string;
  descripcion: string;
  /** Reference date of the build (AAAA-MM-DD), used as DTSTAMP. */
  fechaDeReferencia: string;
  eventos: EventoIcal[];
}

export function writeCalendar(cal: Calendario): string {
  const dtstamp = `DTSTAMP:${compact(cal.fechaDeReferencia)}T000000Z`;
  const lineas = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Gobierno Abierto Estado de México//Calendario de sesiones//ES',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(cal.nombre)}`,
    `X-WR-CALDESC:${escapeText(cal.descripcion)}`,
    `X-WR-TIMEZONE:${ZONA}`,
    ...VTIMEZONE,
  ];
  for (const e of cal.eventos) {
    lineas.push('BEGIN:VEVENT', `UID:${e.uid}`, dtstamp, moment('DTSTART', e.inicio));
    if (e.inicio.hora) {
      if (e.fin?.hora) lineas.push(moment('DTEND', e.fin));
    } else {
      lineas.push(`DTEND;VALUE=DATE:${compact(nextDay(e.fin?.fecha ?? e.inicio.fecha))}`);
    }
    lineas.push(`SUMMARY:${escapeText(e.resumen)}`);
    if (e.descripcion) lineas.push(`DESCRIPTION:${escapeText(e.descripcion)}`);
    if (e.lugar) lineas.push(`LOCATION:${escapeText(e.lugar)}`);
    if (e.categorias?.length) lineas.push(`CATEGORIES:${e.categorias.map(escapeText).join(',')}`);
    lineas.push(`STATUS:${e.estado}`, `URL;VALUE=URI:${e.url}`, 'TRANSP:OPAQUE', 'END:VEVENT');
  }
  lineas.push('END:VCALENDAR');
  return lineas.map(foldLine).join('\r\n') + '\r\n';
}

export interface OpcionesDeEventos {
  absoluta(ruta: string): string;
  /** Host for UIDs (`<id>@<host>`). */
  host: string;
  /** Only this body's sessions. */
  organo?: string;
}

const ESTADO_DE_SESION = { celebrada: 'CONFIRMED', programada: 'TENTATIVE', cancelada: 'CANCELLED' } as const;

/**
 * One event per calendar entry (a planned entry that was held shows the held session, keeping the
 * entry's UID) and one per session that no calendar entry planned, oldest first.
 */
export function sessionEvents(c: Contenido, opciones: OpcionesDeEventos): EventoIcal[] {
  const { absoluta, host, organo } = opciones;
  const eventos: EventoIcal[] = [];
  const cubiertas = new Set<string>();
  const siglas = (id: string) => {
    const o = c.organo.get(id);
    return o ? (o.siglas ?? o.nombre) : id;
  };
  const deSesion = (uid: string, id: string): EventoIcal | undefined => {
    const s = c.sesion.get(id);
    if (!s) return undefined;
    const d = s.data;
    const o = c.organo.get(d.organo);
    return {
      uid,
      inicio: { fecha: d.fecha, hora: d.hora_inicio },
      fin: d.hora_inicio && d.hora_fin ? { fecha: d.fecha, hora: d.hora_fin } : undefined,
      resumen: o ? sessionTitle(d, o) : d.titulo,
      descripcion: [
        d.resumen,
        d.modalidad ? `Modalidad: ${label('modalidad', d.modalidad).toLowerCase()}.` : '',
        `Más información: ${absoluta(rutas.sesion(id))}`,
      ]
        .filter(Boolean)
        .join('\n\n'),
      lugar: d.lugar,
      url: absoluta(rutas.sesion(id)),
      estado: ESTADO_DE_SESION[d.estado],
      categorias: [label('tipoDeSesion', d.tipo), o?.siglas ?? d.organo],
    };
  };
  // One body's entries and sessions from the model's indices (a calendar per body, each going
  // over every session, was a second of a 10 000-session build); the events are sorted below.
  const entradas = organo ? (c.indices.calendarioPorOrgano.get(organo) ?? []) : c.calendario;
  const sesiones = organo ? (c.indices.sesionesPorOrgano.get(organo) ?? []) : c.sesiones;
  for (const e of entradas) {
    // A proposed date the body did not approve was never a session: it is not an event at all.
    if (!isApprovedDate(e)) continue;
    const uid = `calendario-${e.id}@${host}`;
    const celebrada = e.estado === 'celebrada' && e.sesion ? deSesion(uid, e.sesion) : undefined;
    if (celebrada) {
      cubiertas.add(e.sesion!);
      eventos.push(celebrada);
      continue;
    }
    const tipo = label('tipoDeSesion', e.tipo).toLowerCase();
    const estado = label('estadoDeCalendario', String(e.estado)).toLowerCase();
    const url = absoluta(`${rutas.calendario()}#${e.id}`);
    eventos.push({
      uid,
      inicio: { fecha: e.fecha_programada, hora: e.hora },
      resumen: `${e.numero}.ª sesión ${tipo} ${e.anio} · ${siglas(e.organo)} (${estado})`,
      descripcion: [`Sesión ${estado} en el calendario ${e.anio} de ${c.organo.get(e.organo)?.nombre ?? e.organo}.`, e.nota ?? '', `Más información: ${url}`]
        .filter(Boolean)
        .join('\n\n'),
      url,
      estado: e.estado === 'cancelada' || e.estado === 'reprogramada' ? 'CANCELLED' : 'TENTATIVE',
      categorias: [label('tipoDeSesion', e.tipo), siglas(e.organo)],
    });
  }
  for (const s of sesiones) {
    if (cubiertas.has(s.id)) continue;
    eventos.push(deSesion(`sesion-${s.id}@${host}`, s.id)!);
  }
  return eventos.sort((a, b) => a.inicio.fecha.localeCompare(b.inicio.fecha) || a.uid.localeCompare(b.uid));
}

/** Events still to come on or after `hoy` (the build's reference date), cancelled ones aside. */
export function upcomingEvents(eventos: readonly EventoIcal[], hoy: string): EventoIcal[] {
  return eventos.filter((e) => e.inicio.fecha >= hoy && e.estado !== 'CANCELLED');
}

/**
 * The feed's description, saying plainly when nothing is scheduled: a subscriber whose calendar
 * stays empty should know it is because no upcoming session is published, not because the feed failed.
 */
export function feedDescription(base: string, eventos: readonly EventoIcal[], hoy: string): string {
  const proximos = upcomingEvents(eventos, hoy).length;
  return proximos
    ? `${base} Sesiones próximas a partir del ${formatDate(hoy)}: ${proximos}.`
    : `${base} No hay sesiones próximas programadas a partir del ${formatDate(hoy)}; el calendario conserva las fechas pasadas.`;
}
