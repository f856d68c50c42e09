import { describe, expect, it } from 'vitest';
import { agreementHistories, agreementsByYear, currentAgreementStatus, flattenAgreements, repeatedKeys } from './acuerdos.ts';
import { calendarEntryStatus, nextPlannedSession } from './calendario.ts';
import { currentPhase, phasesInOrder, reportsNewestFirst } from './compromisos.ts';
import { groupByBodyAndYear } from './sesiones.ts';
import type { EntradaDeCalendario, SeguimientoDeAcuerdo } from '../../schemas/tablas.ts';

const acuerdo = (id: string, clave?: string) => ({ id, clave, texto: `Texto ${id}`, votacion: 'unanimidad' as const });
const sesion = (id: string, organo: string, fecha: string, extra: Record<string, unknown> = {}) => ({
  id,
  data: { organo, fecha, estado: 'celebrada' as const, tipo: 'ordinaria' as const, numero: 1, acuerdos: [], asistentes: [], ...extra },
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
      { acuerdo: 'x', fecha: '2023-02-24', estado: 'cumplido' },
      { acuerdo: 'x', fecha: '2022-12-16', estado: 'pendiente' },
      { acuerdo: 'y', fecha: '2023-01-01', estado: 'cancelado' },
      { acuerdo: 'x', fecha: '2023-01-10', estado: 'en-proceso' },
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
    const history = agreementHistories([
      { acuerdo: 'x', fecha: '2023-01-01', estado: 'en-proceso' },
      { acuerdo: 'x', fecha: '2023-01-01', estado: 'cumplido' },
    ]).get('x')!;
    expect(currentAgreementStatus(history)).toBe('cumplido');
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

  it('is celebrada when the body held a session on the planned date', () => {
    expect(calendarEntryStatus(entrada('2023-02-24'), sesiones)).toEqual({ estado: 'celebrada', sesion: 'stl-2023-02-24' });
  });
  it('does not match a session of another body on the same day', () => {
    expect(calendarEntryStatus(entrada('2023-04-28'), sesiones)).toEqual({ estado: 'programada' });
  });
  it('follows an explicit link to a session held on another date', () => {
    expect(calendarEntryStatus(entrada('2023-02-20', { sesion: 'stl-2023-02-24' }), sesiones)).toEqual({ estado: 'celebrada', sesion: 'stl-2023-02-24' });
  });
  it('keeps hand-written cancelada and reprogramada', () => {
    expect(calendarEntryStatus(entrada('2023-06-30', { estado: 'cancelada' }), sesiones).estado).toBe('cancelada');
    expect(calendarEntryStatus(entrada('2023-06-30', { estado: 'reprogramada' }), sesiones).estado).toBe('reprogramada');
  });
  it('does not count a session that was only planned', () => {
    const planned = [sesion('stl-2023-02-24', 'stl', '2023-02-24', { estado: 'programada' })];
    expect(calendarEntryStatus(entrada('2023-02-24'), planned).estado).toBe('programada');
  });
  it('finds the next planned session from a date', () => {
    const entradas = [entrada('2023-02-24'), entrada('2023-06-30', { numero: 18 }), entrada('2023-04-28', { numero: 17 })];
    expect(nextPlannedSession(entradas, sesiones, '2023-01-01')?.numero).toBe(17);
    expect(nextPlannedSession(entradas, sesiones, '2023-07-01')).toBeUndefined();
  });
});

describe('compromisos', () => {
  it('lists the five phases in order and marks the unknown ones', () => {
    const fases = phasesInOrder([
      { fase: 'dialogo-abierto', estado: 'concluida' },
      { fase: 'propuesta', estado: 'concluida' },
    ]);
    expect(fases.map((f) => f.fase)).toEqual(['propuesta', 'arbol-de-problemas', 'dialogo-abierto', 'hoja-de-ruta', 'publicacion']);
    expect(fases.map((f) => f.estado)).toEqual(['concluida', 'sin-informacion', 'concluida', 'sin-informacion', 'sin-informacion']);
  });
  it('takes the first unfinished phase as the current one', () => {
    expect(
      currentPhase([
        { fase: 'propuesta', estado: 'concluida' },
        { fase: 'arbol-de-problemas', estado: 'pendiente' },
      ]),
    ).toBe('arbol-de-problemas');
    expect(currentPhase([])).toBeUndefined();
    const all = (['propuesta', 'arbol-de-problemas', 'dialogo-abierto', 'hoja-de-ruta', 'publicacion'] as const).map((fase) => ({
      fase,
      estado: 'concluida' as const,
    }));
    expect(currentPhase(all)).toBe('completa');
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
