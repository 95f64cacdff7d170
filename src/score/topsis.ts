/**
 * TOPSIS: vector normalisation, weighting, distances to the ideal and anti-ideal solutions chosen
 * by criterion type, and closeness D⁻ / (D⁺ + D⁻).
 */
import { finite, type Prepared } from './columns.js';
import type { DecisionMatrix } from './matrix.js';

/**
 * Vector-normalises each column (r = x / ‖x‖). An all-zero column has no norm: its r is 0 for
 * every proposal, so it adds nothing to either distance (the caller reports it). Values may be
 * negative; TOPSIS does not need positive ones.
 * @param dm decision matrix
 * @returns the prepared matrix; `extra` holds the best r per column, then the worst
 */
export function prepareTopsis(dm: DecisionMatrix): Prepared {
  const { m, n } = dm;
  const normalized = new Float64Array(m * n);
  const zero = new Uint8Array(n);
  const extra = new Float64Array(2 * n);
  for (let j = 0; j < n; j++) {
    // ‖x‖ = scale · sqrt(Σ (x/scale)²): scaling first keeps rupiah-sized squares from overflowing.
    let scale = 0;
    for (let i = 0; i < m; i++) scale = Math.max(scale, Math.abs(dm.values[i * n + j] ?? 0));
    if (scale === 0) {
      zero[j] = m > 0 ? 1 : 0;
      continue;
    }
    let ss = 0;
    for (let i = 0; i < m; i++) ss += ((dm.values[i * n + j] ?? 0) / scale) ** 2;
    const norm = Math.sqrt(ss);
    let hi = -Infinity;
    let lo = Infinity;
    for (let i = 0; i < m; i++) {
      const r = finite((dm.values[i * n + j] ?? 0) / scale / norm);
      normalized[i * n + j] = r;
      if (r > hi) hi = r;
      if (r < lo) lo = r;
    }
    const benefit = dm.benefit[j] === 1;
    // Weights are positive, so the ideal of w·r is w times the ideal of r.
    extra[j] = benefit ? hi : lo;
    extra[n + j] = benefit ? lo : hi;
  }
  return { m, n, normalized, shift: new Float64Array(n), zero, extra };
}

/**
 * TOPSIS closeness C_i = D⁻_i / (D⁺_i + D⁻_i). When both distances are 0 (every criterion is
 * constant, or there is a single proposal) the proposal is the ideal itself and gets 1.
 * @param p prepared matrix
 * @param weights weights summing to 1
 * @param out receives m closeness values in [0, 1]
 */
export function scoreTopsis(p: Prepared, weights: ArrayLike<number>, out: Float64Array): void {
  const { m, n, normalized, extra } = p;
  for (let i = 0; i < m; i++) {
    let dPlus = 0;
    let dMinus = 0;
    const base = i * n;
    for (let j = 0; j < n; j++) {
      const w = weights[j] ?? 0;
      const r = normalized[base + j] ?? 0;
      const a = w * (r - (extra[j] ?? 0));
      const b = w * (r - (extra[n + j] ?? 0));
      dPlus += a * a;
      dMinus += b * b;
    }
    dPlus = Math.sqrt(dPlus);
    dMinus = Math.sqrt(dMinus);
    const total = dPlus + dMinus;
    out[i] = total > 0 ? finite(dMinus / total) : 1;
  }
}
