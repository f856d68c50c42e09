import { describe, expect, it } from 'vitest';
import { groupBy, neighbours } from './agrupar.ts';

describe('groupBy', () => {
  it('groups by a key, keeping order, and skips undefined keys', () => {
    const groups = groupBy(
      [
        { o: 'a', n: 1 },
        { o: 'b', n: 2 },
        { o: 'a', n: 3 },
        { o: undefined, n: 4 },
      ],
      (x) => x.o,
    );
    expect([...groups.entries()].map(([k, v]) => [k, v.map((x) => x.n)])).toEqual([
      ['a', [1, 3]],
      ['b', [2]],
    ]);
  });
  it('puts an item under each of several keys', () => {
    const groups = groupBy([{ ponentes: ['p1', 'p2'] }, { ponentes: ['p2'] }], (x) => x.ponentes);
    expect(groups.get('p2')).toHaveLength(2);
    expect(groups.get('p1')).toHaveLength(1);
  });
});

describe('neighbours', () => {
  it('links each item to the previous and next of its own group', () => {
    const n = neighbours([[{ id: 'a1' }, { id: 'a2' }, { id: 'a3' }], [{ id: 'b1' }]]);
    expect(n.get('a2')).toEqual({ anterior: { id: 'a1' }, siguiente: { id: 'a3' } });
    expect(n.get('a1')?.anterior).toBeUndefined();
    expect(n.get('b1')).toEqual({ anterior: undefined, siguiente: undefined });
  });
});
