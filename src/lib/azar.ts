/**
 * Seeded pseudo-random numbers for the synthetic data generators: the same seed always gives the
 * same sequence, so generated corpora and demonstration surveys are reproducible byte for byte.
 */

/** mulberry32: small, fast and good enough for test data (not for anything secret). */
export function prng(semilla: number): () => number {
  let a = semilla >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
