/**
 * Everything the pages need, assembled from the collections and indexed by id. Derived facts
 * (agreements as records, calendar status, current phases) are computed here once, from the pure
 * functions in `src/lib/derivados/`, instead of in every page. Free of Astro's runtime, so a past
 * version of the content read from git is assembled exactly as the build's own.
 */
import type { CollectionEntry } from 'astro:content';
import { agreementHistories, currentAgreementStatus, flattenAgreements, type Acuerdo, type EstadoActual } from '../derivados/acuerdos.ts';
import { calendarEntryStatus, type EstadoDeEntrada } from '../derivados/calendario.ts';
import { bySessionDate } from '../derivados/sesiones.ts';
import { groupBy, neighbours } from '../derivados/agrupar.ts';
import { compareIdentifiers } from '../colacion.ts';
import { statusOnDate, type EstadoAlDia } from '../seguimiento/estado.ts';
import type { Asistente } from '../../schemas/sesion.ts';
import type { Avance } from '../../schemas/compromiso.ts';
import type { EntradaDeCalendario, SeguimientoDeAcuerdo } from '../../schemas/tablas.ts';

export type Sesion = CollectionEntry<'sesiones'>;
export type Compromiso = CollectionEntry<'compromisos'>;
export type Organo = CollectionEntry<'organos'>['data'];
export type Persona = CollectionEntry<'personas'>['data'];
export type Institucion = CollectionEntry<'instituciones'>['data'];
export type Evento = CollectionEntry<'eventos'>['data'];
export type Municipio = CollectionEntry<'municipios'>['data'];

export interface AcuerdoConEstado extends Acuerdo {
  historial: SeguimientoDeAcuerdo[];
  estadoActual: EstadoActual;
  /** Status as of the build's reference date: the reported one, or `vencido` past its deadline. */
  estadoAlDia: EstadoAlDia;
}

/** A calendar entry with its derived status (which replaces the hand-written one). */
export type EntradaConEstado = Omit<EntradaDeCalendario, 'estado' | 'sesion'> &
  EstadoDeEntrada & {
    /** Stable id of the entry (`calendarEntryId`). */
    id: string;
  };

/** Relations between records, looked up by id. */
export interface Indices {
  acuerdosPorSesion: Map<string, AcuerdoConEstado[]>;
  acuerdosPorClave: Map<string, AcuerdoConEstado[]>;
  acuerdosPorCompromiso: Map<string, AcuerdoConEstado[]>;
  acuerdosPorOrgano: Map<string, AcuerdoConEstado[]>;
  /** Sessions of each body, oldest first. */
  sesionesPorOrgano: Map<string, Sesion[]>;
  /** Previous and next session of the same body. */
  sesionesVecinas: Map<string, { anterior?: Sesion; siguiente?: Sesion }>;
  /** Session whose minutes an agreement approved. */
  actaAprobadaPor: Map<string, Sesion>;
  calendarioPorAcuerdo: Map<string, EntradaConEstado[]>;
  calendarioPorOrgano: Map<string, EntradaConEstado[]>;
  eventosPorFuente: Map<string, Evento[]>;
  eventosPorPersona: Map<string, Evento[]>;
  avancesPorSesion: Map<string, { compromiso: Compromiso; avance: Avance }[]>;
  avancesPorPersona: Map<string, { compromiso: Compromiso; avance: Avance }[]>;
  /** Attendance of each person, oldest session first. */
  asistenciaPorPersona: Map<string, { sesion: Sesion; asistente: Asistente }[]>;
  convocadasPorPersona: Map<string, Sesion[]>;
}

export interface Contenido {
  /** The build's reference date, from which ages and overdue statuses are computed. */
  hoy: string;
  sesiones: Sesion[];
  sesion: Map<string, Sesion>;
  organos: Organo[];
  organo: Map<string, Organo>;
  personas: Persona[];
  persona: Map<string, Persona>;
  instituciones: Institucion[];
  institucion: Map<string, Institucion>;
  acuerdos: AcuerdoConEstado[];
  acuerdo: Map<string, AcuerdoConEstado>;
  seguimientos: SeguimientoDeAcuerdo[];
  compromisos: Compromiso[];
  compromiso: Map<string, Compromiso>;
  calendario: EntradaConEstado[];
  eventos: Evento[];
  evento: Map<string, Evento>;
  municipios: Municipio[];
  indices: Indices;
}

const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((item) => [item.id, item]));
const byName = <T extends { nombre: string }>(a: T, b: T) => a.nombre.localeCompare(b.nombre, 'es');

/**
 * Stable id of a calendar entry: `<organo>-<anio>-<tipo>-<numero>`, or, for a proposed date the
 * body did not approve (it has no number), `<organo>-<anio>-propuesta-<fecha>`.
 */
export function calendarEntryId(e: EntradaDeCalendario): string {
  return e.numero === undefined ? `${e.organo}-${e.anio}-propuesta-${e.fecha_programada}` : `${e.organo}-${e.anio}-${e.tipo}-${e.numero}`;
}

/** The collections as Astro (or a reader of another copy of the content) gives them. */
export interface Colecciones {
  sesiones: Sesion[];
  seguimientoDeAcuerdos: { id: string; data: SeguimientoDeAcuerdo }[];
  calendarios: { data: EntradaDeCalendario }[];
  compromisos: Compromiso[];
  organos: { data: Organo }[];
  personas: { data: Persona }[];
  instituciones: { data: Institucion }[];
  eventos: { data: Evento }[];
  municipios: { data: Municipio }[];
}

/**
 * Everything the pages need, from the collections: sorted, indexed and with derived facts, as of
 * the build's reference date `hoy` (AAAA-MM-DD).
 */
export function assembleContent(colecciones: Colecciones, hoy: string): Contenido {
  const sesiones = [...colecciones.sesiones].sort(bySessionDate);
  const seguimientos = [...colecciones.seguimientoDeAcuerdos].sort((a, b) => compareIdentifiers(a.id, b.id)).map((e) => e.data);
  const historiales = agreementHistories(seguimientos);
  const acuerdos = flattenAgreements(sesiones).map((acuerdo) => {
    const historial = historiales.get(acuerdo.id) ?? [];
    const estadoActual = currentAgreementStatus(historial);
    return { ...acuerdo, historial, estadoActual, estadoAlDia: statusOnDate(estadoActual, acuerdo.plazo, hoy) };
  });
  const calendario = [...colecciones.calendarios]
    .map((e) => e.data)
    .map((entrada) => ({ ...entrada, ...calendarEntryStatus(entrada, sesiones, hoy), id: calendarEntryId(entrada) }))
    .sort((a, b) => a.fecha_programada.localeCompare(b.fecha_programada) || a.id.localeCompare(b.id));
  const compromisos = [...colecciones.compromisos].sort(
    (a, b) => a.data.tipo.localeCompare(b.data.tipo) || (a.data.numero ?? 99) - (b.data.numero ?? 99) || a.id.localeCompare(b.id),
  );
  // By id: the same order whichever loader read them.
  const organos = [...colecciones.organos].map((e) => e.data).sort((a, b) => a.id.localeCompare(b.id));
  const personas = [...colecciones.personas].map((e) => e.data).sort(byName);
  const instituciones = [...colecciones.instituciones].map((e) => e.data).sort(byName);
  const eventos = [...colecciones.eventos].map((e) => e.data).sort((a, b) => a.fecha.localeCompare(b.fecha) || a.id.localeCompare(b.id));
  const municipios = [...colecciones.municipios].map((e) => e.data).sort((a, b) => a.cvegeo.localeCompare(b.cvegeo));
  const avances = compromisos.flatMap((compromiso) => compromiso.data.avances.map((avance) => ({ compromiso, avance })));
  const sesionesPorOrgano = groupBy(sesiones, (s) => s.data.organo);
  const indices: Indices = {
    acuerdosPorSesion: groupBy(acuerdos, (a) => a.sesion),
    acuerdosPorClave: groupBy(acuerdos, (a) => a.clave),
    acuerdosPorCompromiso: groupBy(acuerdos, (a) => a.compromiso),
    acuerdosPorOrgano: groupBy(acuerdos, (a) => a.organo),
    sesionesPorOrgano,
    sesionesVecinas: neighbours(sesionesPorOrgano.values()),
    actaAprobadaPor: new Map(sesiones.filter((s) => s.data.acta_aprobada_en).map((s) => [s.data.acta_aprobada_en!, s])),
    calendarioPorAcuerdo: groupBy(calendario, (e) => e.aprobado_por),
    calendarioPorOrgano: groupBy(calendario, (e) => e.organo),
    eventosPorFuente: groupBy(eventos, (e) => e.fuente),
    eventosPorPersona: groupBy(eventos, (e) => e.ponentes),
    avancesPorSesion: groupBy(avances, (x) => x.avance.sesion),
    avancesPorPersona: groupBy(avances, (x) => x.avance.presentado_por),
    asistenciaPorPersona: groupBy(
      sesiones.flatMap((sesion) => sesion.data.asistentes.map((asistente) => ({ sesion, asistente }))),
      (x) => x.asistente.persona,
    ),
    convocadasPorPersona: groupBy(sesiones, (s) => s.data.convocatoria?.convoca),
  };
  return {
    hoy,
    indices,
    sesiones,
    sesion: byId(sesiones),
    organos,
    organo: byId(organos),
    personas,
    persona: byId(personas),
    instituciones,
    institucion: byId(instituciones),
    acuerdos,
    acuerdo: byId(acuerdos),
    seguimientos,
    compromisos,
    compromiso: byId(compromisos),
    calendario,
    eventos,
    evento: byId(eventos),
    municipios,
  };
}
