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
  /** Per column, the constant added before normalisation (0 when none; see `zeroShift`). */
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
 * The zero rule (docs/scoring.md, "Zero and negative values"): a column holding a value ≤ 0 (a
 * quick win funded by CSR has a budget of Rp0) is moved, for every method alike, so that its
 * smallest value becomes the column's smallest step: x' = x − min + step, where step is the smallest
 * amount by which another proposal exceeds the minimum (1 when every value is the same). A zero is
 * then better than the cheapest paid proposal by as much as that one is better than the next step,
 * not infinitely better, and the result does not depend on the unit (rupiah or thousands of
 * rupiah). A column whose values are all positive is left untouched.
 * @param dm decision matrix
 * @param j column
 * @returns the amount to add to every value of the column (0 when none)
 */
export function zeroShift(dm: DecisionMatrix, j: number): number {
  if (dm.m === 0) return 0;
  const { min } = columnRange(dm, j);
  if (min > 0) return 0;
  let step = Infinity;
  for (let i = 0; i < dm.m; i++) {
    const d = (dm.values[i * dm.n + j] ?? 0) - min;
    if (d > 0 && d < step) step = d;
  }
  return (Number.isFinite(step) ? step : 1) - min;
}

/**
 * The decision matrix the methods score: every column holding a value ≤ 0 moved by {@link zeroShift}.
 * @param dm decision matrix as built from the data
 * @returns the matrix to normalise, and the amount added to each column
 */
export function shiftColumns(dm: DecisionMatrix): { matrix: DecisionMatrix; shift: Float64Array } {
  const shift = new Float64Array(dm.n);
  for (let j = 0; j < dm.n; j++) shift[j] = zeroShift(dm, j);
  if (shift.every((s) => s === 0)) return { matrix: dm, shift };
  const values = new Float64Array(dm.values.length);
  for (let i = 0; i < dm.m; i++) for (let j = 0; j < dm.n; j++) values[i * dm.n + j] = (dm.values[i * dm.n + j] ?? 0) + (shift[j] ?? 0);
  return { matrix: { ...dm, values }, shift };
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
