/**
 * TOPSIS: vector normalisation, weighting, distances to the ideal and anti-ideal solutions chosen
 * by criterion type, and closeness D⁻ / (D⁺ + D⁻).
 */
/* eslint-disable @typescript-eslint/no-non-null-assertion -- typed-array indices in the scoring loops are in range by construction, and `!` keeps them free of per-element fallbacks */
import { finite, type Prepared } from './columns.js';
import type { DecisionMatrix } from './matrix.js';

/**
 * Vector-normalises each column (r = x / ‖x‖). An all-zero column has no norm: its r is 0 for
 * every proposal, so it adds nothing to either distance (the caller reports it). Values may be
 * negative; TOPSIS does not need positive ones.
 * @param dm decision matrix
 * @returns the prepared matrix; `extra` holds the best r per column, the worst r per column, then
 *   (r − best)² and (r − worst)² per cell, so each weight draw costs two multiply-adds per cell
 */
export function prepareTopsis(dm: DecisionMatrix): Prepared {
  const { m, n } = dm;
  const normalised = new Float64Array(m * n);
  const zero = new Uint8Array(n);
  const extra = new Float64Array(2 * n + 2 * m * n);
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
      normalised[i * n + j] = r;
      if (r > hi) hi = r;
      if (r < lo) lo = r;
    }
    const benefit = dm.benefit[j] === 1;
    // Weights are positive, so the ideal of w·r is w times the ideal of r.
    extra[j] = benefit ? hi : lo;
    extra[n + j] = benefit ? lo : hi;
  }
  const plus = 2 * n;
  const minus = 2 * n + m * n;
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      const r = normalised[i * n + j] ?? 0;
      extra[plus + i * n + j] = (r - (extra[j] ?? 0)) ** 2;
      extra[minus + i * n + j] = (r - (extra[n + j] ?? 0)) ** 2;
    }
  }
  return { m, n, normalised, shift: new Float64Array(n), zero, extra };
}

/**
 * TOPSIS closeness C_i = D⁻_i / (D⁺_i + D⁻_i). When both distances are 0 (every criterion is
 * constant, or there is a single proposal) the proposal is the ideal itself and gets 1.
 * @param p prepared matrix
 * @param weights weights summing to 1
 * @param out receives m closeness values in [0, 1]
 */
export function scoreTopsis(p: Prepared, weights: ArrayLike<number>, out: Float64Array): void {
  const { m, n, extra } = p;
  const w2 = new Float64Array(n);
  for (let j = 0; j < n; j++) w2[j] = (weights[j] ?? 0) ** 2;
  const plus = 2 * n;
  const minus = 2 * n + m * n;
  for (let i = 0; i < m; i++) {
    let dPlus = 0;
    let dMinus = 0;
    const base = i * n;
    for (let j = 0; j < n; j++) {
      dPlus += w2[j]! * extra[plus + base + j]!;
      dMinus += w2[j]! * extra[minus + base + j]!;
    }
    dPlus = Math.sqrt(dPlus);
    dMinus = Math.sqrt(dMinus);
    const total = dPlus + dMinus;
    out[i] = total > 0 ? finite(dMinus / total) : 1;
  }
}
