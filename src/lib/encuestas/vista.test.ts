import { describe, expect, test } from 'vitest';
import sitio from '../../../sitio.config.ts';
import { loadSurveys } from './cargar.ts';
import {
  indexedMunicipalities,
  municipalityNames,
  participationMap,
  percentageOf,
  publishedMunicipalities,
  questionsByDimension,
  withDemonstrations,
  type EncuestaEnVista,
} from './vista.ts';

const nombres = municipalityNames([
  { cvegeo: '15048', cve_mun: '048', nombre: 'Jocotitlán' },
  { cvegeo: '15106', cve_mun: '106', nombre: 'Toluca' },
  { cvegeo: '15001', cve_mun: '001', nombre: 'Acambay de Ruíz Castañeda' },
]);

const conocida: EncuestaEnVista = {
  id: 'consulta',
  k: 5,
  encuesta: {
    sintetico: false,
    participacion_conocida: {
      respuestas: 40,
      unidad: 'aportaciones',
      municipios: [{ cvegeo: '15106' }, { cvegeo: '15048', como_aparece: 'Jocotitlan' }],
    },
  },
};

const conRespuestas: EncuestaEnVista = {
  id: 'sintetica',
  k: 5,
  encuesta: { sintetico: true, demostracion_de: 'consulta' },
  resultados: {
    k: 5,
    respuestas: 52,
    suprimido: false,
    sinMunicipio: { n: 0, suprimido: false },
    municipios: [
      { cvegeo: '15106', nombre: 'Toluca', respuestas: 40, suprimido: false },
      { cvegeo: '15048', nombre: 'Jocotitlán', respuestas: 9, suprimido: false },
      { cvegeo: '15001', nombre: 'Acambay de Ruíz Castañeda', respuestas: null, suprimido: true, motivo: 'menos-de-k' },
    ],
    publicables: ['15106', '15048'],
    conK: 2,
    preguntas: [],
    dimensiones: [],
  },
};

describe('participationMap', () => {
  const opciones = { nombres, municipiosEnElMapa: 125, colorDestacado: '#123456' };

  test('a survey known from a document highlights the named municipalities in the given colour', () => {
    const mapa = participationMap(conocida, opciones);
    expect(mapa.titulo).toBe('Municipios participantes');
    expect(mapa.clases.map((c) => [c.clave, c.color])).toEqual([
      ['no', '#ffffff'],
      ['si', '#123456'],
    ]);
    expect(mapa.claseDe).toEqual({ '15106': 'si', '15048': 'si' });
    expect(mapa.tabla.filas).toEqual([
      ['Jocotitlán', '15048', 'Jocotitlan'],
      ['Toluca', '15106', ''],
    ]);
    expect(mapa.descripcion).toBe('Mapa de los 125 municipios del Estado de México en el que se destacan los 2 que el acta nombra como participantes.');
  });

  test('a survey with responses classes each municipality and never shows a suppressed figure', () => {
    const mapa = participationMap(conRespuestas, { ...opciones, municipiosEnElMapa: 3 });
    expect(mapa.titulo).toBe('Respuestas por municipio (datos sintéticos)');
    expect(mapa.claseDe['15001']).toBe('suprimida');
    expect(mapa.claseDe['15106']).not.toBe(mapa.claseDe['15048']);
    expect(mapa.textoDe).toEqual({ '15106': '40 respuestas', '15048': '9 respuestas', '15001': 'menos de 5 respuestas' });
    expect(mapa.tabla.filas.map((f) => f[2])).toEqual(['menos de 5 respuestas', '9', '40']);
    expect(mapa.descripcion).toMatch(/^Mapa de los 3 municipios del Estado de México coloreados/);
  });

  test('the site passes the number of municipalities its map draws and its primary colour', () => {
    const { encuestas, mapa, municipios } = loadSurveys();
    expect(mapa.formas).toHaveLength(municipios.length);
    const documental = encuestas.find((e) => e.encuesta.participacion_conocida);
    expect(documental).toBeDefined();
    const vista = participationMap(documental!, {
      nombres: municipalityNames(municipios),
      municipiosEnElMapa: mapa.formas.length,
      colorDestacado: sitio.colores.primario,
    });
    expect(vista.descripcion).toContain(`Mapa de los ${municipios.length} municipios`);
    expect(vista.clases.at(-1)?.color).toBe(sitio.colores.primario);
  });
});

describe('municipality lists', () => {
  test('the index gets the names of the named or published municipalities', () => {
    expect(indexedMunicipalities(conocida, nombres)).toEqual(['Toluca', 'Jocotitlán']);
    expect(indexedMunicipalities(conRespuestas, nombres)).toEqual(['Toluca', 'Jocotitlán']);
    expect(indexedMunicipalities({ ...conRespuestas, resultados: undefined }, nombres)).toEqual([]);
  });

  test('published municipalities are sorted by name in Spanish, a key without a name shows the key', () => {
    expect(publishedMunicipalities({ publicables: ['15106', '15048', '15999'] }, nombres)).toEqual([
      { cvegeo: '15999', nombre: '15999' },
      { cvegeo: '15048', nombre: 'Jocotitlán' },
      { cvegeo: '15106', nombre: 'Toluca' },
    ]);
    expect(publishedMunicipalities(undefined, nombres)).toEqual([]);
  });
});

describe('questionsByDimension', () => {
  test('groups questions by dimension, keeping their order', () => {
    const grupos = questionsByDimension([
      { id: 'p1', dimension: 'a' },
      { id: 'p2', dimension: 'b' },
      { id: 'p3', dimension: 'a' },
    ]);
    expect([...grupos].map(([d, ps]) => [d, ps.map((p) => p.id)])).toEqual([
      ['a', ['p1', 'p3']],
      ['b', ['p2']],
    ]);
  });
});

describe('withDemonstrations', () => {
  test('links each real survey with its demonstrations and back', () => {
    const [real, demostracion] = withDemonstrations([conocida, conRespuestas]);
    expect(real).toEqual({ encuesta: conocida, real: undefined, demostraciones: [conRespuestas] });
    expect(demostracion).toEqual({ encuesta: conRespuestas, real: conocida, demostraciones: [] });
  });
});

test('percentageOf gives one decimal', () => {
  expect(percentageOf(1, 3)).toBe('33.3 %');
  expect(percentageOf(125, 125)).toBe('100 %');
});
