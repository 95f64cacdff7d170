/**
 * The scoring stage's entry point: weights → decision matrix → method scores → eligibility →
 * order → selection, assembled into one serialisable `Ranking`.
 */
import { compareDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { computeScores } from './compute.js';
import { columnDiagnostics } from './column-checks.js';
import { scaleBounds } from './matrix.js';
import { METHOD_IMPLS } from './methods.js';
import { compareRanked } from './order.js';
import { selectPerDimension } from './select.js';
import { sensitivityOf } from './sensitivity.js';
import type {
  CriterionScore,
  RankedCriterion,
  RankedQuickWin,
  Ranking,
  RankOptions,
  ScoreContext,
  ScoreInput,
} from './types.js';

/**
 * Scores, ranks and selects the quick wins (docs/scoring.md).
 *
 * Proposals with neither `skor` nor `penilaian` (drafts) are ranked after every scored proposal,
 * by id, with score 0 and the reason "not scored"; they are never selected.
 * @param input scoring config and quick wins
 * @param ctx positions for diagnostics
 * @param options method override and optional sensitivity analysis
 * @returns the complete ranking
 */
export function rankQuickWins(input: ScoreInput, ctx: ScoreContext, options: RankOptions = {}): Ranking {
  const method = options.method ?? input.penilaian.metode;
  const impl = METHOD_IMPLS[method];

  // 1. Weights, matrix, scores and eligibility.
  const a = computeScores(input, ctx, method);
  const { built, prepared, scores } = a;
  const w = a.weights.weights;
  const kriteria = input.penilaian.kriteria;

  // 2. Criteria as reported.
  const criteria: RankedCriterion[] = kriteria.map((k, j) => ({
    id: k.id,
    nama: k.nama,
    jenis: k.jenis,
    dari: k.dari ?? null,
    weight: w[j] ?? 0,
  }));

  // 3. Order: score descending, then id; unscored last.
  const unordered = built.rows.map((row, r) => {
    const score = row.row >= 0 ? (scores[row.row] ?? 0) : 0;
    const cells: CriterionScore[] = row.cells.map((cell, j) => {
      const normalised = row.row >= 0 ? (prepared.normalised[row.row * prepared.n + j] ?? 0) : 0;
      return {
        criterion: kriteria[j]?.id ?? '',
        value: cell.value,
        source: cell.source,
        spread: cell.spread,
        normalised,
        weighted: row.row >= 0 ? impl.weighted(normalised, w[j] ?? 0) : 0,
      };
    });
    const reasons = a.eligibility[r]?.reasons ?? [];
    return { row, score, cells, reasons, eligible: reasons.length === 0 };
  });
  const ordered = unordered
    .map((p) => ({ ...p, id: p.row.entry.id, scored: p.row.scored, dimensi: p.row.entry.data.dimensi }))
    .sort(compareRanked);

  // 4. Selection per dimension.
  const sel = selectPerDimension(ordered, input.penilaian.pilihan.per_dimensi);

  // 5. Assemble.
  const quickwins: RankedQuickWin[] = ordered.map((p, index) => ({
    id: p.id,
    nama: p.row.entry.data.nama,
    opd: p.row.entry.data.opd,
    dimensi: p.row.entry.data.dimensi,
    elemen: p.row.entry.data.elemen,
    scored: p.scored,
    criteria: p.cells,
    score: p.score,
    rank: index + 1,
    eligible: p.eligible,
    reasons: p.reasons,
    selected: sel.selected.has(p.id),
  }));
  const diagnostics: Diagnostic[] = [
    ...a.weights.diagnostics,
    ...built.diagnostics,
    ...columnDiagnostics(input.penilaian, built.rows, built.matrix, prepared, ctx),
    ...a.eligibility.flatMap((e) => e.diagnostics),
  ].sort(compareDiagnostics);
  const { low, high } = scaleBounds(input.penilaian);

  const ranking: Ranking = {
    method,
    skala: { min: low, max: high },
    criteria,
    weightsSource: a.weights.source,
    ahp: a.weights.ahp,
    perDimensi: input.penilaian.pilihan.per_dimensi,
    quickwins: quickwins,
    selection: sel.selection,
    dimensionsWithoutSelection: sel.without,
    diagnostics,
  };
  if (options.sensitivity) {
    return { ...ranking, sensitivity: sensitivityOf(a, input, options.sensitivity) };
  }
  return ranking;
}
