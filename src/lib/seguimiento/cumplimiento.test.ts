import { describe, expect, it } from 'vitest';
import { addMonths, gapsBetweenSessions, longGaps, staleAgreements, yearlyCompliance } from './cumplimiento.ts';

const s = (id: string, fecha: string, estado: 'celebrada' | 'programada' | 'cancelada' = 'celebrada') => ({ id, fecha, estado });

describe('addMonths', () => {
  it('adds calendar months, clamping to the end of shorter months', () => {
    expect(addMonths('2020-08-31', 6)).toBe('2021-02-28');
    expect(addMonths('2019-11-11', 6)).toBe('2020-05-11');
  });
});

describe('longGaps', () => {
  it('flags only gaps of more than six months between held sessions', () => {
    const sesiones = [s('a', '2019-11-11'), s('b', '2020-05-11'), s('x', '2020-09-01', 'cancelada'), s('c', '2020-11-12')];
    expect(longGaps(sesiones)).toEqual([{ desde: '2020-05-11', hasta: '2020-11-12', sesionAnterior: 'b', sesionSiguiente: 'c', dias: 185 }]);
  });
});

describe('gapsBetweenSessions', () => {
  it('does not count a gap across sessions the numbering shows were held but are not recorded', () => {
    const o = (id: string, fecha: string, numero: number) => ({ ...s(id, fecha), tipo: 'ordinaria', numero });
    const sesiones = [o('cuarta', '2020-11-03', 4), s('trabajo', '2020-12-01'), o('decimo-cuarta', '2022-11-08', 14)];
    expect(gapsBetweenSessions(sesiones)).toEqual([
      { desde: '2020-12-01', hasta: '2022-11-08', sesionAnterior: 'trabajo', sesionSiguiente: 'decimo-cuarta', dias: 707, sesionesSinRegistro: 9 },
    ]);
    expect(longGaps(sesiones)).toEqual([]);
  });
});

describe('yearlyCompliance', () => {
  it('counts held against planned per year, leaving planned unknown where no calendar exists', () => {
    const sesiones = [s('a', '2022-02-01'), s('b', '2022-12-16'), s('c', '2023-03-01')];
    const calendario = [
      { anio: 2023, estado: 'celebrada' as const },
      { anio: 2023, estado: 'programada' as const },
      { anio: 2024, estado: 'cancelada' as const },
    ];
    expect(yearlyCompliance(sesiones, calendario)).toEqual([
      { anio: 2022, programadas: undefined, programadasCelebradas: undefined, celebradas: 2, intervalosLargos: 1 },
      { anio: 2023, programadas: 2, programadasCelebradas: 1, celebradas: 1, intervalosLargos: 0 },
      { anio: 2024, programadas: 1, programadasCelebradas: 0, celebradas: 0, intervalosLargos: 0 },
    ]);
  });
});

describe('staleAgreements', () => {
  it('counts from the latest report, or from adoption, and skips settled agreements', () => {
    const acuerdos = [
      { id: 'a', fecha: '2022-01-01', estadoAlDia: 'sin-seguimiento' as const, historial: [] },
      { id: 'b', fecha: '2022-01-01', estadoAlDia: 'en-proceso' as const, historial: [{ fecha: '2022-06-01' }] },
      { id: 'c', fecha: '2020-01-01', estadoAlDia: 'cumplido' as const, historial: [{ fecha: '2020-02-01' }] },
    ];
    expect(staleAgreements(acuerdos, '2022-07-01', 100).map((x) => [x.acuerdo.id, x.desde, x.dias])).toEqual([['a', '2022-01-01', 181]]);
    expect(staleAgreements(acuerdos, '2022-07-01', 20).map((x) => x.acuerdo.id)).toEqual(['a', 'b']);
  });
});
