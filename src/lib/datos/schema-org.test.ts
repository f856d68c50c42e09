import { describe, expect, it } from 'vitest';
import { contextoDePrueba, testContent } from './contenido-de-prueba.ts';
import { publish } from './generar.ts';
import { buildDatasetJsonLd } from './schema-org.ts';

describe('schema.org Dataset', () => {
  const pub = publish(testContent(), contextoDePrueba);

  it('has the properties Dataset Search reads', () => {
    const ld = buildDatasetJsonLd(pub.conjunto.get('sesiones')!, contextoDePrueba) as Record<string, any>;
    expect(ld['@type']).toBe('Dataset');
    expect(ld.description.length).toBeGreaterThanOrEqual(50);
    expect(ld.license).toBe('https://datos.gob.mx/libreusomx');
    expect(ld.creator.name).toBe('Instituto de prueba');
    expect(ld.temporalCoverage).toBe('2020-06-10/2022-12-16');
    expect(ld.spatialCoverage.name).toMatch(/Estado de México/);
    expect(ld.distribution.map((d: any) => d.encodingFormat)).toEqual(['text/csv', 'application/json']);
    expect(ld.distribution[0].contentUrl).toBe('https://datos.ejemplo.mx/base/datos/sesiones.csv');
  });

  it('uses the dataset licence when it has its own', () => {
    expect((buildDatasetJsonLd(pub.conjunto.get('municipios')!, contextoDePrueba) as any).license).toMatch(/inegi/);
  });
});
