/** The numeric core shared by the ranking and the sensitivity analysis: weights, matrix, scores, eligibility. */
import type { Prepared } from './columns.js';
import { checkEligibility, type EligibilityResult } from './eligibility.js';
import { buildDecisionMatrix, type BuiltMatrix } from './matrix.js';
import { scoreMatrix } from './methods.js';
import type { Method, ScoreContext, ScoreInput } from './types.js';
import { resolveWeights, type ResolvedWeights } from './weights.js';

/** Everything computed before the ranking is assembled; shared with the sensitivity analysis. */
export interface ScoreComputation {
  readonly method: Method;
  readonly weights: ResolvedWeights;
  readonly built: BuiltMatrix;
  readonly prepared: Prepared;
  /** One score per matrix row. */
  readonly scores: Float64Array;
  /** One result per proposal, in `built.rows` order. */
  readonly eligibility: readonly EligibilityResult[];
}

/**
 * Runs the numeric part of the stage.
 * @param input scoring config and quick wins
 * @param ctx positions for diagnostics
 * @param method the method to score with
 * @returns weights, matrix, scores and eligibility
 */
export function computeScores(input: ScoreInput, ctx: ScoreContext, method: Method): ScoreComputation {
  const weights = resolveWeights(input.penilaian, ctx);
  const built = buildDecisionMatrix(input, ctx);
  const { prepared, scores } = scoreMatrix(method, built.matrix, weights.weights);
  const eligibility = built.rows.map((row) => checkEligibility(row, input.penilaian, ctx));
  return { method, weights, built, prepared, scores, eligibility };
}

/**
 * A context for runs whose diagnostics are discarded (the sensitivity analysis).
 * @returns a context that positions everything at line 1
 */
export function silentContext(): ScoreContext {
  const at = { file: '', line: 1, column: 1 };
  return { locateConfig: () => at, locateQuickWin: () => at };
}
