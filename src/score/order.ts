/** The one ranking order of the stage: score descending, then id ascending; unscored drafts last. */
import { compareIds } from './matrix.js';

/**
 * Scores are compared on a 10⁻⁹ grid so that floating noise (0.1 + 0.2 vs 0.3) cannot break a
 * tie. The grid is absolute and fine enough for WP, whose scores V = S / ΣS shrink like 1/m.
 */
export const SCORE_GRID = 1e9;

/**
 * The comparable form of a score.
 * @param score a score in [0, 1]
 * @returns an integer key
 */
export function scoreKey(score: number): number {
  return Math.round(score * SCORE_GRID);
}

/** What the order needs to know of a proposal. */
export interface Orderable {
  readonly id: string;
  readonly scored: boolean;
  readonly score: number;
}

/**
 * Compares two proposals for the ranking: scored before unscored, higher score first, then id.
 * @param a first proposal
 * @param b second proposal
 * @returns negative when a ranks before b
 */
export function compareRanked(a: Orderable, b: Orderable): number {
  if (a.scored !== b.scored) return a.scored ? -1 : 1;
  const d = scoreKey(b.score) - scoreKey(a.score);
  return d !== 0 ? d : compareIds(a.id, b.id);
}
