/**
 * What each record page depends on, as the `cacheKey` Astro's incremental build compares with the
 * previous build's (`experimental.incrementalBuild`): a page whose key, template code and rendered
 * content are unchanged is copied from the previous build instead of rendered. The key must change
 * whenever anything the page shows changes, so each function here lists every record its template
 * reads (the template's own reads of `loadContent()`, in the same order), plus what every page
 * depends on: the reference date (statuses are «al día») and the source file's last edit in git.
 *
 * Records are fingerprinted whole, not field by field: a change to a field the page does not show
 * re-renders it needlessly, which is slower but never wrong. Pages without a key (lists, home,
 * datasets) are rendered on every build. `tests/sitio/incremental.test.ts` checks the result
 * against a clean build, byte for byte.
 */
import type { AcuerdoConEstado, Compromiso, Contenido, Evento, Organo, Persona, Sesion } from '../contenido/ensamblar.ts';
import { feedCandidates, type AmbitoDeFeed } from '../datos/feeds.ts';
import type { Pagina } from '../paginas.ts';
import type { Historial } from '../historial.ts';
import { fingerprint } from './huella.ts';

/** The build-wide inputs of every page. */
export interface Entorno {
  contenido: Contenido;
  historial: Historial;
  /**
   * Fingerprint of an original document of `public/documentos/` (a session page shows the text of
   * its originals), `undefined` when there is no such file. Without it, documents are not keyed.
   */
  documento?: (archivo: string) => string | undefined;
  /**
   * Fingerprint of the code that turns content files into entries (`contentCodeFingerprint`:
   * schemas, loaders, Markdown plugins, lockfile), part of every key: an entry is what that code
   * makes of its file, so with the file's digest it tells the entry apart (`recordFingerprint`).
   */
  codigoDelContenido: string;
}

const huellas = new WeakMap<object, string>();

/** An entry of a content collection as Astro's store holds it, with the digest of its file. */
interface EntradaConDigest {
  collection: string;
  id: string;
  filePath?: string;
  digest: string;
}

const isEntryWithDigest = (registro: object): registro is EntradaConDigest =>
  typeof (registro as Partial<EntradaConDigest>).digest === 'string' &&
  typeof (registro as Partial<EntradaConDigest>).collection === 'string' &&
  typeof (registro as Partial<EntradaConDigest>).id === 'string';

/**
 * Fingerprint of a record, computed once per build: a session is read by many pages, and a body,
 * person or institution by thousands (every agreement page names its body). A key holds the
 * record's fingerprint instead of the record: as telling, and serialized once. An entry of a
 * collection (a session, a commitment) is fingerprinted by its file, Astro's digest of its text,
 * with its collection, id and path: its data and rendered HTML are what the content code (in
 * every key, `common`) makes of that text, and serializing them was most of a build's page keys.
 */
function recordFingerprint(registro: object | undefined): string | undefined {
  if (registro === undefined) return undefined;
  let huella = huellas.get(registro);
  if (huella === undefined) {
    huella = isEntryWithDigest(registro) ? fingerprint('entrada', registro.collection, registro.id, registro.filePath, registro.digest) : fingerprint(registro);
    huellas.set(registro, huella);
  }
  return huella;
}

const records = (registros: readonly object[] | undefined) => (registros ?? []).map(recordFingerprint);

/** The inputs every page shares, and the last edit of its source file as the page shows it. */
function common({ contenido, historial, codigoDelContenido }: Entorno, archivo: string | undefined) {
  return { hoy: contenido.hoy, codigo: codigoDelContenido, historial: historial.disponible, cambio: archivo ? historial.cambios.get(archivo) : undefined };
}

/** `/sesiones/<id>/` (src/pages/sesiones/[id].astro). */
export function sessionPageKey(entorno: Entorno, sesion: Sesion): string {
  const c = entorno.contenido;
  const d = sesion.data;
  const { anterior, siguiente } = c.indices.sesionesVecinas.get(sesion.id) ?? {};
  const aprobacion = d.acta_aprobada_en ? c.acuerdo.get(d.acta_aprobada_en) : undefined;
  return fingerprint('sesion', common(entorno, sesion.filePath), {
    sesion: recordFingerprint(sesion),
    organo: recordFingerprint(c.organo.get(d.organo)),
    acuerdos: records(c.indices.acuerdosPorSesion.get(sesion.id)),
    vecinas: [recordFingerprint(anterior), recordFingerprint(siguiente)],
    aprobacion: recordFingerprint(aprobacion),
    sesionDeLaAprobacion: recordFingerprint(aprobacion && c.sesion.get(aprobacion.sesion)),
    avances: (c.indices.avancesPorSesion.get(sesion.id) ?? []).map(({ compromiso, avance }) => [recordFingerprint(compromiso), avance]),
    convoca: recordFingerprint(d.convocatoria?.convoca ? c.persona.get(d.convocatoria.convoca) : undefined),
    personas: d.asistentes.map((a) => recordFingerprint(c.persona.get(a.persona))),
    instituciones: d.asistentes.map((a) => recordFingerprint(a.institucion ? c.institucion.get(a.institucion) : undefined)),
    documentos: d.documentos.map((doc) => entorno.documento?.(doc.archivo)),
  });
}

/**
 * `/sesiones/<id>.json` (src/pages/sesiones/[id].json.ts): the record alone, read with the
 * content code. The whole entry's fingerprint, which the session's other pages computed already;
 * it also changes with the body, which the file does not show (re-rendered needlessly then, never
 * stale). Not the reference date: the file shows no status.
 */
export function sessionJsonKey(entorno: Entorno, sesion: Sesion): string {
  return fingerprint('sesion-json', entorno.codigoDelContenido, sesion.id, recordFingerprint(sesion));
}

/** `/acuerdos/<id>/` (src/pages/acuerdos/[id].astro). */
export function agreementPageKey(entorno: Entorno, acuerdo: AcuerdoConEstado): string {
  const c = entorno.contenido;
  const sesion = c.sesion.get(acuerdo.sesion);
  const responsable = acuerdo.responsable;
  return fingerprint('acuerdo', common(entorno, sesion?.filePath), {
    acuerdo: recordFingerprint(acuerdo),
    sesion: recordFingerprint(sesion),
    organo: recordFingerprint(c.organo.get(acuerdo.organo)),
    mismaClave: acuerdo.clave ? records(c.indices.acuerdosPorClave.get(acuerdo.clave)) : [],
    compromiso: recordFingerprint(acuerdo.compromiso ? c.compromiso.get(acuerdo.compromiso) : undefined),
    actaAprobada: recordFingerprint(c.indices.actaAprobadaPor.get(acuerdo.id)),
    calendario: c.indices.calendarioPorAcuerdo.get(acuerdo.id),
    eventos: c.indices.eventosPorFuente.get(acuerdo.id),
    responsable: [
      recordFingerprint(responsable?.institucion ? c.institucion.get(responsable.institucion) : undefined),
      recordFingerprint(responsable?.persona ? c.persona.get(responsable.persona) : undefined),
    ],
  });
}

/** `/personas/<id>/` (src/pages/personas/[id].astro). */
export function personPageKey(entorno: Entorno, persona: Persona, archivo: string): string {
  const c = entorno.contenido;
  const asistencia = c.indices.asistenciaPorPersona.get(persona.id) ?? [];
  return fingerprint('persona', common(entorno, archivo), {
    persona,
    asistencia: asistencia.map(({ sesion, asistente }) => [recordFingerprint(sesion), asistente]),
    eventos: c.indices.eventosPorPersona.get(persona.id),
    avances: (c.indices.avancesPorPersona.get(persona.id) ?? []).map(({ compromiso, avance }) => [recordFingerprint(compromiso), avance]),
    convocadas: records(c.indices.convocadasPorPersona.get(persona.id)),
    organos: [...new Set(asistencia.map(({ sesion }) => sesion.data.organo))].map((id) => recordFingerprint(c.organo.get(id))),
  });
}

/**
 * `/compromisos/<id>/` (src/pages/compromisos/[id].astro): the commitment, its institutions, the
 * sessions and people of its progress reports, its agreements with their sessions, and the bodies
 * of both (named in the page and in its search facets).
 */
export function commitmentPageKey(entorno: Entorno, compromiso: Compromiso): string {
  const c = entorno.contenido;
  const d = compromiso.data;
  const acuerdos = c.indices.acuerdosPorCompromiso.get(compromiso.id) ?? [];
  const sesionesDeAvances = d.avances.map((a) => (a.sesion ? c.sesion.get(a.sesion) : undefined));
  const sesionesDeAcuerdos = acuerdos.map((a) => c.sesion.get(a.sesion));
  const organos = [...sesionesDeAvances.map((s) => s?.data.organo), ...acuerdos.map((a) => a.organo)].map((id) =>
    recordFingerprint(id ? c.organo.get(id) : undefined),
  );
  return fingerprint('compromiso', common(entorno, compromiso.filePath), {
    compromiso: recordFingerprint(compromiso),
    instituciones: [d.responsable, ...d.corresponsables].map((id) => recordFingerprint(c.institucion.get(id))),
    avances: d.avances.map((a, i) => [
      recordFingerprint(sesionesDeAvances[i]),
      recordFingerprint(a.presentado_por ? c.persona.get(a.presentado_por) : undefined),
    ]),
    acuerdos: acuerdos.map((a, i) => [recordFingerprint(a), recordFingerprint(sesionesDeAcuerdos[i])]),
    organos,
    documentos: d.documentos.map((doc) => entorno.documento?.(doc.archivo)),
  });
}

/**
 * `/organos/<id>/` (src/pages/organos/[id].astro): the body, the bodies and institution it names,
 * its sessions, agreements and calendar (with their statuses), and the people who attended.
 */
export function bodyPageKey(entorno: Entorno, organo: Organo, archivo: string): string {
  const c = entorno.contenido;
  const sesiones = c.indices.sesionesPorOrgano.get(organo.id) ?? [];
  const asistentes = new Set(sesiones.flatMap((s) => s.data.asistentes.map((a) => a.persona)));
  return fingerprint('organo', common(entorno, archivo), {
    organo,
    superior: recordFingerprint(organo.organo_superior ? c.organo.get(organo.organo_superior) : undefined),
    dependientes: c.organos.filter((otro) => otro.organo_superior === organo.id),
    institucion: recordFingerprint(organo.institucion ? c.institucion.get(organo.institucion) : undefined),
    sesiones: records(sesiones),
    acuerdos: records(c.indices.acuerdosPorOrgano.get(organo.id)),
    calendario: c.indices.calendarioPorOrgano.get(organo.id),
    personas: [...asistentes].map((id) => recordFingerprint(c.persona.get(id))),
  });
}

/**
 * `/seguimiento/organos/<id>/` (src/pages/seguimiento/organos/[id].astro): the body's agreements,
 * with their statuses as of the reference date, and the institutions and people responsible.
 */
export function bodyFollowUpKey(entorno: Entorno, organo: Organo): string {
  const c = entorno.contenido;
  const acuerdos = c.indices.acuerdosPorOrgano.get(organo.id) ?? [];
  return fingerprint('seguimiento-del-organo', common(entorno, undefined), {
    organo,
    acuerdos: records(acuerdos),
    responsables: acuerdos.map(({ responsable }) => [
      recordFingerprint(responsable?.institucion ? c.institucion.get(responsable.institucion) : undefined),
      recordFingerprint(responsable?.persona ? c.persona.get(responsable.persona) : undefined),
    ]),
  });
}

/**
 * The RSS feed of a body, a commitment or a person (`/organos/<id>/feed.xml`…,
 * src/lib/datos/feeds-por-registro.ts): the record, the sessions, agreements and progress reports
 * its feed can include (`feedCandidates`), with the bodies that title those sessions and the
 * commitments of those reports.
 */
export function recordFeedKey(entorno: Entorno, ambito: NonNullable<AmbitoDeFeed>): string {
  const c = entorno.contenido;
  const { sesiones, acuerdos, avances } = feedCandidates(c, ambito);
  const registro =
    'organo' in ambito
      ? c.organo.get(ambito.organo)
      : 'compromiso' in ambito
        ? recordFingerprint(c.compromiso.get(ambito.compromiso))
        : c.persona.get(ambito.persona);
  return fingerprint('feed', common(entorno, undefined), {
    ambito,
    registro,
    sesiones: records(sesiones),
    organos: [...new Set(sesiones.map((s) => s.data.organo))].map((id) => recordFingerprint(c.organo.get(id))),
    acuerdos: records(acuerdos),
    avances: avances.map(({ compromiso }) => recordFingerprint(compromiso)),
  });
}

/**
 * `/organos/<id>/calendario.ics` (src/pages/organos/[id]/calendario.ics.ts): the body, its
 * calendar entries with their statuses, its sessions and any other session an entry names.
 */
export function bodyCalendarKey(entorno: Entorno, organo: Organo): string {
  const c = entorno.contenido;
  const entradas = c.indices.calendarioPorOrgano.get(organo.id) ?? [];
  return fingerprint('calendario-del-organo', common(entorno, undefined), {
    organo,
    calendario: entradas,
    sesiones: records(c.indices.sesionesPorOrgano.get(organo.id)),
    celebradas: entradas.map((e) => recordFingerprint(e.sesion ? c.sesion.get(e.sesion) : undefined)),
  });
}

/** `/eventos/<id>/` (src/pages/eventos/[id].astro). */
export function eventPageKey(entorno: Entorno, evento: Evento, archivo: string): string {
  const c = entorno.contenido;
  const fuenteAcuerdo = evento.fuente ? c.acuerdo.get(evento.fuente) : undefined;
  return fingerprint('evento', common(entorno, archivo), {
    evento,
    organo: recordFingerprint(evento.organo ? c.organo.get(evento.organo) : undefined),
    institucion: recordFingerprint(evento.institucion ? c.institucion.get(evento.institucion) : undefined),
    fuenteSesion: recordFingerprint(evento.fuente ? c.sesion.get(evento.fuente) : undefined),
    fuenteAcuerdo: recordFingerprint(fuenteAcuerdo),
    sesionDelAcuerdo: recordFingerprint(fuenteAcuerdo && c.sesion.get(fuenteAcuerdo.sesion)),
    ponentes: (evento.ponentes ?? []).map((id) => recordFingerprint(c.persona.get(id))),
  });
}

/**
 * A page of the agreements list, of all or of one status (src/components/ListaDeAcuerdos.astro):
 * its agreements and their bodies, and the counts every page shows (all agreements, sessions with
 * agreements, and each status).
 */
export function agreementListPageKey(
  entorno: Entorno,
  pagina: Pagina<AcuerdoConEstado>,
  estado: string | undefined,
  cuentas: readonly { estado: string; cuantos: number }[],
): string {
  const c = entorno.contenido;
  return fingerprint('lista-de-acuerdos', common(entorno, undefined), {
    pagina: { ...pagina, elementos: records(pagina.elementos) },
    estado,
    cuentas: cuentas.map(({ estado: e, cuantos }) => [e, cuantos]),
    acuerdos: c.acuerdos.length,
    sesionesConAcuerdos: c.indices.acuerdosPorSesion.size,
    organos: [...new Set(pagina.elementos.map((a) => a.organo))].map((id) => recordFingerprint(c.organo.get(id))),
  });
}

/**
 * `/organos/<id>/acuerdos/<año>/` and its pages by status (src/pages/organos/[id]/acuerdos/):
 * what the page is given, its agreements, and the sessions it groups them by.
 */
export function agreementsOfYearKey(
  entorno: Entorno,
  pagina: { organo: Organo; anio: number; acuerdos: readonly AcuerdoConEstado[]; [otro: string]: unknown },
): string {
  const c = entorno.contenido;
  return fingerprint('acuerdos-del-anio', common(entorno, undefined), {
    ...pagina,
    acuerdos: records(pagina.acuerdos),
    sesiones: [...new Set(pagina.acuerdos.map((a) => a.sesion))].map((id) => recordFingerprint(c.sesion.get(id))),
  });
}
