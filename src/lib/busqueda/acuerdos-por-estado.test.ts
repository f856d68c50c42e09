import { describe, expect, it } from 'vitest';
import { groupByStatus } from './acuerdos-por-estado.ts';

describe('groupByStatus', () => {
  it('puts each agreement in the group of its status, in the dashboards’ order, keeping the given order', () => {
    const acuerdos = [
      { id: 'a', estadoAlDia: 'cumplido' as const },
      { id: 'b', estadoAlDia: 'vencido' as const },
      { id: 'c', estadoAlDia: 'cumplido' as const },
      { id: 'd', estadoAlDia: 'pendiente' as const },
    ];
    expect(groupByStatus(acuerdos).map((g) => [g.estado, g.acuerdos.map((a) => a.id)])).toEqual([
      ['pendiente', ['d']],
      ['vencido', ['b']],
      ['cumplido', ['a', 'c']],
    ]);
  });

  it('has no group for a status no agreement has', () => {
    expect(groupByStatus([])).toEqual([]);
  });
});
