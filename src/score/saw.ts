/** SAW (simple additive weighting): benefit x / max, cost min / x, then a weighted sum. */
import { columnRange, finite, type Prepared } from './columns.js';
import type { DecisionMatrix } from './matrix.js';

/**
 * Normalises the matrix for SAW: x / max for a benefit, min / x for a cost. The values are positive:
 * the methods' shared zero rule (`shiftColumns`) has moved any column holding a value ≤ 0; a value
 * that still divides by zero counts as 0, never as NaN or infinity.
 * @param dm decision matrix (after the zero rule)
 * @returns the prepared matrix
 */
export function prepareSaw(dm: DecisionMatrix): Prepared {
  const { m, n } = dm;
  const normalised = new Float64Array(m * n);
  for (let j = 0; j < n; j++) {
    const benefit = dm.benefit[j] === 1;
    const { min, max } = columnRange(dm, j);
    for (let i = 0; i < m; i++) {
      const x = dm.values[i * n + j] ?? 0;
      normalised[i * n + j] = finite(benefit ? x / max : min / x);
    }
  }
  return { m, n, normalised, shift: new Float64Array(n), zero: new Uint8Array(n), extra: new Float64Array(0) };
}

/**
 * SAW scores: V_i = Σ_j w_j · r_ij.
 * @param p prepared matrix
 * @param weights weights summing to 1
 * @param out receives m scores
 */
export function scoreSaw(p: Prepared, weights: ArrayLike<number>, out: Float64Array): void {
  const { m, n, normalised } = p;
  for (let i = 0; i < m; i++) {
    let s = 0;
    const base = i * n;
    for (let j = 0; j < n; j++) s += (weights[j] ?? 0) * (normalised[base + j] ?? 0);
    out[i] = finite(s);
  }
}
