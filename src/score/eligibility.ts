/**
 * Eligibility (`syarat`, docs/scoring.md): a quick win that runs too long, costs too much, answers no
 * strategic issue or is not (fully) scored stays in the ranking but can never be selected.
 */
import { diagnostic } from '../diagnostics/catalogue.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { QuickWinRow } from './matrix.js';
import type { Penilaian, Reason, ScoreContext } from './types.js';

/** The reasons a proposal is not eligible, and the diagnostics that go with them. */
export interface EligibilityResult {
  readonly reasons: Reason[];
  readonly diagnostics: Diagnostic[];
}

/**
 * Checks one proposal against `syarat`. Unscored and partly scored proposals get a reason too
 * (their diagnostics come from the matrix), so "eligible" always means "may be selected".
 * @param row the proposal and its values
 * @param penilaian the scoring config
 * @param ctx positions for diagnostics
 * @returns reasons (empty when eligible) and diagnostics
 */
export function checkEligibility(row: QuickWinRow, penilaian: Penilaian, ctx: ScoreContext): EligibilityResult {
  const { id, data } = row.entry;
  const syarat = penilaian.syarat;
  const reasons: Reason[] = [];
  const diagnostics: Diagnostic[] = [];

  if (!row.scored) reasons.push({ code: 'not-scored', args: {} });
  else if (row.missing.length > 0) reasons.push({ code: 'incomplete-scores', args: { criteria: row.missing } });
  if (data.durasi_bulan > syarat.durasi_bulan_maks) {
    const args = { durasi: data.durasi_bulan, max: syarat.durasi_bulan_maks };
    reasons.push({ code: 'duration-over', args });
    diagnostics.push(diagnostic('score/ineligible-duration', ctx.locateQuickWin(id, ['durasi_bulan']), args, { path: 'durasi_bulan' }));
  }
  if (syarat.anggaran_maks !== undefined && data.anggaran.nilai > syarat.anggaran_maks) {
    const args = { anggaran: data.anggaran.nilai, max: syarat.anggaran_maks };
    reasons.push({ code: 'budget-over', args });
    diagnostics.push(diagnostic('score/ineligible-budget', ctx.locateQuickWin(id, ['anggaran', 'nilai']), args, { path: 'anggaran.nilai' }));
  }
  if (syarat.isu_wajib && (data.isu === undefined || data.isu.length === 0)) {
    reasons.push({ code: 'no-issue', args: {} });
    diagnostics.push(diagnostic('score/ineligible-no-issue', ctx.locateQuickWin(id, ['isu']), {}, { path: 'isu' }));
  }
  return { reasons, diagnostics };
}
