/**
 * Everything the pages need, loaded from the collections once per build and indexed by id.
 * Derived facts (agreements as records, calendar status, current phases) are computed here
 * once, from the pure functions in `src/lib/derivados/`, instead of in every page.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { agreementHistory, currentAgreementStatus, flattenAgreements, type Acuerdo, type EstadoActual } from '../derivados/acuerdos.ts';
import { calendarEntryStatus, type EstadoDeEntrada } from '../derivados/calendario.ts';
import { bySessionDate } from '../derivados/sesiones.ts';
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
}

/** A calendar entry with its derived status (which replaces the hand-written one). */
export type EntradaConEstado = Omit<EntradaDeCalendario, 'estado' | 'sesion'> &
  EstadoDeEntrada & {
    /** Stable id of the entry: `<organo>-<anio>-<tipo>-<numero>`. */
    id: string;
  };

export interface Contenido {
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
}

const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((item) => [item.id, item]));
const byName = <T extends { nombre: string }>(a: T, b: T) => a.nombre.localeCompare(b.nombre, 'es');

/** Stable id of a calendar entry. */
export function calendarEntryId(e: EntradaDeCalendario): string {
  return `${e.organo}-${e.anio}-${e.tipo}-${e.numero}`;
}

async function load(): Promise<Contenido> {
  const sesiones = (await getCollection('sesiones')).sort(bySessionDate);
  const seguimientos = (await getCollection('seguimientoDeAcuerdos')).sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true })).map((e) => e.data);
  const acuerdos = flattenAgreements(sesiones).map((acuerdo) => {
    const historial = agreementHistory(acuerdo.id, seguimientos);
    return { ...acuerdo, historial, estadoActual: currentAgreementStatus(historial) };
  });
  const calendario = (await getCollection('calendarios'))
    .map((e) => e.data)
    .map((entrada) => ({ ...entrada, ...calendarEntryStatus(entrada, sesiones), id: calendarEntryId(entrada) }))
    .sort((a, b) => a.fecha_programada.localeCompare(b.fecha_programada) || a.id.localeCompare(b.id));
  const compromisos = (await getCollection('compromisos')).sort(
    (a, b) => a.data.tipo.localeCompare(b.data.tipo) || (a.data.numero ?? 99) - (b.data.numero ?? 99) || a.id.localeCompare(b.id),
  );
  const organos = (await getCollection('organos')).map((e) => e.data);
  const personas = (await getCollection('personas')).map((e) => e.data).sort(byName);
  const instituciones = (await getCollection('instituciones')).map((e) => e.data).sort(byName);
  const eventos = (await getCollection('eventos')).map((e) => e.data).sort((a, b) => a.fecha.localeCompare(b.fecha) || a.id.localeCompare(b.id));
  const municipios = (await getCollection('municipios')).map((e) => e.data).sort((a, b) => a.cvegeo.localeCompare(b.cvegeo));
  return {
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

let cache: Promise<Contenido> | undefined;

/** The site's content, loaded once per build. */
export function loadContent(): Promise<Contenido> {
  cache ??= load();
  return cache;
}
