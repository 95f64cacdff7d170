/**
 * Column facts the methods share: range, the shift that makes a column positive, and the
 * "normalised matrix" value object every method prepares once and scores many times.
 */
import type { DecisionMatrix } from './matrix.js';

/** A method's weight-independent preparation of a decision matrix. */
export interface Prepared {
  readonly m: number;
  readonly n: number;
  /** Normalised matrix, row-major (normalised[i * n + j]). */
  readonly normalised: Float64Array;
  /** Per column, the constant added before normalisation (0 when none; see `positiveShift`). */
  readonly shift: Float64Array;
  /** Per column, 1 when every value is zero (TOPSIS leaves such a column out). */
  readonly zero: Uint8Array;
  /** Method-specific precomputation: WP log-ratios (m × n); TOPSIS ideals and squared gaps (see prepareTopsis). */
  readonly extra: Float64Array;
}

/**
 * Smallest and largest value of column j.
 * @param dm decision matrix
 * @param j column
 * @returns min and max (0 and 0 for an empty matrix)
 */
export function columnRange(dm: DecisionMatrix, j: number): { min: number; max: number } {
  if (dm.m === 0) return { min: 0, max: 0 };
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < dm.m; i++) {
    const v = dm.values[i * dm.n + j] ?? 0;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return { min, max };
}

/**
 * The shift for a column that holds values ≤ 0 where a method needs positive ones: the column is
 * moved so its smallest value becomes 1 (x' = x + 1 − min). This keeps the order and the
 * differences of the column, is defined for any finite values, and leaves a column that was
 * already valid untouched.
 * @param min the column's smallest value
 * @returns the amount to add
 */
export function positiveShift(min: number): number {
  return 1 - min;
}

/**
 * Replaces a non-finite number by 0: the last guard that keeps NaN and Infinity out of results
 * even for absurd inputs (values near the limits of floating point).
 * @param x any number
 * @returns x, or 0 when x is NaN or infinite
 */
export function finite(x: number): number {
  return Number.isFinite(x) ? x : 0;
}
