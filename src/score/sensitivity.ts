/**
 * Sensitivity of the ranking to the weights (SPEC §4): seeded random draws that move every weight
 * by up to ±spread, how often each proposal keeps its rank and stays selected, and how far SAW,
 * WP and TOPSIS agree (Kendall's τ-b).
 */
import { DIMENSI_IDS } from '../schema/common.js';
import { analyse, silentContext } from './analyse.js';
import { kendallTauB } from './kendall.js';
import { METHOD_IMPLS } from './methods.js';
import { SCORE_GRID, scoreKey } from './order.js';
import { mulberry32 } from './random.js';
import type { MethodAgreement, ProposalStability, ScoreInput, Sensitivity, SensitivityOptions } from './types.js';
import { METHODS } from './types.js';

/** Rows are packed into one float per draw: (grid − score key) · 2^22 + row, exact below 2^53. */
const ROW_BITS = 4194304;

/**
 * Runs the sensitivity analysis. Each draw multiplies every weight by its own uniform factor in
 * [1 − spread, 1 + spread] and renormalises; the matrix is normalised once, so a draw costs one
 * scoring pass and one sort of typed-array keys. Unscored drafts never move (share 1 of keeping
 * their rank, 0 of being selected). `draws` is at least 1 and `spread` is clamped to [0, 0.99] so
 * no weight reaches zero.
 * @param input scoring config and quick wins
 * @param options seed, draws (default 1000), spread (default 0.2), method override
 * @returns stability per proposal, in ranking order, and method agreement
 */
export function sensitivity(input: ScoreInput, options: SensitivityOptions): Sensitivity {
  const method = options.method ?? input.penilaian.metode;
  const draws = Math.max(1, Math.floor(Number.isFinite(options.draws) ? (options.draws ?? 1000) : 1000));
  const spreadRaw = options.spread ?? 0.2;
  const spread = Math.min(0.99, Math.max(0, Number.isFinite(spreadRaw) ? spreadRaw : 0.2));
  const a = analyse(input, silentContext(), method);
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

  const keys = new Float64Array(m);
  const order = new Int32Array(m);
  const baseRank = new Int32Array(m);
  rankRows(a.scores, keys, order);
  const baseOrder = Int32Array.from(order);
  for (let pos = 0; pos < m; pos++) baseRank[order[pos] ?? 0] = pos + 1;

  const keep = new Float64Array(m);
  const selectedCount = new Float64Array(m);
  const rankSum = new Float64Array(m);
  const rankMin = new Int32Array(m).fill(m + 1);
  const rankMax = new Int32Array(m);
  const scores = new Float64Array(m);
  const w = new Float64Array(n);
  const taken = new Int32Array(DIMENSI_IDS.length);
  const random = mulberry32(options.seed);

  for (let d = 0; d < draws; d++) {
    let sum = 0;
    for (let j = 0; j < n; j++) {
      const v = (base[j] ?? 0) * (1 - spread + 2 * spread * random());
      w[j] = v;
      sum += v;
    }
    for (let j = 0; j < n; j++) w[j] = (w[j] ?? 0) / sum;
    impl.score(prepared, w, scores);
    rankRows(scores, keys, order);
    taken.fill(0);
    for (let pos = 0; pos < m; pos++) {
      const row = order[pos] ?? 0;
      const rank = pos + 1;
      if (rank === baseRank[row]) keep[row] = (keep[row] ?? 0) + 1;
      rankSum[row] = (rankSum[row] ?? 0) + rank;
      if (rank < (rankMin[row] ?? 0)) rankMin[row] = rank;
      if (rank > (rankMax[row] ?? 0)) rankMax[row] = rank;
      const dd = dim[row] ?? 0;
      if (eligible[row] === 1 && (taken[dd] ?? 0) < perDimensi) {
        taken[dd] = (taken[dd] ?? 0) + 1;
        selectedCount[row] = (selectedCount[row] ?? 0) + 1;
      }
    }
  }

  const proposals: ProposalStability[] = [];
  for (let pos = 0; pos < m; pos++) {
    const row = baseOrder[pos] ?? 0;
    proposals.push({
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
      proposals.push({ id: r.entry.id, rank, keepRank: 1, selectedShare: 0, rankMin: rank, rankMax: rank, rankMean: rank });
    });

  return { method, seed: options.seed, draws, spread, proposals, agreement: methodAgreement(input) };
}

/**
 * Kendall's τ-b between the scores of each pair of methods with the base weights, over the scored
 * proposals (unscored drafts would only add ties).
 * @param input scoring config and quick wins
 * @returns one entry per pair: saw–wp, saw–topsis, wp–topsis
 */
export function methodAgreement(input: ScoreInput): MethodAgreement[] {
  const keys = METHODS.map((method) => {
    const a = analyse(input, silentContext(), method);
    return Float64Array.from(a.scores, scoreKey);
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

/**
 * Orders matrix rows by the ranking rule (score key descending, then row, which is id order).
 * Packs each row into one float so a native typed-array sort does the work.
 */
function rankRows(scores: Float64Array, keys: Float64Array, order: Int32Array): void {
  const m = scores.length;
  if (m >= ROW_BITS) {
    const idx = Array.from({ length: m }, (_, i) => i);
    idx.sort((a, b) => scoreKey(scores[b] ?? 0) - scoreKey(scores[a] ?? 0) || a - b);
    idx.forEach((row, pos) => (order[pos] = row));
    return;
  }
  for (let i = 0; i < m; i++) {
    const k = Math.min(SCORE_GRID, Math.max(0, scoreKey(scores[i] ?? 0)));
    keys[i] = (SCORE_GRID - k) * ROW_BITS + i;
  }
  keys.sort();
  for (let pos = 0; pos < m; pos++) {
    const key = keys[pos] ?? 0;
    order[pos] = key - Math.floor(key / ROW_BITS) * ROW_BITS;
  }
}
