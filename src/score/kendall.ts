/** Kendall's rank correlation τ-b, with ties, in O(n log n) (Knight's algorithm). */

/**
 * Kendall's τ-b between two paired samples:
 * τ_b = (n_c − n_d) / sqrt((n0 − n1)(n0 − n2)), where n0 = n(n−1)/2 and n1, n2 count pairs tied
 * in x and in y. Computed as in Knight (1966), "A computer method for calculating Kendall's tau
 * with ungrouped data", JASA 61(314): sort by (x, y), then count discordant pairs as the swaps
 * of a merge sort on y.
 * @param x first sample
 * @param y second sample, same length
 * @returns τ-b in [−1, 1], or null when undefined (fewer than 2 pairs, or one sample all tied)
 */
export function kendallTauB(x: ArrayLike<number>, y: ArrayLike<number>): number | null {
  const n = Math.min(x.length, y.length);
  if (n < 2) return null;
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => (x[a] ?? 0) - (x[b] ?? 0) || (y[a] ?? 0) - (y[b] ?? 0));
  const n0 = (n * (n - 1)) / 2;

  // Ties in x (n1) and joint ties in (x, y) (n3), on the (x, y)-sorted order.
  let n1 = 0;
  let n3 = 0;
  let runX = 1;
  let runXY = 1;
  for (let k = 1; k <= n; k++) {
    const a = order[k - 1] ?? 0;
    const b = order[k];
    const sameX = b !== undefined && x[a] === x[b];
    const sameXY = sameX && y[a] === y[b];
    if (sameX) runX++;
    else {
      n1 += (runX * (runX - 1)) / 2;
      runX = 1;
    }
    if (sameXY) runXY++;
    else {
      n3 += (runXY * (runXY - 1)) / 2;
      runXY = 1;
    }
  }

  // Merge sort on y counts the pairs that are out of order (discordant).
  const ys = Float64Array.from(order, (i) => y[i] ?? 0);
  const swaps = mergeCount(ys, new Float64Array(n), 0, n);

  // Ties in y (n2), on the y-sorted values.
  let n2 = 0;
  let runY = 1;
  for (let k = 1; k <= n; k++) {
    if (k < n && ys[k] === ys[k - 1]) runY++;
    else {
      n2 += (runY * (runY - 1)) / 2;
      runY = 1;
    }
  }

  const denominator = Math.sqrt((n0 - n1) * (n0 - n2));
  if (!(denominator > 0)) return null;
  const s = n0 - n1 - n2 + n3 - 2 * swaps;
  return Math.max(-1, Math.min(1, s / denominator));
}

/** Sorts a[lo, hi) ascending and returns how many pairs were strictly out of order. */
function mergeCount(a: Float64Array, tmp: Float64Array, lo: number, hi: number): number {
  if (hi - lo < 2) return 0;
  const mid = (lo + hi) >>> 1;
  let swaps = mergeCount(a, tmp, lo, mid) + mergeCount(a, tmp, mid, hi);
  let i = lo;
  let j = mid;
  let k = lo;
  while (i < mid && j < hi) {
    if ((a[j] ?? 0) < (a[i] ?? 0)) {
      swaps += mid - i;
      tmp[k++] = a[j++] ?? 0;
    } else tmp[k++] = a[i++] ?? 0;
  }
  while (i < mid) tmp[k++] = a[i++] ?? 0;
  while (j < hi) tmp[k++] = a[j++] ?? 0;
  for (let t = lo; t < hi; t++) a[t] = tmp[t] ?? 0;
  return swaps;
}
