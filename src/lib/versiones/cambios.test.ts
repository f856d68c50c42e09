import { describe, expect, it } from 'vitest';
import { changelog, describeKey, diffRows, summarise, versionsOf } from './cambios.ts';

const campos = ['id', 'estado', 'nota'];
const v1 = [
  { id: 'a', estado: 'pendiente', nota: null },
  { id: 'b', estado: 'pendiente', nota: 'x' },
];
const v2 = [
  { id: 'a', estado: 'cumplido', nota: 'listo' },
  { id: 'c', estado: 'pendiente', nota: null },
];

describe('versionsOf', () => {
  it('keeps the last commit of each day and only snapshots whose rows changed', () => {
    const versiones = versionsOf([
      { commit: 'c0', fecha: '2026-01-01', filas: [] },
      { commit: 'c1', fecha: '2026-01-02', filas: v1 },
      { commit: 'c2', fecha: '2026-01-03', filas: v1 },
      { commit: 'c3', fecha: '2026-01-04', filas: v1.slice(0, 1) },
      { commit: 'c4', fecha: '2026-01-04', filas: v2 },
    ]);
    expect(versiones.map((v) => [v.version, v.commit])).toEqual([
      ['2026-01-02', 'c1'],
      ['2026-01-04', 'c4'],
    ]);
  });
});

describe('diffRows', () => {
  it('counts rows added, changed (which fields) and removed by primary key', () => {
    expect(diffRows(v1, v2, campos, ['id'])).toEqual({
      agregadas: [{ id: 'c' }],
      modificadas: [{ clave: { id: 'a' }, campos: ['estado', 'nota'] }],
      eliminadas: [{ id: 'b' }],
    });
  });
  it('compares whole rows when there is no primary key', () => {
    const r = diffRows([{ m: 'x', n: 1 }], [{ m: 'x', n: 2 }], ['m', 'n'], []);
    expect(r).toEqual({ agregadas: [{ m: 'x', n: 2 }], modificadas: [], eliminadas: [{ m: 'x', n: 1 }] });
  });
  it('uses composite keys and words them', () => {
    const r = diffRows([{ acuerdo: 'x', orden: 1, e: 'a' }], [{ acuerdo: 'x', orden: 1, e: 'b' }], ['acuerdo', 'orden', 'e'], ['acuerdo', 'orden']);
    expect(r.modificadas).toEqual([{ clave: { acuerdo: 'x', orden: 1 }, campos: ['e'] }]);
    expect(describeKey(r.modificadas[0].clave)).toBe('acuerdo x, orden 1');
    expect(describeKey({ id: 'a' })).toBe('a');
    expect(summarise(r)).toBe('0 filas agregadas, 1 modificada, 0 eliminadas');
  });
});

describe('changelog', () => {
  it('lists the changes between consecutive versions, newest first', () => {
    const versiones = [
      { version: '2026-01-01', commit: 'a', filas: v1 },
      { version: '2026-01-02', commit: 'b', filas: v2 },
      { version: '2026-01-03', commit: 'c', filas: [...v2, { id: 'd', estado: 'pendiente', nota: null }] },
    ];
    const c = changelog(versiones, campos, ['id']);
    expect(c.map((x) => [x.desde, x.hasta, x.agregadas.length, x.modificadas.length, x.eliminadas.length])).toEqual([
      ['2026-01-02', '2026-01-03', 1, 0, 0],
      ['2026-01-01', '2026-01-02', 1, 1, 1],
    ]);
  });
});
