import { describe, expect, it } from 'vitest';
import { ReleaseInOrder } from './en-orden.ts';

describe('ReleaseInOrder', () => {
  it('releases values in the order their jobs started, whatever order they finish in', () => {
    const released: string[] = [];
    const order = new ReleaseInOrder<string>((v) => released.push(v));
    const [a, b, c, d] = [order.take(), order.take(), order.take(), order.take()];
    order.deliver(c, 'c');
    order.deliver(b, 'b');
    expect(released).toEqual([]);
    order.deliver(a, 'a');
    expect(released).toEqual(['a', 'b', 'c']);
    order.deliver(d, 'd');
    expect(released).toEqual(['a', 'b', 'c', 'd']);
  });

  it('gives the same sequence for every finishing order', () => {
    const finishings = [
      [0, 1, 2, 3, 4],
      [4, 3, 2, 1, 0],
      [2, 0, 4, 1, 3],
    ];
    const results = finishings.map((finishing) => {
      const released: (number | undefined)[] = [];
      const order = new ReleaseInOrder<number | undefined>((v) => released.push(v));
      const tickets = [0, 1, 2, 3, 4].map(() => order.take());
      // A job with nothing to give delivers `undefined`; it still keeps its place.
      for (const i of finishing) order.deliver(tickets[i], i === 2 ? undefined : i * 10);
      return released;
    });
    expect(results).toEqual([
      [0, 10, undefined, 30, 40],
      [0, 10, undefined, 30, 40],
      [0, 10, undefined, 30, 40],
    ]);
  });

  it('refuses a ticket it never gave or one delivered twice', () => {
    const order = new ReleaseInOrder<number>(() => {});
    const a = order.take();
    order.deliver(a, 1);
    expect(() => order.deliver(a, 1)).toThrow(/no válido/);
    expect(() => order.deliver(7, 1)).toThrow(/no válido/);
  });
});
