import { describe, expect, it } from 'vitest';
import { assembleContent, type Colecciones } from '../contenido/ensamblar.ts';
import { HOY_DE_PRUEBA, testCollections } from '../datos/contenido-de-prueba.ts';
import type { Historial } from '../historial.ts';
import { paginate } from '../paginas.ts';
import {
  agreementListPageKey,
  agreementPageKey,
  agreementsOfYearKey,
  bodyCalendarKey,
  bodyFollowUpKey,
  bodyPageKey,
  commitmentPageKey,
  personPageKey,
  recordFeedKey,
  sessionJsonKey,
  sessionPageKey,
  type Entorno,
} from './dependencias.ts';

const SIN_HISTORIAL: Historial = { disponible: false, cambios: new Map() };
const CODIGO = 'huella-del-codigo-de-prueba';

/** The keys of every keyed page of the test content, after `cambiar` edits its collections. */
function keys(cambiar: (colecciones: Colecciones) => void = () => {}, hoy = HOY_DE_PRUEBA, historial = SIN_HISTORIAL, codigo = CODIGO) {
  const colecciones = testCollections();
  cambiar(colecciones);
  const contenido = assembleContent(colecciones, hoy);
  const entorno: Entorno = { contenido, historial, codigoDelContenido: codigo };
  return {
    sesion: Object.fromEntries(contenido.sesiones.map((s) => [s.id, sessionPageKey(entorno, s)])),
    json: Object.fromEntries(contenido.sesiones.map((s) => [s.id, sessionJsonKey(entorno, s)])),
    acuerdo: Object.fromEntries(contenido.acuerdos.map((a) => [a.id, agreementPageKey(entorno, a)])),
    persona: Object.fromEntries(contenido.personas.map((p) => [p.id, personPageKey(entorno, p, 'content/personas.yaml')])),
    compromiso: Object.fromEntries(contenido.compromisos.map((c) => [c.id, commitmentPageKey(entorno, c)])),
    organo: Object.fromEntries(contenido.organos.map((o) => [o.id, bodyPageKey(entorno, o, 'content/organos.yaml')])),
    seguimiento: Object.fromEntries(contenido.organos.map((o) => [o.id, bodyFollowUpKey(entorno, o)])),
    calendarioDelOrgano: Object.fromEntries(contenido.organos.map((o) => [o.id, bodyCalendarKey(entorno, o)])),
    feedDeOrgano: Object.fromEntries(contenido.organos.map((o) => [o.id, recordFeedKey(entorno, { organo: o.id })])),
    feedDePersona: Object.fromEntries(contenido.personas.map((p) => [p.id, recordFeedKey(entorno, { persona: p.id })])),
    feedDeCompromiso: Object.fromEntries(contenido.compromisos.map((k) => [k.id, recordFeedKey(entorno, { compromiso: k.id })])),
    lista: agreementListPageKey(entorno, paginate(contenido.acuerdos, 100)[0], undefined, [{ estado: 'cumplido', cuantos: 1 }]),
    anio: agreementsOfYearKey(entorno, { organo: contenido.organo.get('stl')!, anio: 2020, acuerdos: contenido.acuerdos }),
  };
}

const sesion = (c: Colecciones, id: string) => c.sesiones.find((s) => s.id === id)!;

describe('page keys of the incremental build', () => {
  const antes = keys();

  it('are the same for the same content, and differ between pages', () => {
    expect(keys()).toEqual(antes);
    expect(new Set(Object.values(antes.sesion)).size).toBe(Object.keys(antes.sesion).length);
  });

  it('change for the edited session, its neighbours and its agreements, and for nothing else', () => {
    const despues = keys((c) => (sesion(c, 'stl-2022-12-16').data.resumen = 'Otro resumen.'));
    expect(despues.sesion['stl-2022-12-16']).not.toBe(antes.sesion['stl-2022-12-16']);
    expect(despues.json['stl-2022-12-16']).not.toBe(antes.json['stl-2022-12-16']);
    // The other session links to it as its neighbour.
    expect(despues.sesion['stl-2020-06-10']).not.toBe(antes.sesion['stl-2020-06-10']);
    expect(despues.json['stl-2020-06-10']).toBe(antes.json['stl-2020-06-10']);
    // Its follow-up was reported in the edited session, which its page links by id only.
    expect(despues.acuerdo['stl-1-2020']).toBe(antes.acuerdo['stl-1-2020']);
    // The list shows no session; the body's year groups its agreements under their session.
    expect(despues.lista).toBe(antes.lista);
    expect(keys((c) => (sesion(c, 'stl-2020-06-10').data.titulo = 'Otra')).anio).not.toBe(antes.anio);
  });

  it("change for an agreement and its session when the agreement's follow-up changes", () => {
    const despues = keys((c) => (c.seguimientoDeAcuerdos[0].data.cita = 'se informó otra cosa'));
    expect(despues.acuerdo['stl-1-2020']).not.toBe(antes.acuerdo['stl-1-2020']);
    expect(despues.lista).not.toBe(antes.lista);
    expect(despues.anio).not.toBe(antes.anio);
    expect(despues.sesion['stl-2020-06-10']).not.toBe(antes.sesion['stl-2020-06-10']);
    expect(despues.json).toEqual(antes.json);
  });

  it("change for the pages that show a person's name when it changes", () => {
    const despues = keys((c) => (c.personas.find((p) => p.data.id === 'ana-perez')!.data.nombre = 'Ana Pérez López'));
    expect(despues.persona['ana-perez']).not.toBe(antes.persona['ana-perez']);
    expect(despues.persona['luis-soto']).toBe(antes.persona['luis-soto']);
    expect(despues.sesion['stl-2020-06-10']).not.toBe(antes.sesion['stl-2020-06-10']);
    expect(despues.sesion['stl-2022-12-16']).toBe(antes.sesion['stl-2022-12-16']);
  });

  it('change for a commitment with its own record, the session and presenter of its progress, and its institution', () => {
    const id = 'carnet-juridico';
    // A session named only as the source of a phase (by its document) is not read by the page.
    expect(keys((c) => (sesion(c, 'stl-2020-06-10').data.resumen = 'Otro resumen.')).compromiso[id]).toBe(antes.compromiso[id]);
    expect(keys((c) => (sesion(c, 'stl-2022-12-16').data.titulo = 'Otra')).compromiso[id]).not.toBe(antes.compromiso[id]);
    expect(keys((c) => (c.personas.find((p) => p.data.id === 'ana-perez')!.data.nombre = 'Ana Pérez López')).compromiso[id]).not.toBe(antes.compromiso[id]);
    expect(keys((c) => (c.instituciones.find((i) => i.data.id === 'infoem')!.data.nombre = 'Otro nombre')).compromiso[id]).not.toBe(antes.compromiso[id]);
    expect(keys((c) => (c.compromisos[0].data.objetivo = 'Otro objetivo.')).compromiso[id]).not.toBe(antes.compromiso[id]);
  });

  it("change for a body's page with its sessions and the people who attended, and for its follow-up page only with its agreements", () => {
    // A second body, without sessions, in every version compared.
    const conOtro = (cambiar: (c: Colecciones) => void = () => {}) =>
      keys((c) => {
        c.organos.push({ data: { id: 'otro', nombre: 'Otro órgano', descripcion: 'Sin sesiones.' } } as Colecciones['organos'][number]);
        cambiar(c);
      });
    const base = conOtro();
    const resumen = conOtro((c) => (sesion(c, 'stl-2022-12-16').data.resumen = 'Otro resumen.'));
    expect(resumen.organo.stl).not.toBe(base.organo.stl);
    expect(resumen.organo.otro).toBe(base.organo.otro);
    // The follow-up page shows agreements, not the summaries of their sessions.
    expect(resumen.seguimiento.stl).toBe(base.seguimiento.stl);
    const nombre = conOtro((c) => (c.personas.find((p) => p.data.id === 'luis-soto')!.data.nombre = 'Luis Soto Ruiz'));
    expect(nombre.organo.stl).not.toBe(base.organo.stl);
    const seguimiento = conOtro((c) => (c.seguimientoDeAcuerdos[0].data.cita = 'se informó otra cosa'));
    expect(seguimiento.seguimiento.stl).not.toBe(base.seguimiento.stl);
    expect(seguimiento.seguimiento.otro).toBe(base.seguimiento.otro);
    expect(seguimiento.organo.stl).not.toBe(base.organo.stl);
  });

  it("change for a record's feed and a body's calendar with the records they list, and not with others", () => {
    // luis-soto attended stl-2020-06-10 only; the commitment's feed lists its own progress reports.
    const resumen = keys((c) => (sesion(c, 'stl-2022-12-16').data.resumen = 'Otro resumen.'));
    expect(resumen.feedDeOrgano.stl).not.toBe(antes.feedDeOrgano.stl);
    expect(resumen.calendarioDelOrgano.stl).not.toBe(antes.calendarioDelOrgano.stl);
    expect(resumen.feedDePersona['luis-soto']).toBe(antes.feedDePersona['luis-soto']);
    expect(resumen.feedDeCompromiso['carnet-juridico']).toBe(antes.feedDeCompromiso['carnet-juridico']);
    const asistida = keys((c) => (sesion(c, 'stl-2020-06-10').data.resumen = 'Otro resumen.'));
    expect(asistida.feedDePersona['luis-soto']).not.toBe(antes.feedDePersona['luis-soto']);
    const avance = keys((c) => (c.compromisos[0].data.avances[0].resumen = 'Otro avance.'));
    expect(avance.feedDeCompromiso['carnet-juridico']).not.toBe(antes.feedDeCompromiso['carnet-juridico']);
    // The report was presented by ana-perez: her feed lists it.
    expect(avance.feedDePersona['ana-perez']).not.toBe(antes.feedDePersona['ana-perez']);
    expect(avance.feedDePersona['luis-soto']).toBe(antes.feedDePersona['luis-soto']);
    expect(avance.feedDeOrgano.stl).toBe(antes.feedDeOrgano.stl);
    const cancelada = keys((c) => (c.calendarios[1].data.estado = 'cancelada' as never));
    expect(cancelada.calendarioDelOrgano.stl).not.toBe(antes.calendarioDelOrgano.stl);
  });

  it('change for a session when an original document it shows changes, and only for it', () => {
    const conDocumento = (huella: string) =>
      (() => {
        const colecciones = testCollections();
        sesion(colecciones, 'stl-2020-06-10').data.documentos = [{ titulo: 'Acta', archivo: 'acta.txt', tipo: 'acta' }] as never;
        const contenido = assembleContent(colecciones, HOY_DE_PRUEBA);
        const entorno: Entorno = {
          contenido,
          historial: SIN_HISTORIAL,
          codigoDelContenido: CODIGO,
          documento: (archivo) => (archivo === 'acta.txt' ? huella : undefined),
        };
        return Object.fromEntries(contenido.sesiones.map((s) => [s.id, sessionPageKey(entorno, s)]));
      })();
    const antes = conDocumento('a');
    const despues = conDocumento('b');
    expect(despues['stl-2020-06-10']).not.toBe(antes['stl-2020-06-10']);
    expect(despues['stl-2022-12-16']).toBe(antes['stl-2022-12-16']);
  });

  it('change everywhere with the reference date, and with the last edit of the source file', () => {
    const otroDia = keys(undefined, '2026-11-22');
    for (const id of Object.keys(antes.sesion)) expect(otroDia.sesion[id]).not.toBe(antes.sesion[id]);
    const editado = keys(undefined, HOY_DE_PRUEBA, {
      disponible: true,
      cambios: new Map([['content/sesiones/stl-2020-06-10.md', { fecha: '2026-11-20', commit: 'abc' }]]),
    });
    const sinCambios = keys(undefined, HOY_DE_PRUEBA, { disponible: true, cambios: new Map() });
    expect(editado.sesion['stl-2020-06-10']).not.toBe(sinCambios.sesion['stl-2020-06-10']);
    expect(editado.sesion['stl-2022-12-16']).toBe(sinCambios.sesion['stl-2022-12-16']);
  });
});

describe('page keys of entries read from files', () => {
  /** The test content with Astro's fields of a stored entry: its collection and its file's digest. */
  const withDigests = (digestDe: (id: string) => string) => (c: Colecciones) => {
    for (const s of c.sesiones) Object.assign(s, { collection: 'sesiones', digest: digestDe(s.id) });
  };
  const antes = keys(withDigests((id) => `digest-${id}`));

  it('fingerprint a session by its file: the digest, not the data read from it', () => {
    // Same file, same code: the same entry, however its data object was built.
    expect(keys(withDigests((id) => `digest-${id}`))).toEqual(antes);
    const otroArchivo = keys(withDigests((id) => (id === 'stl-2022-12-16' ? 'otro-digest' : `digest-${id}`)));
    expect(otroArchivo.sesion['stl-2022-12-16']).not.toBe(antes.sesion['stl-2022-12-16']);
    expect(otroArchivo.json['stl-2022-12-16']).not.toBe(antes.json['stl-2022-12-16']);
    // The other session's page links to it as its neighbour; its file is its own.
    expect(otroArchivo.sesion['stl-2020-06-10']).not.toBe(antes.sesion['stl-2020-06-10']);
    expect(otroArchivo.json['stl-2020-06-10']).toBe(antes.json['stl-2020-06-10']);
    // Its data is not serialized: a change to it with the same digest (which a file cannot make) goes unseen.
    const mismoArchivo = keys((c) => {
      withDigests((id) => `digest-${id}`)(c);
      sesion(c, 'stl-2022-12-16').data.resumen = 'Otro resumen.';
    });
    expect(mismoArchivo.json['stl-2022-12-16']).toBe(antes.json['stl-2022-12-16']);
  });

  it('change every key when the code that reads content files changes', () => {
    const otroCodigo = keys(
      withDigests((id) => `digest-${id}`),
      HOY_DE_PRUEBA,
      SIN_HISTORIAL,
      'otra-huella-del-codigo',
    );
    for (const [pagina, clave] of Object.entries(otroCodigo.sesion)) expect(clave).not.toBe(antes.sesion[pagina]);
    for (const [pagina, clave] of Object.entries(otroCodigo.json)) expect(clave).not.toBe(antes.json[pagina]);
    for (const [pagina, clave] of Object.entries(otroCodigo.acuerdo)) expect(clave).not.toBe(antes.acuerdo[pagina]);
    expect(otroCodigo.lista).not.toBe(antes.lista);
  });
});
