import { describe, expect, it } from 'vitest';
import {
  adoptionOf,
  agreementHistories,
  agreementsByYear,
  currentAgreementStatus,
  ETIQUETA_SIN_SEGUIMIENTO,
  flattenAgreements,
  repeatedKeys,
} from './acuerdos.ts';
import { calendarEntryStatus, ETIQUETA_SIN_REGISTRO, isApprovedDate, nextPlannedSession, sessionStatusAsOf } from './calendario.ts';
import { currentPhase, phasesInOrder, reportsNewestFirst } from './compromisos.ts';
import { groupByBodyAndYear } from './sesiones.ts';
import type { EntradaDeCalendario, SeguimientoDeAcuerdo } from '../../schemas/tablas.ts';

const acuerdo = (id: string, clave?: string) => ({ id, clave, texto: `Texto ${id}`, votacion: 'unanimidad' as const });
const sesion = (id: string, organo: string, fecha: string, extra: Record<string, unknown> = {}) => ({
  id,
  data: { organo, fecha, estado: 'celebrada' as const, tipo: 'ordinaria' as const, numero: 1, acuerdos: [], asistentes: [], ...extra },
});

/** A follow-up report; every one cites the source that reports it. */
const reporte = (acuerdo: string, fecha: string, estado: SeguimientoDeAcuerdo['estado']): SeguimientoDeAcuerdo => ({
  acuerdo,
  fecha,
  estado,
  fuente: 'Acta de la sesión, punto IX',
  cita: 'se informó el estado',
});

describe('acuerdos', () => {
  const sesiones = [
    sesion('stl-2022-12-16', 'stl', '2022-12-16', { acuerdos: [acuerdo('stl-xv-1-2022', 'STL/XV/1/2022'), acuerdo('stl-xv-2-2022', 'STL/XV/2/2022')] }),
    sesion('cgatp-2021-10-28', 'cgatp', '2021-10-28', {
      acuerdos: [acuerdo('a-4', 'INFOEM/CGAyTP/ORD/III/4/2021'), acuerdo('a-4-bis', 'INFOEM/CGAyTP/ORD/III/4/2021')],
    }),
  ];

  it('publishes agreements as records, oldest session first, keeping the printed order', () => {
    const flat = flattenAgreements(sesiones);
    expect(flat.map((a) => a.id)).toEqual(['a-4', 'a-4-bis', 'stl-xv-1-2022', 'stl-xv-2-2022']);
    expect(flat[2]).toMatchObject({ sesion: 'stl-2022-12-16', organo: 'stl', fecha: '2022-12-16', orden: 1 });
  });

  it('keeps a repeated printed key on both agreements and reports it', () => {
    const repeated = repeatedKeys(flattenAgreements(sesiones));
    expect([...repeated.keys()]).toEqual(['INFOEM/CGAyTP/ORD/III/4/2021']);
    expect(repeated.get('INFOEM/CGAyTP/ORD/III/4/2021')!.map((a) => a.id)).toEqual(['a-4', 'a-4-bis']);
  });

  it('derives the current status from the latest dated report', () => {
    const seguimientos: SeguimientoDeAcuerdo[] = [
      reporte('x', '2023-02-24', 'cumplido'),
      reporte('x', '2022-12-16', 'pendiente'),
      reporte('y', '2023-01-01', 'cancelado'),
      reporte('x', '2023-01-10', 'en-proceso'),
    ];
    const history = agreementHistories(seguimientos).get('x')!;
    expect(
      agreementHistories(seguimientos)
        .get('y')!
        .map((h) => h.estado),
    ).toEqual(['cancelado']);
    expect(agreementHistories(seguimientos).get('z')).toBeUndefined();
    expect(history.map((h) => h.estado)).toEqual(['pendiente', 'en-proceso', 'cumplido']);
    expect(currentAgreementStatus(history)).toBe('cumplido');
    expect(currentAgreementStatus([])).toBe('sin-seguimiento');
  });

  it('breaks same-day ties by file order (the later row wins)', () => {
    const history = agreementHistories([reporte('x', '2023-01-01', 'en-proceso'), reporte('x', '2023-01-01', 'cumplido')]).get('x')!;
    expect(currentAgreementStatus(history)).toBe('cumplido');
  });

  it('never infers a status: without a report it is «sin seguimiento en las fuentes», even for an approval', () => {
    expect(currentAgreementStatus([])).toBe('sin-seguimiento');
    expect(ETIQUETA_SIN_SEGUIMIENTO).toBe('Sin seguimiento en las fuentes');
  });

  it('tells an approval from an agreement a minuta lists without a vote', () => {
    expect(
      adoptionOf({
        votacion: 'unanimidad',
        texto: 'Se aprueba por unanimidad de votos el Calendario de sesiones del Secretariado Técnico Local para el año 2023.',
      }),
    ).toBe('aprobado');
    // The IEEM report says «se aprobaron» without recording a vote.
    expect(adoptionOf({ votacion: 'sin-votacion', texto: 'Se aprobó el Mecanismo de Gobernanza del Secretariado Técnico Local.' })).toBe('aprobado');
    expect(adoptionOf({ votacion: 'sin-votacion', texto: 'Realizar la mesa de diálogo con el eje democrático.' })).toBe('acordado');
  });
});

describe('agreementsByYear', () => {
  const a = (sesion: string, fecha: string, orden: number) => ({ sesion, fecha, orden });
  it('groups by year, newest year first, newest session first and minutes order within it', () => {
    const grupos = agreementsByYear([
      a('s1', '2021-03-01', 1),
      a('s2', '2022-01-10', 1),
      a('s1', '2021-03-01', 2),
      a('s3', '2022-11-04', 2),
      a('s3', '2022-11-04', 1),
    ]);
    expect(grupos.map((g) => g.anio)).toEqual([2022, 2021]);
    expect(grupos[0].acuerdos).toEqual([a('s3', '2022-11-04', 1), a('s3', '2022-11-04', 2), a('s2', '2022-01-10', 1)]);
    expect(grupos[1].acuerdos).toEqual([a('s1', '2021-03-01', 1), a('s1', '2021-03-01', 2)]);
  });
  it('is empty without agreements', () => {
    expect(agreementsByYear([])).toEqual([]);
  });
});

describe('calendario', () => {
  const entrada = (fecha: string, extra: Partial<EntradaDeCalendario> = {}): EntradaDeCalendario => ({
    organo: 'stl',
    anio: Number(fecha.slice(0, 4)),
    numero: 16,
    tipo: 'ordinaria',
    fecha_programada: fecha,
    ...extra,
  });
  const sesiones = [sesion('stl-2023-02-24', 'stl', '2023-02-24'), sesion('cgatp-2023-04-28', 'cgatp', '2023-04-28')];
  const ANTES = '2023-01-01';

  it('is celebrada when the body held a session on the planned date', () => {
    expect(calendarEntryStatus(entrada('2023-02-24'), sesiones, '2026-12-02')).toEqual({ estado: 'celebrada', sesion: 'stl-2023-02-24' });
  });
  it('does not match a session of another body on the same day', () => {
    expect(calendarEntryStatus(entrada('2023-04-28'), sesiones, ANTES)).toEqual({ estado: 'programada' });
  });
  it('says «sin registro de celebración» once a planned date has passed without a session record', () => {
    expect(calendarEntryStatus(entrada('2023-04-28'), sesiones, '2026-12-02')).toEqual({ estado: 'sin-registro' });
    expect(calendarEntryStatus(entrada('2023-04-28'), sesiones, '2023-04-28').estado).toBe('programada');
    expect(ETIQUETA_SIN_REGISTRO).toBe('Sin registro de celebración');
  });
  it('follows an explicit link to a session held on another date', () => {
    expect(calendarEntryStatus(entrada('2023-02-20', { sesion: 'stl-2023-02-24' }), sesiones, ANTES)).toEqual({
      estado: 'celebrada',
      sesion: 'stl-2023-02-24',
    });
  });
  it('keeps hand-written cancelada, reprogramada and propuesta-no-aprobada, past or future', () => {
    expect(calendarEntryStatus(entrada('2023-06-30', { estado: 'cancelada' }), sesiones, ANTES).estado).toBe('cancelada');
    expect(calendarEntryStatus(entrada('2023-06-30', { estado: 'reprogramada' }), sesiones, '2026-12-02').estado).toBe('reprogramada');
    const propuesta = entrada('2022-01-14', { numero: undefined, estado: 'propuesta-no-aprobada' });
    expect(calendarEntryStatus(propuesta, sesiones, '2026-12-02').estado).toBe('propuesta-no-aprobada');
    expect(isApprovedDate(calendarEntryStatus(propuesta, sesiones, '2026-12-02'))).toBe(false);
    expect(isApprovedDate(calendarEntryStatus(entrada('2023-06-30', { estado: 'cancelada' }), sesiones, ANTES))).toBe(true);
  });
  it('does not count a session that was only planned', () => {
    const planned = [sesion('stl-2023-02-24', 'stl', '2023-02-24', { estado: 'programada' })];
    expect(calendarEntryStatus(entrada('2023-02-24'), planned, ANTES).estado).toBe('programada');
    expect(calendarEntryStatus(entrada('2023-02-24'), planned, '2023-03-01').estado).toBe('sin-registro');
  });
  it('finds the next planned session from a date, never a proposal that was not approved', () => {
    const entradas = [entrada('2023-02-24'), entrada('2023-06-30', { numero: 18 }), entrada('2023-04-28', { numero: 17 })];
    expect(nextPlannedSession(entradas, sesiones, '2023-01-01')?.numero).toBe(17);
    expect(nextPlannedSession(entradas, sesiones, '2023-07-01')).toBeUndefined();
    expect(nextPlannedSession([entrada('2023-03-01', { numero: undefined, estado: 'propuesta-no-aprobada' })], sesiones, ANTES)).toBeUndefined();
  });
  it('says a session record only planned or announced has no record of being held once its date passed', () => {
    expect(sessionStatusAsOf({ estado: 'programada', fecha: '2020-06-17' }, '2026-12-02')).toBe('sin-registro');
    expect(sessionStatusAsOf({ estado: 'programada', fecha: '2027-01-10' }, '2026-12-02')).toBe('programada');
    expect(sessionStatusAsOf({ estado: 'celebrada', fecha: '2020-06-10' }, '2026-12-02')).toBe('celebrada');
  });
});

describe('compromisos', () => {
  const fuente = { documento: 'Acta de la Décimo Quinta Sesión Ordinaria del STL', sesion: 'stl-2022-12-16', cita: 'se efectuaron tres mesas de diálogo' };
  it('lists the five phases in order and marks the unknown ones', () => {
    const fases = phasesInOrder([
      { fase: 'dialogo-abierto', estado: 'concluida', fuente },
      { fase: 'propuesta', estado: 'concluida', fuente },
    ]);
    expect(fases.map((f) => f.fase)).toEqual(['propuesta', 'arbol-de-problemas', 'dialogo-abierto', 'hoja-de-ruta', 'publicacion']);
    expect(fases.map((f) => f.estado)).toEqual(['concluida', 'sin-informacion', 'concluida', 'sin-informacion', 'sin-informacion']);
  });
  it('takes as current the furthest phase a source reports reached, with its source', () => {
    const publicada = {
      fase: 'publicacion' as const,
      estado: 'concluida' as const,
      fuente: { ...fuente, cita: 'integrándose todos estos compromisos dentro del Plan de Acción Local' },
    };
    // Phases no source mentions are not assumed pending: the commitment integrated into the plan is published.
    expect(currentPhase([{ fase: 'dialogo-abierto', estado: 'concluida', fuente }, publicada])).toEqual(publicada);
    // A phase reported pending in 2020 does not hold the commitment back once a later phase is reported reached.
    const pendiente = { fase: 'arbol-de-problemas' as const, estado: 'pendiente' as const, fecha: '2020-06-10', fuente };
    expect(currentPhase([{ fase: 'propuesta', estado: 'concluida', fuente }, pendiente, publicada])?.fase).toBe('publicacion');
    expect(currentPhase([{ fase: 'propuesta', estado: 'concluida', fuente }, pendiente])?.fase).toBe('propuesta');
    expect(
      currentPhase([
        { fase: 'propuesta', estado: 'concluida', fuente },
        { fase: 'arbol-de-problemas', estado: 'en-proceso', fuente },
      ])?.estado,
    ).toBe('en-proceso');
    expect(currentPhase([pendiente])).toBeUndefined();
    expect(currentPhase([])).toBeUndefined();
  });
  it('orders progress reports newest first', () => {
    const avances = [
      { fecha: '2021-10-28', resumen: 'a', cifras: [] },
      { fecha: '2022-12-16', resumen: 'b', cifras: [] },
    ];
    expect(reportsNewestFirst(avances).map((a) => a.fecha)).toEqual(['2022-12-16', '2021-10-28']);
  });
});

describe('sesiones', () => {
  const sesiones = [
    sesion('stl-2022-12-16', 'stl', '2022-12-16'),
    sesion('stl-2019-10-15', 'stl', '2019-10-15'),
    sesion('cgatp-2021-10-28', 'cgatp', '2021-10-28'),
    sesion('stl-2022-11-08', 'stl', '2022-11-08'),
  ];
  it('groups by body, in the given order, and by year, newest first', () => {
    const grupos = groupByBodyAndYear(sesiones, ['stl', 'cgatp']);
    expect(grupos.map((g) => g.organo)).toEqual(['stl', 'cgatp']);
    expect(grupos[0].anios.map((a) => a.anio)).toEqual([2022, 2019]);
    expect(grupos[0].anios[0].sesiones.map((s) => s.id)).toEqual(['stl-2022-12-16', 'stl-2022-11-08']);
  });
});
