/** Properties of the methods and the ranking for arbitrary inputs (fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { QuickWinData } from '../schema/quickwin.js';
import type { DecisionMatrix } from './matrix.js';
import { scoreMatrix } from './methods.js';
import { rankQuickWins } from './rank.js';
import { makePenilaian, makeQuickWin, nonFinitePaths, testContext } from './testing.js';
import { METHODS, type Method, type QuickWinEntry } from './types.js';

const method = fc.constantFrom<Method>(...METHODS);

/** A decision matrix of 1–12 rows and 1–6 columns with values that include zeros and negatives. */
const matrixArb = fc
  .record({ m: fc.integer({ min: 1, max: 12 }), n: fc.integer({ min: 1, max: 6 }) })
  .chain(({ m, n }) =>
    fc.record({
      values: fc.array(
        fc.oneof(
          fc.constant(0),
          fc.integer({ min: -5, max: 5 }),
          fc.double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true }),
        ),
        { minLength: m * n, maxLength: m * n },
      ),
      benefit: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
      weights: fc.array(fc.double({ min: 1e-6, max: 1e6, noNaN: true }), { minLength: n, maxLength: n }),
      m: fc.constant(m),
      n: fc.constant(n),
    }),
  );

function toMatrix(x: { m: number; n: number; values: number[]; benefit: boolean[] }): DecisionMatrix {
  return {
    m: x.m,
    n: x.n,
    values: Float64Array.from(x.values),
    benefit: Uint8Array.from(x.benefit, (b) => (b ? 1 : 0)),
  };
}

function normalise(w: number[]): number[] {
  const s = w.reduce((a, b) => a + b, 0);
  return w.map((v) => v / s);
}

/** Quick wins with scores on 1–5 (sometimes missing), budgets including 0, any dimension. */
const quickwinsArb = fc.uniqueArray(
  fc.record({
    id: fc.stringMatching(/^[a-z][a-z0-9]{0,6}$/),
    dampak: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
    urgensi: fc.option(fc.double({ min: 1, max: 5, noNaN: true }), { nil: undefined }),
    nilai: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 5_000_000_000 })),
    durasi: fc.integer({ min: 1, max: 24 }),
    dimensi: fc.constantFrom<QuickWinData['dimensi']>('governance', 'living', 'economy'),
  }),
  { minLength: 0, maxLength: 10, selector: (q) => q.id },
);

function entries(qs: ReadonlyArray<{ id: string; dampak?: number; urgensi?: number; nilai: number; durasi: number; dimensi: QuickWinData['dimensi'] }>): QuickWinEntry[] {
  return qs.map((q) => {
    const skor: Record<string, number> = {};
    if (q.dampak !== undefined) skor['dampak'] = q.dampak;
    if (q.urgensi !== undefined) skor['urgensi'] = q.urgensi;
    return makeQuickWin(q.id, {
      ...(Object.keys(skor).length > 0 ? { skor } : {}),
      anggaran: { nilai: q.nilai, sumber: 'APBD' },
      durasi_bulan: q.durasi,
      dimensi: q.dimensi,
    });
  });
}

const penilaian = (metode: Method, w: [number, number, number]) =>
  makePenilaian({
    metode,
    kriteria: [
      { id: 'dampak', nama: 'Dampak', jenis: 'benefit', bobot: w[0] },
      { id: 'urgensi', nama: 'Urgensi', jenis: 'benefit', bobot: w[1] },
      { id: 'anggaran', nama: 'Anggaran', jenis: 'cost', bobot: w[2], dari: 'anggaran' },
    ],
  });

const weightsArb = fc.tuple(
  fc.double({ min: 0.01, max: 100, noNaN: true }),
  fc.double({ min: 0.01, max: 100, noNaN: true }),
  fc.double({ min: 0.01, max: 100, noNaN: true }),
);

describe('method properties', () => {
  it('scores are finite; SAW and TOPSIS lie in [0, 1]; WP scores sum to 1', () => {
    fc.assert(
      fc.property(matrixArb, method, (x, meth) => {
        const { scores, prepared } = scoreMatrix(meth, toMatrix(x), normalise(x.weights));
        expect(nonFinitePaths(Array.from(scores))).toEqual([]);
        expect(nonFinitePaths(Array.from(prepared.normalised))).toEqual([]);
        for (const s of scores) {
          expect(s).toBeGreaterThanOrEqual(-1e-12);
          expect(s).toBeLessThanOrEqual(1 + 1e-12);
        }
        if (meth === 'wp') expect(scores.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
      }),
      { numRuns: 300 },
    );
  });

  it('scaling every weight by a positive constant changes no score', () => {
    fc.assert(
      fc.property(matrixArb, method, fc.double({ min: 1e-3, max: 1e3, noNaN: true }), (x, meth, k) => {
        const a = scoreMatrix(meth, toMatrix(x), normalise(x.weights)).scores;
        const b = scoreMatrix(meth, toMatrix(x), normalise(x.weights.map((w) => w * k))).scores;
        a.forEach((s, i) => expect(Math.abs(s - (b[i] ?? 0))).toBeLessThanOrEqual(1e-9));
      }),
      { numRuns: 200 },
    );
  });
});

describe('ranking properties', () => {
  it('a permutation of the proposals gives the identical ranking', () => {
    fc.assert(
      fc.property(quickwinsArb, method, weightsArb, fc.integer(), (qs, meth, w, seed) => {
        const list = entries(qs);
        const shuffled = [...list].sort((x, y) => ((hash(x.id) ^ seed) >>> 0) - ((hash(y.id) ^ seed) >>> 0));
        const one = rankQuickWins({ penilaian: penilaian(meth, w), quickwins: list }, testContext());
        const two = rankQuickWins({ penilaian: penilaian(meth, w), quickwins: shuffled }, testContext());
        expect(JSON.stringify(two)).toBe(JSON.stringify(one));
      }),
      { numRuns: 150 },
    );
  });

  it('scaling every bobot keeps scores (within 1e-9) and the order of clearly separated proposals', () => {
    fc.assert(
      fc.property(quickwinsArb, method, weightsArb, fc.double({ min: 1e-3, max: 1e3, noNaN: true }), (qs, meth, w, k) => {
        const list = entries(qs);
        const one = rankQuickWins({ penilaian: penilaian(meth, w), quickwins: list }, testContext());
        const two = rankQuickWins(
          { penilaian: penilaian(meth, [w[0] * k, w[1] * k, w[2] * k]), quickwins: list },
          testContext(),
        );
        const score = new Map(two.quickwins.map((p) => [p.id, p.score]));
        one.quickwins.forEach((p) => expect(Math.abs(p.score - (score.get(p.id) ?? NaN))).toBeLessThanOrEqual(1e-9));
        const rank = new Map(two.quickwins.map((p) => [p.id, p.rank]));
        for (const a of one.quickwins) {
          for (const b of one.quickwins) {
            if (a.scored && b.scored && a.score - b.score > 1e-6) {
              expect(rank.get(a.id) ?? 0).toBeLessThan(rank.get(b.id) ?? 0);
            }
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it('no NaN or Infinity anywhere in the Ranking, sensitivity included, for inputs with zeros and gaps', () => {
    fc.assert(
      fc.property(quickwinsArb, method, weightsArb, (qs, meth, w) => {
        const r = rankQuickWins({ penilaian: penilaian(meth, w), quickwins: entries(qs) }, testContext(), {
          sensitivity: { seed: 7, draws: 20 },
        });
        expect(nonFinitePaths(r)).toEqual([]);
        expect(r.quickwins.map((p) => p.rank)).toEqual(r.quickwins.map((_, i) => i + 1));
        for (const p of r.quickwins) if (p.selected) expect(p.eligible).toBe(true);
        // The sensitivity base order is the ranking's order.
        expect(r.sensitivity?.quickwins.map((p) => p.id)).toEqual(r.quickwins.map((p) => p.id));
      }),
      { numRuns: 150 },
    );
  });
});

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h;
}
