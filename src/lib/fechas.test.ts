import { describe, expect, it } from 'vitest';
import { formatDate, formatDateRange, formatDateWithWeekday, formatMonth, today, yearOf } from './fechas.ts';

describe('dates in Spanish', () => {
  it('formats a date as es-MX text', () => {
    expect(formatDate('2022-12-16')).toBe('16 de diciembre de 2022');
    expect(formatDate('2019-10-05')).toBe('5 de octubre de 2019');
  });
  it('adds the weekday with accents', () => {
    expect(formatDateWithWeekday('2022-12-16')).toBe('viernes 16 de diciembre de 2022');
    expect(formatDateWithWeekday('2021-11-03')).toBe('miércoles 3 de noviembre de 2021');
    expect(formatDateWithWeekday('2023-03-04')).toBe('sábado 4 de marzo de 2023');
  });
  it('formats ranges without repeating month or year', () => {
    expect(formatDateRange('2021-11-04', '2021-11-12')).toBe('4 al 12 de noviembre de 2021');
    expect(formatDateRange('2023-06-30', '2023-07-02')).toBe('30 de junio al 2 de julio de 2023');
    expect(formatDateRange('2021-12-30', '2022-01-02')).toBe('30 de diciembre de 2021 al 2 de enero de 2022');
    expect(formatDateRange('2021-11-17')).toBe('17 de noviembre de 2021');
  });
  it('gives month and year', () => {
    expect(formatMonth('2020-06-10')).toBe('junio de 2020');
    expect(yearOf('2020-06-10')).toBe(2020);
  });
  it('rejects malformed dates instead of printing nonsense', () => {
    expect(() => formatDate('16/12/2022')).toThrow();
  });
  it('takes today in Mexico City, or a fixed reference date for reproducible builds', () => {
    expect(today({ FECHA_DE_REFERENCIA: '2023-01-01' })).toBe('2023-01-01');
    // 03:00 UTC on 1 March is still 28 February in Mexico City (UTC−6).
    expect(today({}, new Date('2023-03-01T03:00:00Z'))).toBe('2023-02-28');
  });
});
