/**
 * WP (weighted product): S_i = Π_j x_ij^(±w_j), negative exponents for cost criteria, and
 * V_i = S_i / Σ_k S_k.
 */
/* eslint-disable @typescript-eslint/no-non-null-assertion -- typed-array indices in the scoring loops are in range by construction, and `!` keeps them free of per-element fallbacks */
import { columnRange, finite, type Prepared } from './columns.js';
import type { DecisionMatrix } from './matrix.js';

/**
 * Prepares the matrix for WP. Every value must be positive (0^w is 0 and 0^−w infinite): the
 * methods' shared zero rule (`shiftColumns`) has moved any column holding a value ≤ 0.
 *
 * The normalised value reported per criterion is the ratio r = x / max (benefit) or min / x (cost),
 * and the factor r^w is the criterion's "weighted" contribution: Π_j r_ij^w_j differs from S_i only
 * by a constant factor Π_j max_j^−w_j (or min_j^w_j), which cancels in V, so V is exactly the
 * textbook S_i / Σ S_k. Working with ratios, in logarithms, keeps the product from overflowing
 * or underflowing for rupiah-sized values.
 * @param dm decision matrix
 * @returns the prepared matrix; `extra` holds log r_ij
 */
export function prepareWp(dm: DecisionMatrix): Prepared {
  const { m, n } = dm;
  const normalised = new Float64Array(m * n);
  const logs = new Float64Array(m * n);
  for (let j = 0; j < n; j++) {
    const benefit = dm.benefit[j] === 1;
    const { min, max } = columnRange(dm, j);
    const logRef = Math.log(benefit ? max : min);
    for (let i = 0; i < m; i++) {
      const x = dm.values[i * n + j] ?? 0;
      // log(x / max) computed as a difference so tiny ratios cannot underflow to log 0.
      const l = finite(benefit ? Math.log(x) - logRef : logRef - Math.log(x));
      logs[i * n + j] = l;
      normalised[i * n + j] = finite(Math.exp(l));
    }
  }
  return { m, n, normalised, shift: new Float64Array(n), zero: new Uint8Array(n), extra: logs };
}

/**
 * WP scores V_i = S_i / Σ S_k, computed as a softmax of log S_i so no product can overflow.
 * @param p prepared matrix
 * @param weights weights summing to 1
 * @param out receives m scores (they sum to 1)
 */
export function scoreWp(p: Prepared, weights: ArrayLike<number>, out: Float64Array): void {
  const { m, n, extra: logs } = p;
  let top = -Infinity;
  for (let i = 0; i < m; i++) {
    let l = 0;
    const base = i * n;
    for (let j = 0; j < n; j++) l += (weights[j] ?? 0) * logs[base + j]!;
    out[i] = l;
    if (l > top) top = l;
  }
  let sum = 0;
  for (let i = 0; i < m; i++) {
    const e = Math.exp(out[i]! - top);
    out[i] = e;
    sum += e;
  }
  for (let i = 0; i < m; i++) out[i] = finite(out[i]! / sum);
}

/**
 * The textbook vector S of WP on raw values (for reports and published examples):
 * S_i = Π_j x_ij^(w_j) for benefit and x_ij^(−w_j) for cost.
 * @param values rows of positive raw values
 * @param weights weights summing to 1
 * @param benefit per criterion, true for benefit
 * @returns S per row
 */
export function weightedProductS(
  values: ReadonlyArray<readonly number[]>,
  weights: readonly number[],
  benefit: readonly boolean[],
): number[] {
  return values.map((row) =>
    finite(Math.exp(row.reduce((s, x, j) => s + (benefit[j] ? 1 : -1) * (weights[j] ?? 0) * Math.log(x), 0))),
  );
}
