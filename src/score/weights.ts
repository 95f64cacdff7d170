/**
 * Criterion weights from the scoring config: `bobot` normalised to sum 1, or AHP weights from
 * `perbandingan`, with diagnostics for incomplete, conflicting or inconsistent judgements.
 */
import { diagnostic } from '../diagnostics/catalogue.js';
import { dottedPath, type Diagnostic } from '../diagnostics/diagnostic.js';
import { ahpFromMatrix, CR_LIMIT } from './ahp.js';
import type { AhpResult, Penilaian, ScoreContext, WeightsSource } from './types.js';

/** Weights of the criteria, in `kriteria` order, summing to 1. */
export interface ResolvedWeights {
  readonly weights: number[];
  readonly source: WeightsSource;
  readonly ahp: AhpResult | null;
  readonly diagnostics: Diagnostic[];
}

const SAATY_MIN = 1 / 9 - 1e-9;
const SAATY_MAX = 9 + 1e-9;

/**
 * Normalises positive numbers to sum 1 without overflowing: divide by the largest first.
 * @param values positive finite numbers
 * @returns the values divided by their sum (equal shares when nothing is positive)
 */
export function normaliseWeights(values: readonly number[]): number[] {
  let max = 0;
  for (const v of values) if (Number.isFinite(v) && v > max) max = v;
  if (!(max > 0)) return values.map(() => 1 / Math.max(1, values.length));
  const scaled = values.map((v) => (Number.isFinite(v) && v > 0 ? v / max : 0));
  const sum = scaled.reduce((s, v) => s + v, 0);
  return scaled.map((v) => v / sum);
}

/**
 * Resolves the weights of `penilaian.kriteria` (docs/scoring.md: either every criterion has `bobot`
 * or `perbandingan` covers every pair).
 * @param penilaian the scoring config
 * @param ctx positions for diagnostics
 * @returns weights, where they came from, AHP figures and diagnostics
 */
export function resolveWeights(penilaian: Penilaian, ctx: ScoreContext): ResolvedWeights {
  const kriteria = penilaian.kriteria;
  const perbandingan = penilaian.perbandingan ?? [];
  const withoutBobot = kriteria.filter((k) => k.bobot === undefined).map((k) => k.id);
  const diagnostics: Diagnostic[] = [];
  const at = (path: ReadonlyArray<string | number>) => ({ at: ctx.locateConfig(path), path: dottedPath(path) });

  if (perbandingan.length > 0) {
    if (withoutBobot.length < kriteria.length) {
      const p = at(['penilaian', 'perbandingan']);
      diagnostics.push(diagnostic('score/weights-conflict', p.at, {}, { path: p.path }));
    }
    const ahp = ahpFromJudgements(penilaian, ctx, diagnostics);
    return { weights: [...ahp.weights], source: 'ahp', ahp, diagnostics };
  }
  if (withoutBobot.length === 0) {
    return { weights: normaliseWeights(kriteria.map((k) => k.bobot ?? 0)), source: 'bobot', ahp: null, diagnostics };
  }
  const p = at(['penilaian', 'kriteria']);
  diagnostics.push(
    diagnostic('score/weights-missing', p.at, { criteria: withoutBobot.join(', ') }, { path: p.path }),
  );
  return { weights: kriteria.map(() => 1 / kriteria.length), source: 'equal', ahp: null, diagnostics };
}

/** Builds the reciprocal matrix from `[a, b, nilai]` judgements and runs AHP on it. */
function ahpFromJudgements(penilaian: Penilaian, ctx: ScoreContext, diagnostics: Diagnostic[]): AhpResult {
  const ids = penilaian.kriteria.map((k) => k.id);
  const n = ids.length;
  const position = new Map(ids.map((id, i) => [id, i] as const));
  const matrix = ids.map((_, i) => ids.map((__, j) => (i === j ? 1 : Number.NaN)));
  const source: Array<Array<number | null>> = ids.map(() => ids.map(() => null));
  const loc = (path: ReadonlyArray<string | number>) => ({ at: ctx.locateConfig(path), path: dottedPath(path) });

  (penilaian.perbandingan ?? []).forEach(([a, b, nilai], index) => {
    const where = loc(['penilaian', 'perbandingan', index]);
    const i = position.get(a);
    const j = position.get(b);
    for (const [id, pos] of [[a, i], [b, j]] as const) {
      if (pos === undefined) {
        diagnostics.push(diagnostic('score/ahp-unknown-criterion', where.at, { criterion: id }, { path: where.path }));
      }
    }
    if (i === undefined || j === undefined) return;
    if (i === j) {
      diagnostics.push(diagnostic('score/ahp-self-comparison', where.at, { criterion: a }, { path: where.path }));
      return;
    }
    const first = source[i]?.[j] ?? source[j]?.[i] ?? null;
    if (first !== null) {
      diagnostics.push(
        diagnostic('score/ahp-duplicate-pair', where.at, { a, b, first: first + 1 }, { path: where.path }),
      );
      return;
    }
    if (nilai < SAATY_MIN || nilai > SAATY_MAX) {
      diagnostics.push(diagnostic('score/ahp-scale', where.at, { value: nilai }, { path: where.path }));
    }
    setCell(matrix, i, j, nilai);
    setCell(matrix, j, i, 1 / nilai);
    const row = source[i];
    if (row) row[j] = index;
  });

  // A missing pair counts as equal importance, with an error so the user completes it.
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (Number.isNaN(matrix[i]?.[j] ?? Number.NaN)) {
        const where = loc(['penilaian', 'perbandingan']);
        diagnostics.push(
          diagnostic('score/ahp-missing-pair', where.at, { a: ids[i] ?? '', b: ids[j] ?? '' }, { path: where.path }),
        );
        setCell(matrix, i, j, 1);
        setCell(matrix, j, i, 1);
      }
    }
  }

  const ahp = ahpFromMatrix(ids, matrix, (i, j) => source[i]?.[j] ?? null);
  if (ahp.cr > CR_LIMIT && ahp.worstPair) {
    const pair = ahp.worstPair;
    const path: Array<string | number> = ['penilaian', 'perbandingan'];
    if (pair.index !== null) path.push(pair.index);
    const where = loc(path);
    diagnostics.push(
      diagnostic('score/ahp-inconsistent', where.at,
        {
          cr: ahp.cr,
          a: pair.a,
          b: pair.b,
          given: pair.given,
          consistent: pair.consistent,
        },
        { path: where.path },
      ),
    );
  }
  return ahp;
}

function setCell(matrix: number[][], i: number, j: number, value: number): void {
  const row = matrix[i];
  if (row) row[j] = value;
}
