/** Sensitivity: seeded, reproducible draws; stability shares; Kendall's τ-b between methods. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kendallTauB } from './kendall.js';
import { mulberry32 } from './random.js';
import { sensitivity } from './sensitivity.js';
import { makePenilaian, makeQuickWin } from './testing.js';
import type { ScoreInput } from './types.js';

/** Two criteria pulling in opposite directions, so small weight changes reorder proposals. */
function contested(): ScoreInput {
  const penilaian = makePenilaian({
    kriteria: [
      { id: 'dampak', nama: 'Dampak', jenis: 'benefit', bobot: 50 },
      { id: 'kemudahan', nama: 'Kemudahan', jenis: 'benefit', bobot: 50 },
    ],
  });
  const rows: Array<[string, number, number]> = [
    ['a', 5, 1],
    ['b', 4, 2.2],
    ['c', 3, 3.1],
    ['d', 2, 4.3],
    ['e', 1, 5],
    ['f', 1, 1],
  ];
  return {
    penilaian,
    quickwins: [...rows.map(([id, d, k]) => makeQuickWin(id, { skor: { dampak: d, kemudahan: k } })), makeQuickWin('g-draft')],
  };
}

describe('mulberry32', () => {
  it('matches the reference sequence for seed 0 and is reproducible', () => {
    // First outputs of the reference mulberry32 (Tommy Ettinger's C code, t = seed += 0x6D2B79F5)
    // for seed 0, as 32-bit integers: 1144304738, 1416247, 958946056.
    const r = mulberry32(0);
    expect([r(), r(), r()].map((x) => Math.round(x * 4294967296))).toEqual([1144304738, 1416247, 958946056]);
    const a = mulberry32(42);
    const b = mulberry32(42);
    for (let i = 0; i < 100; i++) expect(a()).toBe(b());
  });
});

describe('sensitivity', () => {
  it('same seed gives an identical result; another seed a different one', () => {
    const one = sensitivity(contested(), { seed: 1, draws: 300, spread: 0.3 });
    const again = sensitivity(contested(), { seed: 1, draws: 300, spread: 0.3 });
    const other = sensitivity(contested(), { seed: 2, draws: 300, spread: 0.3 });
    expect(JSON.stringify(again)).toBe(JSON.stringify(one));
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(one));
  });

  it('reports shares in [0, 1], rank ranges around the base rank, and fixed drafts', () => {
    const s = sensitivity(contested(), { seed: 3, draws: 200, spread: 0.3 });
    expect(s.draws).toBe(200);
    expect(s.quickwins.map((p) => p.rank)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    for (const p of s.quickwins) {
      expect(p.keepRank).toBeGreaterThanOrEqual(0);
      expect(p.keepRank).toBeLessThanOrEqual(1);
      expect(p.rankMin).toBeLessThanOrEqual(p.rank);
      expect(p.rankMax).toBeGreaterThanOrEqual(p.rank);
    }
    // f is dominated by everyone: always last among the scored.
    expect(s.quickwins.find((p) => p.id === 'f')).toMatchObject({ keepRank: 1, rankMin: 6, rankMax: 6, selectedShare: 0 });
    expect(s.quickwins.find((p) => p.id === 'g-draft')).toMatchObject({ rank: 7, keepRank: 1, selectedShare: 0 });
    // All in one dimension with per_dimensi 1: exactly one selection per draw.
    const total = s.quickwins.reduce((acc, p) => acc + p.selectedShare, 0);
    expect(total).toBeCloseTo(1, 12);
    // The contested middle moves.
    expect(s.quickwins.some((p) => p.keepRank < 1)).toBe(true);
  });

  it('zero spread keeps every rank', () => {
    const s = sensitivity(contested(), { seed: 9, draws: 50, spread: 0 });
    for (const p of s.quickwins) expect(p.keepRank).toBe(1);
  });

  it('reports Kendall τ-b for each pair of methods', () => {
    const s = sensitivity(contested(), { seed: 1, draws: 10 });
    expect(s.agreement.map((a) => `${a.a}-${a.b}`)).toEqual(['saw-wp', 'saw-topsis', 'wp-topsis']);
    for (const a of s.agreement) {
      expect(a.tau).not.toBeNull();
      expect(Math.abs(a.tau ?? 2)).toBeLessThanOrEqual(1);
    }
  });
});

describe('kendallTauB', () => {
  it('reproduces the scipy.stats.kendalltau documentation example (τ-b with ties)', () => {
    // SciPy reference, scipy.stats.kendalltau: x = [12, 2, 1, 12, 2], y = [1, 4, 7, 1, 0]
    // gives statistic -0.47140452079103173.
    expect(kendallTauB([12, 2, 1, 12, 2], [1, 4, 7, 1, 0])).toBeCloseTo(-0.47140452079103173, 14);
  });

  it('is 1 for identical orders, −1 for reversed, null when undefined', () => {
    expect(kendallTauB([1, 2, 3], [10, 20, 30])).toBe(1);
    expect(kendallTauB([1, 2, 3], [3, 2, 1])).toBe(-1);
    expect(kendallTauB([1], [1])).toBeNull();
    expect(kendallTauB([2, 2, 2], [1, 2, 3])).toBeNull();
  });

  it('equals the O(n²) definition on random data with ties', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 4 })), { minLength: 2, maxLength: 40 }),
        (pairs) => {
          const x = pairs.map((p) => p[0]);
          const y = pairs.map((p) => p[1]);
          let s = 0;
          let tx = 0;
          let ty = 0;
          let n0 = 0;
          for (let i = 0; i < x.length; i++) {
            for (let j = i + 1; j < x.length; j++) {
              n0++;
              const dx = Math.sign((x[i] ?? 0) - (x[j] ?? 0));
              const dy = Math.sign((y[i] ?? 0) - (y[j] ?? 0));
              s += dx * dy;
              if (dx === 0) tx++;
              if (dy === 0) ty++;
            }
          }
          const den = Math.sqrt((n0 - tx) * (n0 - ty));
          const expected = den > 0 ? s / den : null;
          const got = kendallTauB(x, y);
          if (expected === null) expect(got).toBeNull();
          else expect(got).toBeCloseTo(expected, 12);
        },
      ),
    );
  });
});
