import { describe, expect, it } from 'vitest';
import type { AcuerdoConEstado } from './ensamblar.ts';
import { listsByStatus } from './listas-por-estado.ts';

const acuerdo = (id: string, estadoAlDia: AcuerdoConEstado['estadoAlDia']) => ({ id, estadoAlDia }) as AcuerdoConEstado;

describe('listsByStatus', () => {
  const acuerdos = [acuerdo('a', 'cumplido'), acuerdo('b', 'vencido'), acuerdo('c', 'cumplido'), acuerdo('d', 'sin-seguimiento'), acuerdo('e', 'vencido')];

  it('gives one list per status present, in the dashboards order, newest first', () => {
    const listas = listsByStatus(acuerdos, 100);
    expect(listas.map((l) => [l.estado, l.cuantos])).toEqual([
      ['vencido', 2],
      ['sin-seguimiento', 1],
      ['cumplido', 2],
    ]);
    expect(listas[0].paginas[0].elementos.map((a) => a.id)).toEqual(['e', 'b']);
  });

  it('paginates each list on its own', () => {
    const [vencidos] = listsByStatus(acuerdos, 1);
    expect(vencidos.paginas.map((p) => [p.numero, p.total, p.elementos[0].id])).toEqual([
      [1, 2, 'e'],
      [2, 2, 'b'],
    ]);
  });
});
