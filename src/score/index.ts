/** The public API of the scoring stage: rank, select, explain and test the stability of quick wins. */
export { ahpFromMatrix, principalEigenvector, randomIndex, SAATY_RI, CR_LIMIT } from './ahp.js';
export { explainQuickWin } from './explain.js';
export type { Explanation, ExplainedCriterion, Improvement, Neighbour } from './explain.js';
export { kendallTauB } from './kendall.js';
export type { DecisionMatrix } from './matrix.js';
export { scoreMatrix } from './methods.js';
export { mulberry32 } from './random.js';
export { rankQuickWins } from './rank.js';
export { methodAgreement, sensitivity } from './sensitivity.js';
export { weightedProductS } from './wp.js';
export { normaliseWeights } from './weights.js';
export * from './types.js';
