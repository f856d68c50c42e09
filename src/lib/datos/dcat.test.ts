import { describe, expect, it } from 'vitest';
import { CONJUNTOS } from './conjuntos.ts';
import { contextoDePrueba, testContent } from './contenido-de-prueba.ts';
import { buildDataJson, buildDcatAp } from './dcat.ts';
import { publish } from './generar.ts';

const absoluta = (url: string) => /^https:\/\/datos\.ejemplo\.mx\/base\//.test(url);

describe('DCAT', () => {
  const pub = publish(testContent(), contextoDePrueba);

  it('DCAT-AP: a catalogue with every dataset and absolute distributions with size and checksum', () => {
    const cat = buildDcatAp(pub.conjuntos, contextoDePrueba) as { '@type': string; 'dcat:dataset': Record<string, any>[] };
    expect(cat['@type']).toBe('dcat:Catalog');
    expect(cat['dcat:dataset']).toHaveLength(CONJUNTOS.length);
    for (const d of cat['dcat:dataset']) {
      expect(d['dct:title']['@value']).toBeTruthy();
      expect(d['dct:description']['@value'].length).toBeGreaterThan(50);
      for (const dist of d['dcat:distribution']) {
        expect(absoluta(dist['dcat:downloadURL']['@id'])).toBe(true);
        expect(absoluta(dist['dcat:accessURL']['@id'])).toBe(true);
        expect(dist['spdx:checksum']['spdx:checksumValue']['@value']).toMatch(/^[0-9a-f]{64}$/);
      }
    }
    const sesiones = cat['dcat:dataset'].find((d) => d['@id'].endsWith('/datos/sesiones/'))!;
    expect(sesiones['dct:temporal']['dcat:startDate']['@value']).toBe('2020-06-10');
  });

  it('DCAT-US 1.1: the fields data.json requires', () => {
    const dj = buildDataJson(pub.conjuntos, contextoDePrueba) as { conformsTo: string; dataset: Record<string, any>[] };
    expect(dj.conformsTo).toBe('https://project-open-data.cio.gov/v1.1/schema');
    for (const d of dj.dataset) {
      for (const campo of ['title', 'description', 'keyword', 'modified', 'publisher', 'contactPoint', 'identifier', 'accessLevel'])
        expect(d[campo], campo).toBeTruthy();
      expect(d.modified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const dist of d.distribution) expect(absoluta(dist.downloadURL)).toBe(true);
    }
  });
});
