import { describe, expect, it } from 'vitest';
import { fecha, hora, identificador } from './comunes.ts';
import { isRealDate } from './texto-de-fecha.ts';
import { sesionSchema } from './sesion.ts';
import { eventoSchema } from './tablas.ts';

describe('shared field types', () => {
  it('accepts ISO dates, also as the Date objects YAML parsers produce, and rejects impossible ones', () => {
    expect(fecha.parse('2022-12-16')).toBe('2022-12-16');
    expect(fecha.parse(new Date('2022-12-16T00:00:00Z'))).toBe('2022-12-16');
    expect(fecha.safeParse('2022-02-30').success).toBe(false);
    expect(fecha.safeParse('16/12/2022').success).toBe(false);
    expect(isRealDate('2024-02-29')).toBe(true);
    expect(isRealDate('2023-02-29')).toBe(false);
  });
  it('tells real calendar days by the Gregorian rules, in AAAA-MM-DD with ASCII digits only', () => {
    expect(['2000-02-29', '1999-12-31', '2022-04-30', '0100-01-01', '9999-12-31'].map(isRealDate)).toEqual([true, true, true, true, true]);
    expect(['1900-02-29', '2022-04-31', '2022-13-01', '2022-00-10', '2022-01-00', '2022-12-32'].map(isRealDate)).toEqual(Array(6).fill(false));
    expect(['0099-12-31', '2022-1-01', ' 2022-01-01', '2022-01-01 ', '２０２２-01-01', '2022/01/01', '2022-0a-01', ''].map(isRealDate)).toEqual(
      Array(8).fill(false),
    );
  });
  it('accepts 24-hour times and URL-safe identifiers only', () => {
    expect(hora.safeParse('11:04').success).toBe(true);
    expect(hora.safeParse('24:00').success).toBe(false);
    expect(identificador.safeParse('stl-xv-1-2022').success).toBe(true);
    expect(identificador.safeParse('STL/XV/1/2022').success).toBe(false);
    expect(identificador.safeParse('sesión').success).toBe(false);
  });
});

describe('session schema', () => {
  const minima = { titulo: 'Primera Sesión Ordinaria', organo: 'stl', tipo: 'ordinaria', fecha: '2023-02-24', resumen: 'Se instaló.' };
  it('fills defaults: held, no attendees, agenda or agreements', () => {
    expect(sesionSchema.parse(minima)).toMatchObject({ estado: 'celebrada', asistentes: [], orden_del_dia: [], acuerdos: [], documentos: [], fuentes: [] });
  });
  it('rejects unknown fields and an end before the start', () => {
    expect(sesionSchema.safeParse({ ...minima, organismo: 'stl' }).success).toBe(false);
    const r = sesionSchema.safeParse({ ...minima, hora_inicio: '12:00', hora_fin: '11:00' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].path).toEqual(['hora_fin']);
  });
});

describe('event schema', () => {
  it('splits speakers on «;» and needs an organiser', () => {
    const base = { id: 'foro-2023', fecha: '2023-05-10', titulo: 'Foro', tipo: 'foro' };
    expect(eventoSchema.parse({ ...base, institucion: 'infoem', ponentes: 'ana-perez; luis-soto' }).ponentes).toEqual(['ana-perez', 'luis-soto']);
    expect(eventoSchema.safeParse(base).success).toBe(false);
  });
});
