import { describe, expect, it } from 'vitest';
import { phaseProgress, planProgress } from './plan.ts';
import type { FaseDeCompromiso } from '../../schemas/compromiso.ts';

const k = (estado: string, tipo: string, eje?: string) => ({ data: { estado, tipo, eje, fases: [] } });

describe('planProgress', () => {
  it('counts commitments by state (all states listed), type and axis (no axis last)', () => {
    const p = planProgress([
      k('en-implementacion', 'cocreado', 'Justicia'),
      k('concluido', 'cocreado', 'Apertura'),
      k('en-implementacion', 'proactivo'),
      k('en-implementacion', 'cocreado', 'Justicia'),
    ]);
    expect(p.total).toBe(4);
    expect(p.porEstado.map((e) => [e.clave, e.total, e.porcentaje])).toEqual([
      ['en-diseno', 0, 0],
      ['en-implementacion', 3, 75],
      ['concluido', 1, 25],
      ['cancelado', 0, 0],
    ]);
    expect(p.porTipo.map((e) => [e.clave, e.total])).toEqual([
      ['cocreado', 3],
      ['proactivo', 1],
    ]);
    expect(p.porEje.map((e) => [e.clave, e.total])).toEqual([
      ['Apertura', 1],
      ['Justicia', 2],
      ['sin-eje', 1],
    ]);
  });
});

describe('phaseProgress', () => {
  it('counts only phases declared concluded, of five', () => {
    expect(
      phaseProgress([
        { fase: 'propuesta', estado: 'concluida' },
        { fase: 'arbol-de-problemas', estado: 'en-proceso' },
        { fase: 'hoja-de-ruta', estado: 'concluida' },
      ] as FaseDeCompromiso[]),
    ).toEqual({ concluidas: 2, total: 5, porcentaje: 40 });
  });
});
