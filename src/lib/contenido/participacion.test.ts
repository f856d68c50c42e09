import { describe, expect, it } from 'vitest';
import type { Indices } from './ensamblar.ts';
import { participationSummary, SIN_PARTICIPACION_REGISTRADA } from './participacion.ts';

type Relaciones = Parameters<typeof participationSummary>[0];
const vacio = (): Relaciones => ({
  asistenciaPorPersona: new Map(),
  avancesPorPersona: new Map(),
  eventosPorPersona: new Map(),
  convocadasPorPersona: new Map(),
});
const asistencia = (cargo: string) => ({ asistente: { persona: 'x', cargo } }) as Indices['asistenciaPorPersona'] extends Map<string, (infer T)[]> ? T : never;

describe('participationSummary', () => {
  it('gives the latest post and the sessions attended', () => {
    const indices = vacio();
    indices.asistenciaPorPersona.set('ana', [asistencia('Secretaria'), asistencia('Comisionada')]);
    expect(participationSummary(indices, 'ana')).toBe('Comisionada · 2 sesiones');
  });

  it('names the other recorded parts when there is no attendance', () => {
    const indices = vacio();
    indices.eventosPorPersona.set('luis', [{}, {}] as never);
    indices.avancesPorPersona.set('luis', [{}] as never);
    expect(participationSummary(indices, 'luis')).toBe('Presentó un avance · ponente en 2 actividades');
  });

  it('says no attendance is recorded for someone only named in an agenda item', () => {
    expect(participationSummary(vacio(), 'ricardo')).toBe(SIN_PARTICIPACION_REGISTRADA);
    expect(SIN_PARTICIPACION_REGISTRADA).not.toMatch(/particip/i);
  });
});
