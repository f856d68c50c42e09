import { describe, expect, it } from 'vitest';
import { loadSurveys } from '../encuestas/cargar.ts';
import { surveyDatasets, surveyDatasetSlug } from './encuestas.ts';
import { CONJUNTOS } from './conjuntos.ts';
import { checkDeclarations } from './verificar.ts';

describe('survey tables in the dataset registry', () => {
  const conjuntos = surveyDatasets(loadSurveys());

  it('publishes every table of every survey, keeping the synthetic flag', () => {
    const slugs = conjuntos.map((c) => c.slug);
    expect(slugs).toContain(surveyDatasetSlug('revision-ciudadana-apertura-municipal-2022', 'participacion'));
    expect(slugs).toContain(surveyDatasetSlug('revision-ciudadana-apertura-municipal-2022-demostracion', 'resultados'));
    const demo = conjuntos.filter((c) => c.slug.includes('-demostracion-'));
    expect(demo.length).toBeGreaterThan(0);
    expect(demo.every((c) => c.sintetico)).toBe(true);
    expect(conjuntos.filter((c) => !c.slug.includes('-demostracion-')).every((c) => !c.sintetico)).toBe(true);
  });

  it('declares fields the dataset checks accept', () => {
    expect(checkDeclarations([...CONJUNTOS, ...conjuntos])).toEqual([]);
  });

  it('gives descriptions long enough for schema.org (50 characters or more)', () => {
    for (const c of conjuntos) expect(c.descripcion.length, c.slug).toBeGreaterThanOrEqual(50);
  });
});
