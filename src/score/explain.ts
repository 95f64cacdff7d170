/**
 * Explains one proposal's score from a `Ranking`: each criterion's value, normalised value, weight
 * and contribution, and the smallest single change that would move it up one rank.
 */
import type { DecisionMatrix } from './matrix.js';
import { METHOD_IMPLS, prepareFor } from './methods.js';
import { compareRanked } from './order.js';
import type { Method, RankedCriterion, RankedQuickWin, Ranking, Reason, ValueSource } from './types.js';

/** One criterion of the explained proposal. */
export interface ExplainedCriterion {
  readonly criterion: string;
  readonly nama: string;
  readonly jenis: 'benefit' | 'cost';
  readonly value: number | null;
  readonly source: ValueSource;
  readonly normalised: number;
  readonly weight: number;
  readonly weighted: number;
}

/** The smallest change of one criterion that moves the proposal up at least one rank. */
export interface Improvement {
  readonly criterion: string;
  readonly nama: string;
  /** Raise for a benefit criterion, lower for a cost criterion. */
  readonly direction: 'increase' | 'decrease';
  readonly unit: 'skor' | 'rupiah' | 'bulan';
  readonly from: number;
  /** The value needed, or null when even the end of the allowed range is not enough. */
  readonly to: number | null;
  /** The end of the allowed range that was tried (skala, 0 rupiah, 1..120 months). */
  readonly limit: number;
}

/** A neighbour in the ranking. */
export interface Neighbour {
  readonly id: string;
  readonly nama: string;
  readonly rank: number;
  readonly score: number;
}

/** Everything `--explain` prints. */
export interface Explanation {
  readonly id: string;
  readonly nama: string;
  readonly method: Method;
  readonly rank: number;
  readonly score: number;
  readonly scored: boolean;
  readonly eligible: boolean;
  readonly selected: boolean;
  readonly reasons: readonly Reason[];
  readonly criteria: readonly ExplainedCriterion[];
  /** The proposal one rank higher, or null for the first (or an unscored draft). */
  readonly above: Neighbour | null;
  /** One entry per criterion that can be changed; empty when there is nothing to overtake. */
  readonly improvements: readonly Improvement[];
}

const ITERATIONS = 64;
const MAX_RUPIAH = Number.MAX_SAFE_INTEGER;

/**
 * Explains one proposal. The improvement search re-scores the whole matrix (normalisation depends
 * on every proposal) while one value moves between its current value and the end of its range,
 * by bisection on "ranks higher than now"; the result is checked again after rounding (whole
 * rupiah and months; scores up to 2 decimals).
 * @param ranking a complete ranking
 * @param id the proposal to explain
 * @returns the explanation, or undefined when the id is not in the ranking
 */
export function explainQuickWin(ranking: Ranking, id: string): Explanation | undefined {
  const index = ranking.quickwins.findIndex((p) => p.id === id);
  const target = ranking.quickwins[index];
  if (!target) return undefined;
  const criteria = ranking.criteria.map((c, j) => {
    const cell = target.criteria[j];
    return {
      criterion: c.id,
      nama: c.nama,
      jenis: c.jenis,
      value: cell?.value ?? null,
      source: cell?.source ?? 'missing',
      normalised: cell?.normalised ?? 0,
      weight: c.weight,
      weighted: cell?.weighted ?? 0,
    };
  });
  const prev = index > 0 ? ranking.quickwins[index - 1] : undefined;
  const above = target.scored && prev ? { id: prev.id, nama: prev.nama, rank: prev.rank, score: prev.score } : null;
  return {
    id: target.id,
    nama: target.nama,
    method: ranking.method,
    rank: target.rank,
    score: target.score,
    scored: target.scored,
    eligible: target.eligible,
    selected: target.selected,
    reasons: target.reasons,
    criteria,
    above,
    improvements: above ? improvements(ranking, target) : [],
  };
}

function improvements(ranking: Ranking, target: RankedQuickWin): Improvement[] {
  const scored = ranking.quickwins.filter((p) => p.scored);
  const t = scored.findIndex((p) => p.id === target.id);
  const n = ranking.criteria.length;
  const values = new Float64Array(scored.length * n);
  scored.forEach((p, i) => p.criteria.forEach((c, j) => (values[i * n + j] = c.value ?? 0)));
  const benefit = Uint8Array.from(ranking.criteria, (c) => (c.jenis === 'benefit' ? 1 : 0));
  const dm: DecisionMatrix = { m: scored.length, n, values, benefit };
  const weights = ranking.criteria.map((c) => c.weight);
  const beats = (j: number, v: number): boolean => {
    values[t * n + j] = v;
    return rankOf(ranking.method, dm, weights, scored, t) < target.rank;
  };

  const out: Improvement[] = [];
  ranking.criteria.forEach((c, j) => {
    const from = values[t * n + j] ?? 0;
    const direction = c.jenis === 'benefit' ? 'increase' : 'decrease';
    const { limit, unit, step } = rangeOf(c, ranking, direction);
    let to: number | null = null;
    if (direction === 'increase' ? from < limit : from > limit) {
      if (beats(j, limit)) {
        let lo = from;
        let hi = limit;
        for (let k = 0; k < ITERATIONS; k++) {
          const mid = (lo + hi) / 2;
          if (mid === lo || mid === hi) break;
          if (beats(j, mid)) hi = mid;
          else lo = mid;
        }
        const rounded = roundToward(hi, step, direction, limit);
        to = beats(j, rounded) ? rounded : limit;
      }
    }
    values[t * n + j] = from;
    out.push({ criterion: c.id, nama: c.nama, direction, unit, from, to, limit });
  });
  return out;
}

/** The new rank of row t: 1 + the number of scored proposals that now rank before it. */
function rankOf(
  method: Method,
  dm: DecisionMatrix,
  weights: readonly number[],
  scored: readonly RankedQuickWin[],
  t: number,
): number {
  const scores = new Float64Array(dm.m);
  METHOD_IMPLS[method].score(prepareFor(method, dm), weights, scores);
  const me = { id: scored[t]?.id ?? '', scored: true, score: scores[t] ?? 0 };
  let ahead = 0;
  for (let i = 0; i < dm.m; i++) {
    if (i !== t && compareRanked({ id: scored[i]?.id ?? '', scored: true, score: scores[i] ?? 0 }, me) < 0) ahead++;
  }
  return ahead + 1;
}

function rangeOf(
  c: RankedCriterion,
  ranking: Ranking,
  direction: 'increase' | 'decrease',
): { limit: number; unit: Improvement['unit']; step: number } {
  if (c.dari === 'anggaran') return { limit: direction === 'increase' ? MAX_RUPIAH : 0, unit: 'rupiah', step: 1 };
  if (c.dari === 'durasi_bulan') return { limit: direction === 'increase' ? 120 : 1, unit: 'bulan', step: 1 };
  return { limit: direction === 'increase' ? ranking.skala.max : ranking.skala.min, unit: 'skor', step: 0.01 };
}

/** Rounds a threshold to the unit's step in the improving direction, never past the limit. */
function roundToward(x: number, step: number, direction: 'increase' | 'decrease', limit: number): number {
  const k = x / step;
  const r = (direction === 'increase' ? Math.ceil(k - 1e-9) : Math.floor(k + 1e-9)) * step;
  const v = Number(r.toFixed(step < 1 ? 2 : 0));
  return direction === 'increase' ? Math.min(v, limit) : Math.max(v, limit);
}
