import { describe, expect, it } from 'vitest';
import { slugify } from '../slug.ts';
import { feminineOrdinal, sessionTitleFor } from './ordinales.ts';

describe('ordinals in the style of the minutes', () => {
  it.each([
    [1, 'Primera'],
    [3, 'Tercera'],
    [10, 'Décima'],
    [14, 'Décimo Cuarta'],
    [15, 'Décimo Quinta'],
    [16, 'Décimo Sexta'],
    [20, 'Vigésima'],
    [21, 'Vigésimo Primera'],
  ])('%i → %s', (n, texto) => expect(feminineOrdinal(n)).toBe(texto));

  it('composes session titles', () => {
    expect(sessionTitleFor('ordinaria', 16)).toBe('Décimo Sexta Sesión Ordinaria');
    expect(sessionTitleFor('extraordinaria', 1)).toBe('Primera Sesión Extraordinaria');
    expect(sessionTitleFor('instalacion')).toBe('Sesión de Instalación');
    expect(sessionTitleFor('reunion-de-trabajo')).toBe('Reunión de Trabajo');
  });
});

describe('slugify', () => {
  it('removes accents and punctuation', () => {
    expect(slugify('Estrategia de fortalecimiento a la Cultura de Gobierno Abierto')).toBe('estrategia-de-fortalecimiento-a-la-cultura-de-gobierno-abierto');
    expect(slugify('«Caravanas por la Justicia Cotidiana»')).toBe('caravanas-por-la-justicia-cotidiana');
    expect(slugify('Año: Niñez y Señal')).toBe('ano-ninez-y-senal');
  });
  it('cuts long text at a word boundary', () => {
    expect(slugify('uno dos tres cuatro', 12)).toBe('uno-dos-tres');
  });
});
