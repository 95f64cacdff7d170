/** SAW (simple additive weighting): benefit x / max, cost min / x, then a weighted sum. */
import { columnRange, finite, positiveShift, type Prepared } from './columns.js';
import type { DecisionMatrix } from './matrix.js';

/**
 * Normalises the matrix for SAW. A benefit column needs values ≥ 0 with a positive maximum and a
 * cost column needs values > 0 (min / x with x = 0 is undefined); a column that breaks this is
 * shifted first (see `positiveShift`), which the caller reports as a diagnostic.
 * @param dm decision matrix
 * @returns the prepared matrix
 */
export function prepareSaw(dm: DecisionMatrix): Prepared {
  const { m, n } = dm;
  const normalised = new Float64Array(m * n);
  const shift = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    const benefit = dm.benefit[j] === 1;
    let { min, max } = columnRange(dm, j);
    const invalid = benefit ? min < 0 || max <= 0 : min <= 0;
    const s = m > 0 && invalid ? positiveShift(min) : 0;
    shift[j] = s;
    min += s;
    max += s;
    for (let i = 0; i < m; i++) {
      const x = (dm.values[i * n + j] ?? 0) + s;
      normalised[i * n + j] = finite(benefit ? x / max : min / x);
    }
  }
  return { m, n, normalised, shift, zero: new Uint8Array(n), extra: new Float64Array(0) };
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
