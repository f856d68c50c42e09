import { describe, expect, it } from 'vitest';
import { daysBetween, statusOnDate, type EstadoAlDia } from './estado.ts';
import { ABIERTOS_POR_PAGINA, breakdownByStatus, countByStatus, oldestOpenAgreements, openAgreements } from './conteos.ts';
import { calendarLinks } from './suscripciones.ts';

describe('statusOnDate', () => {
  it('marks pending and in-process agreements overdue only after their deadline', () => {
    expect(statusOnDate('pendiente', '2023-01-31', '2023-02-01')).toBe('vencido');
    expect(statusOnDate('en-proceso', '2023-01-31', '2023-02-01')).toBe('vencido');
    expect(statusOnDate('pendiente', '2023-01-31', '2023-01-31')).toBe('pendiente');
  });
  it('never makes an agreement overdue without a deadline, or once settled', () => {
    expect(statusOnDate('pendiente', undefined, '2030-01-01')).toBe('pendiente');
    expect(statusOnDate('cumplido', '2020-01-01', '2030-01-01')).toBe('cumplido');
    expect(statusOnDate('sin-seguimiento', '2020-01-01', '2030-01-01')).toBe('sin-seguimiento');
  });
});

describe('daysBetween', () => {
  it('counts calendar days across leap years and backwards', () => {
    expect(daysBetween('2020-02-28', '2020-03-01')).toBe(2);
    expect(daysBetween('2023-01-10', '2023-01-01')).toBe(-9);
  });
});

const a = (id: string, estadoAlDia: EstadoAlDia, fecha = '2021-01-01', extra: Record<string, unknown> = {}) => ({
  id,
  estadoAlDia,
  fecha,
  historial: [],
  ...extra,
});

describe('countByStatus', () => {
  it('gives every status with its share, zeros included', () => {
    const c = countByStatus([a('x', 'cumplido'), a('y', 'cumplido'), a('z', 'vencido'), a('w', 'sin-seguimiento')]);
    expect(c.total).toBe(4);
    const por = Object.fromEntries(c.estados.map((e) => [e.estado, [e.total, e.porcentaje]]));
    expect(por).toEqual({ pendiente: [0, 0], 'en-proceso': [0, 0], vencido: [1, 25], 'sin-seguimiento': [1, 25], cumplido: [2, 50], cancelado: [0, 0] });
  });
  it('gives 0 % rather than NaN for an empty group', () => {
    expect(countByStatus([]).estados.every((e) => e.porcentaje === 0)).toBe(true);
  });
});

describe('breakdownByStatus', () => {
  it('groups by key, leaving out agreements without one, sorted numerically', () => {
    const lista = [a('x', 'cumplido', '2022-01-01'), a('y', 'pendiente', '2020-05-01'), a('z', 'pendiente', '2022-03-01', { sin: true })];
    const porAnio = breakdownByStatus(lista, (x) => ('sin' in x ? undefined : Number(x.fecha.slice(0, 4))));
    expect(porAnio.map((d) => [d.clave, d.total])).toEqual([
      [2020, 1],
      [2022, 1],
    ]);
  });
});

describe('openAgreements', () => {
  it('lists what is not reported settled, oldest first, with age, delay and last note', () => {
    const lista = [
      a('d', 'sin-seguimiento', '2022-02-01'),
      a('e', 'cancelado', '2020-01-01'),
      a('b', 'vencido', '2022-01-01', { plazo: '2022-06-30', historial: [{ fecha: '2022-02-01', nota: 'En revisión.' }] }),
      a('a', 'pendiente', '2021-12-31'),
      a('c', 'cumplido', '2020-01-01'),
    ];
    const abiertos = openAgreements(lista, '2022-07-10');
    expect(abiertos.map((x) => x.acuerdo.id)).toEqual(['a', 'b', 'd']);
    expect(abiertos[0]).toMatchObject({ antiguedad: 191, diasDeRetraso: undefined, ultimoInforme: undefined });
    expect(abiertos[1]).toMatchObject({ antiguedad: 190, diasDeRetraso: 10, ultimoInforme: { fecha: '2022-02-01', nota: 'En revisión.' } });
  });
});

describe('oldestOpenAgreements', () => {
  const abierto = (id: string, estadoAlDia: EstadoAlDia) => ({ acuerdo: { id, estadoAlDia } });

  it('keeps a short list whole', () => {
    const lista = [abierto('a', 'pendiente'), abierto('b', 'vencido')];
    expect(oldestOpenAgreements(lista, 3)).toMatchObject({ mostrados: lista, omitidos: 0 });
    expect(oldestOpenAgreements([...lista, abierto('c', 'pendiente')], 3)).toMatchObject({ omitidos: 0 });
  });

  it('keeps the first (oldest) of a long one, counts the rest, and counts the whole list by status', () => {
    const lista = Array.from({ length: ABIERTOS_POR_PAGINA + 7 }, (_, i) => abierto(String(i), i % 3 ? 'sin-seguimiento' : 'en-proceso'));
    const { mostrados, omitidos, porEstado } = oldestOpenAgreements(lista);
    expect(mostrados).toEqual(lista.slice(0, ABIERTOS_POR_PAGINA));
    expect(omitidos).toBe(7);
    expect(porEstado.map(({ estado, total }) => [estado, total])).toEqual([
      ['en-proceso', 169],
      ['sin-seguimiento', 338],
    ]);
  });
});

describe('calendarLinks', () => {
  it('builds webcal, Google and Outlook subscribe links from the feed URL', () => {
    const e = calendarLinks('https://datos.ejemplo.gob.mx/transparencia/organos/stl/calendario.ics', 'Sesiones · STL');
    expect(e.webcal).toBe('webcal://datos.ejemplo.gob.mx/transparencia/organos/stl/calendario.ics');
    expect(new URL(e.google).searchParams.get('cid')).toBe(e.webcal);
    const outlook = new URL(e.outlook);
    expect([outlook.searchParams.get('url'), outlook.searchParams.get('name')]).toEqual([e.directo, 'Sesiones · STL']);
  });
});
