/**
 * The zero rule (docs/scoring.md): a column holding a value ≤ 0 — a quick win funded by CSR asks for
 * Rp0 — is raised by its smallest step, the same in SAW, WP and TOPSIS, so a zero budget counts as
 * much better than the cheapest paid one, not infinitely better, whatever the unit.
 */
import { describe, expect, it } from 'vitest';
import { rankQuickWins } from './rank.js';
import { makePenilaian, makeQuickWin, testContext } from './testing.js';
import type { Method, QuickWinEntry } from './types.js';

const penilaian = makePenilaian({
  kriteria: [
    { id: 'dampak', nama: 'Dampak', jenis: 'benefit', bobot: 70 },
    { id: 'anggaran', nama: 'Anggaran', jenis: 'cost', bobot: 30, dari: 'anggaran' },
  ],
});

/** The worked example of docs/scoring.md, with the budgets multiplied by `unit`. */
const example = (unit = 1): QuickWinEntry[] => [
  makeQuickWin('csr', { skor: { dampak: 3 }, anggaran: { nilai: 0, sumber: 'CSR' } }),
  makeQuickWin('murah', { skor: { dampak: 4 }, anggaran: { nilai: 100_000_000 * unit, sumber: 'APBD' } }),
  makeQuickWin('mahal', { skor: { dampak: 5 }, anggaran: { nilai: 400_000_000 * unit, sumber: 'APBD' } }),
];

const scores = (method: Method, quickwins = example()) =>
  Object.fromEntries(rankQuickWins({ penilaian, quickwins }, testContext(), { method }).quickwins.map((q) => [q.id, q.score]));

describe('a zero budget on a cost criterion (item 7)', () => {
  // The budgets after the rule: the smallest step above Rp0 is Rp100.000.000.
  const raised = [1e8, 2e8, 5e8];
  const dampak = [3, 4, 5];
  const [w0, w1] = [0.7, 0.3];
  /** An entry of a list (NaN, which fails every comparison, when there is none). */
  const at = (xs: readonly number[], i: number) => xs[i] ?? NaN;

  it('SAW: min / x on the raised budgets, as in the worked example', () => {
    const r2 = raised.map((x) => 1e8 / x);
    const expected = dampak.map((d, i) => w0 * (d / 5) + w1 * at(r2, i));
    const s = scores('saw');
    expect([s['csr'], s['murah'], s['mahal']].map((x) => x ?? NaN)).toEqual(expected.map((e): unknown => expect.closeTo(e, 12)));
    expect([s['mahal'], s['csr'], s['murah']].map((x) => Number(x?.toFixed(4)))).toEqual([0.76, 0.72, 0.71]);
  });

  it('WP: the free quick win leads only narrowly, as in the worked example (not 0.99 against 0.005)', () => {
    const S = dampak.map((d, i) => (d / 5) ** w0 * (1e8 / at(raised, i)) ** w1);
    const sum = S.reduce((a, b) => a + b, 0);
    const s = scores('wp');
    expect([s['csr'], s['murah'], s['mahal']].map((x) => x ?? NaN)).toEqual(S.map((x): unknown => expect.closeTo(x / sum, 12)));
    expect([s['csr'], s['murah'], s['mahal']].map((x) => Number(x?.toFixed(4)))).toEqual([0.3477, 0.3455, 0.3068]);
  });

  it('TOPSIS: the same raised column, vector-normalised, as in the worked example', () => {
    const norm = (xs: number[]) => Math.sqrt(xs.reduce((a, x) => a + x * x, 0));
    const v1 = dampak.map((d) => (w0 * d) / norm(dampak));
    const v2 = raised.map((x) => (w1 * x) / norm(raised));
    const best = [Math.max(...v1), Math.min(...v2)];
    const worst = [Math.min(...v1), Math.max(...v2)];
    const closeness = v1.map((a, i) => {
      const plus = Math.hypot(a - at(best, 0), at(v2, i) - at(best, 1));
      const minus = Math.hypot(a - at(worst, 0), at(v2, i) - at(worst, 1));
      return minus / (plus + minus);
    });
    const s = scores('topsis');
    expect([s['csr'], s['murah'], s['mahal']].map((x) => x ?? NaN)).toEqual(closeness.map((c): unknown => expect.closeTo(c, 12)));
    expect([s['murah'], s['csr'], s['mahal']].map((x) => Number(x?.toFixed(4)))).toEqual([0.629, 0.5253, 0.4747]);
  });

  it.each(['saw', 'wp', 'topsis'] as const)('%s: the result does not depend on the unit of the budget', (method) => {
    const a = scores(method);
    const b = scores(method, example(1000));
    for (const id of ['csr', 'murah', 'mahal']) expect(b[id]).toBeCloseTo(a[id] ?? NaN, 12);
  });

  it('the three methods see the same raised column, and the warning says by how much', () => {
    const rankings = (['saw', 'wp', 'topsis'] as const).map((method) => rankQuickWins({ penilaian, quickwins: example() }, testContext(), { method }));
    for (const r of rankings) {
      expect(r.diagnostics.filter((d) => d.code === 'score/non-positive').map((d) => d.args)).toEqual([
        { criterion: 'anggaran', value: 0, quickwins: ['csr'], more: 0, shift: 100_000_000 },
      ]);
      expect(r.quickwins.find((q) => q.id === 'csr')?.criteria[1]?.value).toBe(0);
    }
  });

  it('a column without a zero is left as it is', () => {
    const paid = example().map((q) => (q.id === 'csr' ? { ...q, data: { ...q.data, anggaran: { nilai: 50_000_000, sumber: 'APBD' as const } } } : q));
    const r = rankQuickWins({ penilaian, quickwins: paid }, testContext());
    expect(r.diagnostics.some((d) => d.code === 'score/non-positive')).toBe(false);
    expect(r.quickwins.find((q) => q.id === 'murah')?.criteria[1]?.normalised).toBeCloseTo(0.5, 12);
  });
});
