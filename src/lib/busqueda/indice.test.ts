import { describe, expect, test } from 'vitest';
import { FECHA_DESCONOCIDA, searchFacts } from './indice.ts';

describe('searchFacts', () => {
  test('a dated record: its year, its date shown and sorted', () => {
    expect(searchFacts({ tipo: 'Acuerdo', organos: ['Secretariado Técnico Local'], organoVisible: 'STL', fecha: '2022-12-16' })).toEqual({
      filtros: { tipo: ['Acuerdo'], organo: ['Secretariado Técnico Local'], anio: ['2022'] },
      meta: { tipo: 'Acuerdo', organo: 'STL', fecha: '16 de diciembre de 2022' },
      orden: { fecha: '2022-12-16' },
    });
  });

  test('agreements of one status: the status is a facet', () => {
    expect(searchFacts({ tipo: 'Acuerdo', fechasDeActividad: ['2022-12-16'], estados: ['Cumplido', 'Cumplido'] }).filtros).toEqual({
      tipo: ['Acuerdo'],
      anio: ['2022'],
      estado: ['Cumplido'],
    });
  });

  test('a record dated by its activity: every year it was active, the latest date shown and sorted', () => {
    const hechos = searchFacts({
      tipo: 'Compromiso',
      organos: ['STL', undefined, 'STL'],
      fechasDeActividad: ['2021-10-28', '2022-12-16', '2020-04-02'],
      etiquetaDeActividad: 'último avance',
      ejes: ['Cultura de Gobierno Abierto', undefined],
      municipios: ['Jocotitlán', ' '],
    });
    expect(hechos.filtros).toEqual({
      tipo: ['Compromiso'],
      organo: ['STL'],
      anio: ['2020', '2021', '2022'],
      eje: ['Cultura de Gobierno Abierto'],
      municipio: ['Jocotitlán'],
    });
    expect(hechos.meta).toEqual({ tipo: 'Compromiso', organo: 'STL', fecha: 'último avance: 16 de diciembre de 2022' });
    expect(hechos.orden).toEqual({ fecha: '2022-12-16' });
  });

  test('a record with no date still gets a sort key, so sorting by date never hides it', () => {
    const hechos = searchFacts({ tipo: 'Persona' });
    expect(hechos).toEqual({ filtros: { tipo: ['Persona'] }, meta: { tipo: 'Persona' }, orden: { fecha: FECHA_DESCONOCIDA } });
  });
});
