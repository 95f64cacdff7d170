/**
 * AHP criterion weights (Saaty): the principal eigenvector of a reciprocal pairwise matrix by power
 * iteration, λmax, the consistency index and ratio, and the judgement that hurts consistency most.
 */
import type { AhpPair, AhpResult } from './types.js';

/** Saaty's random consistency index for n = 1..10 (Saaty 1980). */
export const SAATY_RI: readonly number[] = [0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49];

/** CR above this is an inconsistent matrix (Saaty's 10 % rule). */
export const CR_LIMIT = 0.1;

const TOLERANCE = 1e-12;
const MAX_ITERATIONS = 100_000;

/**
 * The random index for a matrix of order n. Saaty's table stops at 10; beyond it we use the
 * regression of Alonso & Lamata (2006), "Consistency in the analytic hierarchy process: a new
 * approach", IJUFKS 14(4): RI(n) = (1.7699·n − 4.3513) / (n − 1), which continues Saaty's values
 * smoothly (RI(11) ≈ 1.512, approaching 1.77 for large n).
 * @param n matrix order
 * @returns the random index (0 for n ≤ 2)
 */
export function randomIndex(n: number): number {
  if (n <= 2) return 0;
  if (n <= SAATY_RI.length) return SAATY_RI[n - 1] ?? 0;
  return (1.7699 * n - 4.3513) / (n - 1);
}

/**
 * Principal eigenvector of a positive matrix, normalised to sum 1, by power iteration until no
 * component moves by more than 1e-12.
 * @param matrix square positive matrix
 * @returns weights summing to 1
 */
export function principalEigenvector(matrix: ReadonlyArray<readonly number[]>): number[] {
  const n = matrix.length;
  let w = new Array<number>(n).fill(1 / n);
  for (let iter = 0; iter < MAX_ITERATIONS; iter++) {
    const next = new Array<number>(n).fill(0);
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const row = matrix[i] ?? [];
      let s = 0;
      for (let j = 0; j < n; j++) s += (row[j] ?? 0) * (w[j] ?? 0);
      next[i] = s;
      sum += s;
    }
    let delta = 0;
    for (let i = 0; i < n; i++) {
      const v = sum > 0 ? (next[i] ?? 0) / sum : 1 / n;
      delta = Math.max(delta, Math.abs(v - (w[i] ?? 0)));
      next[i] = v;
    }
    w = next;
    if (delta <= TOLERANCE) break;
  }
  return w;
}

/**
 * Weights and consistency figures of a pairwise matrix.
 *
 * The "most inconsistent pair" is the judgement with the largest term in Saaty's identity
 * λmax − n = (1/n) Σ_{i<j} (ε_ij + 1/ε_ij − 2), where ε_ij = a_ij·w_j/w_i. That term is exactly
 * the share of the inconsistency index that pair is responsible for, and it treats a judgement
 * that is k times too high the same as one k times too low (unlike |ε − 1|, which would favour
 * overstatements). Its fix is the consistent value w_i/w_j, reported alongside.
 * @param criteria ids, in the order of the matrix rows
 * @param matrix reciprocal pairwise matrix
 * @param indexOf index in `perbandingan` of the judgement behind cell (i, j), or null
 * @returns the AHP result
 */
export function ahpFromMatrix(
  criteria: readonly string[],
  matrix: ReadonlyArray<readonly number[]>,
  indexOf: (i: number, j: number) => number | null = () => null,
): AhpResult {
  const n = matrix.length;
  const weights = principalEigenvector(matrix);
  // With Σw = 1 and Aw = λw, λ = Σ_i (Aw)_i.
  let lambdaMax = 0;
  for (let i = 0; i < n; i++) {
    const row = matrix[i] ?? [];
    for (let j = 0; j < n; j++) lambdaMax += (row[j] ?? 0) * (weights[j] ?? 0);
  }
  if (!Number.isFinite(lambdaMax) || lambdaMax < n) lambdaMax = Math.max(n, Number.isFinite(lambdaMax) ? lambdaMax : n);
  const ci = n > 1 ? (lambdaMax - n) / (n - 1) : 0;
  const ri = randomIndex(n);
  const cr = ri > 0 ? ci / ri : 0;
  return {
    criteria: [...criteria],
    matrix: matrix.map((row) => [...row]),
    weights,
    lambdaMax,
    ci,
    ri,
    cr,
    consistent: cr <= CR_LIMIT,
    worstPair: worstPair(criteria, matrix, weights, indexOf),
  };
}

function worstPair(
  criteria: readonly string[],
  matrix: ReadonlyArray<readonly number[]>,
  weights: readonly number[],
  indexOf: (i: number, j: number) => number | null,
): AhpPair | null {
  const n = matrix.length;
  let best: AhpPair | null = null;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const wi = weights[i] ?? 0;
      const wj = weights[j] ?? 0;
      const aij = matrix[i]?.[j] ?? 1;
      if (wi <= 0 || wj <= 0 || aij <= 0) continue;
      const eps = (aij * wj) / wi;
      const contribution = (eps + 1 / eps - 2) / n;
      // Ignore floating noise of a consistent matrix.
      if (!(contribution > 1e-12)) continue;
      if (best === null || contribution > best.contribution) {
        // Report the judgement the way round the user wrote it, when known.
        const idxIJ = indexOf(i, j);
        const idxJI = indexOf(j, i);
        const flip = idxIJ === null && idxJI !== null;
        best = {
          a: (flip ? criteria[j] : criteria[i]) ?? '',
          b: (flip ? criteria[i] : criteria[j]) ?? '',
          index: idxIJ ?? idxJI,
          given: flip ? 1 / aij : aij,
          consistent: flip ? wj / wi : wi / wj,
          contribution,
        };
      }
    }
  }
  return best;
}
