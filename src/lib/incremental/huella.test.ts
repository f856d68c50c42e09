import { describe, expect, it } from 'vitest';
import { fingerprint } from './huella.ts';

describe('fingerprint', () => {
  it('is the SHA-256 of the serialization, the same from one version of the code to the next', () => {
    // Keys of a previous build's pages are compared with these: a change here renders every page.
    expect(fingerprint('sesión', 1, [true, null], { b: undefined, a: new Map([['x', 2]]) })).toBe(
      '35a868c923d4861a12172198cabca0137c74b746b74da7bbc9f24a58c23e2a1e',
    );
  });

  it('is the same for equal values whatever the key order, and differs when any value differs', () => {
    expect(fingerprint({ a: 1, b: ['x', { c: true }] })).toBe(fingerprint({ b: ['x', { c: true }], a: 1 }));
    expect(fingerprint({ a: 1, b: ['x', { c: true }] })).not.toBe(fingerprint({ a: 1, b: ['x', { c: false }] }));
    expect(fingerprint(new Map([['k', [1, 2]]]))).toBe(fingerprint(new Map([['k', [1, 2]]])));
    expect(fingerprint(new Map([['k', [1, 2]]]))).not.toBe(fingerprint(new Map([['k', [2, 1]]])));
  });

  it('tells apart values that print alike', () => {
    const distintas = [
      fingerprint(undefined),
      fingerprint(null),
      fingerprint('null'),
      fingerprint(1),
      fingerprint('1'),
      fingerprint(true),
      fingerprint({ a: undefined }),
      fingerprint({}),
      fingerprint(['ab', 'c']),
      fingerprint(['a', 'bc']),
      fingerprint(new Date('2022-01-14T00:00:00Z')),
      fingerprint('2022-01-14T00:00:00.000Z'),
    ];
    expect(new Set(distintas).size).toBe(distintas.length);
    expect(fingerprint('a', 'b')).not.toBe(fingerprint('ab'));
  });

  it('accepts a value shared by two branches and refuses one that contains itself', () => {
    const compartido = { id: 'stl' };
    expect(() => fingerprint({ a: compartido, b: compartido })).not.toThrow();
    const ciclo: Record<string, unknown> = {};
    ciclo.yo = ciclo;
    expect(() => fingerprint(ciclo)).toThrow(/se contiene a sí mismo/);
  });
});

describe('fingerprint of bytes', () => {
  it('depends on the bytes of a view, not on the buffer around it', () => {
    const bytes = new Uint8Array([0, 200, 255, 7]);
    expect(fingerprint(bytes.subarray(1, 3))).toBe(fingerprint(new Uint8Array([200, 255])));
    expect(fingerprint(new Uint8Array([200, 255]))).not.toBe(fingerprint(new Uint8Array([200, 254])));
    expect(fingerprint(new Uint8Array([0x41]))).not.toBe(fingerprint('A'));
  });
});
