/** The registry of scoring methods: each prepares a matrix once and scores it for any weights. */
import { shiftColumns, type Prepared } from './columns.js';
import type { DecisionMatrix } from './matrix.js';
import { prepareSaw, scoreSaw } from './saw.js';
import { prepareTopsis, scoreTopsis } from './topsis.js';
import type { Method } from './types.js';
import { prepareWp, scoreWp } from './wp.js';

/** One method: a weight-independent preparation, a scorer, and the per-criterion contribution. */
export interface MethodImpl {
  prepare(dm: DecisionMatrix): Prepared;
  score(p: Prepared, weights: ArrayLike<number>, out: Float64Array): void;
  /** The "weighted" figure of one cell: w·r for the additive methods, r^w for WP. */
  weighted(normalised: number, weight: number): number;
}

export const METHOD_IMPLS: Record<Method, MethodImpl> = {
  saw: { prepare: prepareSaw, score: scoreSaw, weighted: (r, w) => w * r },
  wp: { prepare: prepareWp, score: scoreWp, weighted: (r, w) => (r > 0 ? r ** w : 0) },
  topsis: { prepare: prepareTopsis, score: scoreTopsis, weighted: (r, w) => w * r },
};

/**
 * Prepares a decision matrix for a method, after the zero rule every method shares (`zeroShift`):
 * the three methods always rank from the same numbers.
 * @param method the method
 * @param dm decision matrix as built from the data
 * @returns the prepared matrix, with the amount added to each column in `shift`
 */
export function prepareFor(method: Method, dm: DecisionMatrix): Prepared {
  const { matrix, shift } = shiftColumns(dm);
  return { ...METHOD_IMPLS[method].prepare(matrix), shift };
}

/**
 * Scores a matrix with one method.
 * @param method the method
 * @param dm decision matrix
 * @param weights weights summing to 1
 * @returns the prepared matrix and one score per row
 */
export function scoreMatrix(
  method: Method,
  dm: DecisionMatrix,
  weights: ArrayLike<number>,
): { prepared: Prepared; scores: Float64Array } {
  const prepared = prepareFor(method, dm);
  const scores = new Float64Array(dm.m);
  METHOD_IMPLS[method].score(prepared, weights, scores);
  return { prepared, scores };
}
