import { describe, expect, it } from 'vitest';
import { CONJUNTO } from './conjuntos.ts';
import { AVISO_SINTETICO, writeJson } from './json.ts';

describe('JSON', () => {
  it('keeps exact typed values and metadata', () => {
    const conjunto = CONJUNTO.get('municipios')!;
    const texto = writeJson(conjunto, [{ cvegeo: '15001', cve_ent: '15', cve_mun: '001', nombre: '=x' }], {
      url: 'https://x/datos/municipios/',
      licencia: { nombre: 'L', url: 'https://l/' },
      actualizado: '2026-01-01',
    });
    const doc = JSON.parse(texto);
    expect(doc.filas[0]).toEqual({ cvegeo: '15001', cve_ent: '15', cve_mun: '001', nombre: '=x' });
    expect(doc.conjunto).toBe('municipios');
    expect(doc.sintetico).toBeUndefined();
    expect(texto.endsWith('\n')).toBe(true);
  });

  it('flags synthetic datasets with a visible notice', () => {
    const conjunto = { ...CONJUNTO.get('municipios')!, sintetico: true };
    const doc = JSON.parse(writeJson(conjunto, [], { url: 'u', licencia: { nombre: 'L', url: 'l' }, actualizado: '2026-01-01' }));
    expect(doc.sintetico).toBe(true);
    expect(doc.aviso).toBe(AVISO_SINTETICO);
  });
});
