/**
 * Sensitivity of the ranking to the weights (docs/scoring.md): seeded random draws that move every weight
 * by up to ±spread, how often each proposal keeps its rank and stays selected, and how far SAW,
 * WP and TOPSIS agree (Kendall's τ-b).
 */
/* eslint-disable @typescript-eslint/no-non-null-assertion -- typed-array indices in the scoring loops are in range by construction, and `!` keeps them free of per-element fallbacks */
import { DIMENSI_IDS } from '../schema/common.js';
import { computeScores, silentContext, type ScoreComputation } from './compute.js';
import { kendallTauB } from './kendall.js';
import { METHOD_IMPLS, scoreMatrix } from './methods.js';
import { SCORE_GRID, scoreKey } from './order.js';
import { mulberry32 } from './random.js';
import type { MethodAgreement, QuickWinStability, ScoreInput, Sensitivity, SensitivityOptions } from './types.js';
import { METHODS } from './types.js';

/** Bits of a sort key: SCORE_GRID must stay below 2^KEY_BITS. */
const KEY_BITS = 30;
const RADIX_BITS = 10;
const RADIX = 1 << RADIX_BITS;
const RADIX_MASK = RADIX - 1;

/**
 * Runs the sensitivity analysis. Each draw multiplies every weight by its own uniform factor in
 * [1 − spread, 1 + spread] and renormalises; the matrix is normalised once, so a draw costs one
 * scoring pass and one O(m) radix sort. Unscored drafts never move (share 1 of keeping
 * their rank, 0 of being selected). `draws` is at least 1 and `spread` is clamped to [0, 0.99] so
 * no weight reaches zero.
 * @param input scoring config and quick wins
 * @param options seed, draws (default 1000), spread (default 0.2), method override
 * @returns stability per proposal, in ranking order, and method agreement
 */
export function sensitivity(input: ScoreInput, options: SensitivityOptions): Sensitivity {
  const method = options.method ?? input.penilaian.metode;
  return sensitivityOf(computeScores(input, silentContext(), method), input, options);
}

/**
 * The sensitivity analysis of scores already computed (so a ranking does not build its matrix twice).
 * @param a the computed scores of the input with the method to test
 * @param input scoring config and quick wins
 * @param options seed, draws, spread
 * @returns the sensitivity result
 */
export function sensitivityOf(a: ScoreComputation, input: ScoreInput, options: SensitivityOptions): Sensitivity {
  const method = a.method;
  const draws = Math.max(1, Math.floor(Number.isFinite(options.draws) ? (options.draws ?? 1000) : 1000));
  const spreadRaw = options.spread ?? 0.2;
  const spread = Math.min(0.99, Math.max(0, Number.isFinite(spreadRaw) ? spreadRaw : 0.2));
  const { built, prepared } = a;
  const { m, n } = built.matrix;
  const impl = METHOD_IMPLS[method];
  const base = Float64Array.from(a.weights.weights);
  const perDimensi = input.penilaian.pilihan.per_dimensi;

  // Per matrix row: id, eligibility and dimension index.
  const rowId = new Array<string>(m).fill('');
  const eligible = new Uint8Array(m);
  const dim = new Uint8Array(m);
  built.rows.forEach((r, k) => {
    if (r.row < 0) return;
    rowId[r.row] = r.entry.id;
    eligible[r.row] = (a.eligibility[k]?.reasons.length ?? 1) === 0 ? 1 : 0;
    dim[r.row] = Math.max(0, DIMENSI_IDS.indexOf(r.entry.data.dimensi));
  });

  const buffers = sortBuffers(m);
  const order = new Int32Array(m);
  const baseRank = new Int32Array(m);
  rankRows(a.scores, order, buffers);
  const baseOrder = Int32Array.from(order);
  for (let pos = 0; pos < m; pos++) baseRank[order[pos]!] = pos + 1;

  const keep = new Int32Array(m);
  const selectedCount = new Int32Array(m);
  const rankSum = new Float64Array(m);
  const rankMin = new Int32Array(m).fill(m + 1);
  const rankMax = new Int32Array(m);
  const scores = new Float64Array(m);
  const w = new Float64Array(n);
  const taken = new Int32Array(DIMENSI_IDS.length);
  const random = mulberry32(options.seed);

  // Hot loop: typed arrays only, non-null assertions instead of `?? 0` (indices are in range).
  for (let d = 0; d < draws; d++) {
    let sum = 0;
    for (let j = 0; j < n; j++) {
      const v = base[j]! * (1 - spread + 2 * spread * random());
      w[j] = v;
      sum += v;
    }
    for (let j = 0; j < n; j++) w[j] = w[j]! / sum;
    impl.score(prepared, w, scores);
    rankRows(scores, order, buffers);
    taken.fill(0);
    for (let pos = 0; pos < m; pos++) {
      const row = order[pos]!;
      const rank = pos + 1;
      if (rank === baseRank[row]) keep[row]!++;
      rankSum[row] = rankSum[row]! + rank;
      if (rank < rankMin[row]!) rankMin[row] = rank;
      if (rank > rankMax[row]!) rankMax[row] = rank;
      const dd = dim[row]!;
      if (eligible[row] === 1 && taken[dd]! < perDimensi) {
        taken[dd]!++;
        selectedCount[row]!++;
      }
    }
  }

  const quickwins: QuickWinStability[] = [];
  for (let pos = 0; pos < m; pos++) {
    const row = baseOrder[pos] ?? 0;
    quickwins.push({
      id: rowId[row] ?? '',
      rank: pos + 1,
      keepRank: (keep[row] ?? 0) / draws,
      selectedShare: (selectedCount[row] ?? 0) / draws,
      rankMin: rankMin[row] ?? pos + 1,
      rankMax: rankMax[row] ?? pos + 1,
      rankMean: (rankSum[row] ?? 0) / draws,
    });
  }
  built.rows
    .filter((r) => r.row < 0)
    .forEach((r, k) => {
      const rank = m + k + 1;
      quickwins.push({ id: r.entry.id, rank, keepRank: 1, selectedShare: 0, rankMin: rank, rankMax: rank, rankMean: rank });
    });

  return { method, seed: options.seed, draws, spread, quickwins: quickwins, agreement: agreementOf(a) };
}

/**
 * Kendall's τ-b between the scores of each pair of methods with the base weights, over the scored
 * proposals (unscored drafts would only add ties).
 * @param input scoring config and quick wins
 * @returns one entry per pair: saw–wp, saw–topsis, wp–topsis
 */
export function methodAgreement(input: ScoreInput): MethodAgreement[] {
  return agreementOf(computeScores(input, silentContext(), input.penilaian.metode));
}

function agreementOf(a: ScoreComputation): MethodAgreement[] {
  const keys = METHODS.map((method) => {
    const scores = method === a.method ? a.scores : scoreMatrix(method, a.built.matrix, a.weights.weights).scores;
    return Float64Array.from(scores, scoreKey);
  });
  const out: MethodAgreement[] = [];
  for (let i = 0; i < METHODS.length; i++) {
    for (let j = i + 1; j < METHODS.length; j++) {
      const x = keys[i];
      const y = keys[j];
      const ma = METHODS[i];
      const mb = METHODS[j];
      if (x && y && ma && mb) out.push({ a: ma, b: mb, tau: kendallTauB(x, y) });
    }
  }
  return out;
}

/** Scratch buffers of the per-draw sort, allocated once per analysis. */
interface SortBuffers {
  readonly keysA: Uint32Array;
  readonly keysB: Uint32Array;
  readonly rowsA: Int32Array;
  readonly rowsB: Int32Array;
  readonly count: Int32Array;
}

function sortBuffers(m: number): SortBuffers {
  return {
    keysA: new Uint32Array(m),
    keysB: new Uint32Array(m),
    rowsA: new Int32Array(m),
    rowsB: new Int32Array(m),
    count: new Int32Array(RADIX + 1),
  };
}

/**
 * Orders matrix rows by the ranking rule: score key descending, then row (rows are in id order).
 * A stable LSD radix sort on the 30-bit key "grid − score key" (grid 10^9 < 2^30), three passes
 * of 10 bits that move keys and rows together (sequential reads), costs O(m) per draw instead of a
 * comparison sort.
 * @param scores one score per row
 * @param order receives the rows, best first
 * @param b scratch buffers
 */
function rankRows(scores: Float64Array, order: Int32Array, b: SortBuffers): void {
  const m = scores.length;
  let ks = b.keysA;
  let kd = b.keysB;
  let rs = b.rowsA;
  let rd = b.rowsB;
  for (let i = 0; i < m; i++) {
    const s = scores[i]!;
    // Same key as scoreKey(), clamped to the grid.
    const k = s >= 1 ? SCORE_GRID : s > 0 ? Math.round(s * SCORE_GRID) : 0;
    ks[i] = SCORE_GRID - k;
    rs[i] = i;
  }
  const count = b.count;
  for (let shift = 0; shift < KEY_BITS; shift += RADIX_BITS) {
    count.fill(0);
    for (let i = 0; i < m; i++) count[((ks[i]! >>> shift) & RADIX_MASK) + 1]!++;
    for (let d = 0; d < RADIX; d++) count[d + 1]! += count[d]!;
    for (let i = 0; i < m; i++) {
      const key = ks[i]!;
      const p = count[(key >>> shift) & RADIX_MASK]!++;
      kd[p] = key;
      rd[p] = rs[i]!;
    }
    [ks, kd] = [kd, ks];
    [rs, rd] = [rd, rs];
  }
  order.set(rs);
}
