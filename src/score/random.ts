/** A small seeded PRNG (mulberry32) so sensitivity draws are reproducible; no Math.random. */

/**
 * mulberry32 by Tommy Ettinger: a 32-bit state, period 2^32, good enough statistical quality for
 * Monte-Carlo weight perturbation and identical on every platform.
 * @param seed any number; its unsigned 32-bit value is used (NaN counts as 0)
 * @returns a function giving uniform numbers in [0, 1)
 */
export function mulberry32(seed: number): () => number {
  let a = Number.isFinite(seed) ? Math.trunc(seed) >>> 0 : 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
