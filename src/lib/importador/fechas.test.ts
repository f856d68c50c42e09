import { describe, expect, it } from 'vitest';
import { completeYear, findDates, findTimes } from './fechas.ts';

const valores = (texto: string) => findDates(texto).map((f) => f.valor);

describe('dates in Spanish words and digits', () => {
  it('reads dates written in words, with or without weekday', () => {
    expect(valores('el día dieciséis de diciembre de dos mil veintidós')).toEqual(['2022-12-16']);
    expect(valores('del día jueves veintiocho de octubre de dos mil veintiuno: el')).toEqual(['2021-10-28']);
    expect(valores('el primero de marzo del año dos mil veintitrés')).toEqual(['2023-03-01']);
  });

  it('reads mixed and digit forms and keeps each place in the text', () => {
    const texto = 'del día 16 de diciembre de dos mil veintidós y el Viernes 30 de junio de 2023';
    const fechas = findDates(texto);
    expect(fechas.map((f) => f.valor)).toEqual(['2022-12-16', '2023-06-30']);
    expect(texto.slice(fechas[1].inicio, fechas[1].fin)).toBe('30 de junio de 2023');
  });

  it('rejects impossible days and marks a date without year', () => {
    expect(valores('el treinta y uno de febrero de 2022')).toEqual([]);
    expect(valores('17 de junio a las 17:00 hrs.')).toEqual(['--06-17']);
    expect(completeYear('--06-17', '2020-06-10')).toBe('2020-06-17');
    expect(completeYear('--01-15', '2020-12-10')).toBe('2021-01-15');
  });
});

describe('times', () => {
  it('reads times in words and digits', () => {
    const texto = 'siendo las once horas con cuatro minutos; a las 17:00 hrs.; las doce horas con cuarenta minutos; las trece horas';
    expect(findTimes(texto).map((h) => h.valor)).toEqual(['11:04', '17:00', '12:40', '13:00']);
  });

  it('ignores what is not a time of day', () => {
    expect(findTimes('las veinticinco horas')).toEqual([]);
    expect(findTimes('durante las horas hábiles')).toEqual([]);
  });
});
