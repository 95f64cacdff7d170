/** Turns missing stage items and coverage gaps into diagnostics, naming the OPD that owes each item. */
import { diagnostic } from '../diagnostics/catalogue.js';
import { isNaskahRequirement } from '../diagnostics/codes/naskah.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Model } from '../model/index.js';
import type { RequirementItem } from './evaluate.js';
import type { CoverageGap } from './report.js';

/**
 * One error per missing required item, positioned at the file where the data belongs.
 * @param items evaluated requirement items
 * @param model the model (for OPD names)
 * @returns diagnostics
 */
export function missingDiagnostics(items: readonly RequirementItem[], model: Model): Diagnostic[] {
  return items.filter((i) => !i.ok).map((i) => {
    const owner = i.opd !== undefined ? (model.opdById.get(i.opd)?.data.nama ?? i.opd) : undefined;
    const at = { file: i.file, line: 1, column: 1 };
    if (isNaskahRequirement(i.syarat)) {
      return diagnostic('naskah/missing', at, {
        slot: i.syarat.slice('naskah:'.length),
        section: i.detail ?? '',
        stage: i.stage,
        ...(owner !== undefined ? { owner } : {}),
      });
    }
    return diagnostic('stage/missing', at, {
      syarat: i.syarat,
      stage: i.stage,
      ...(owner !== undefined ? { owner } : {}),
      ...(i.detail !== undefined ? { detail: i.detail } : {}),
    });
  });
}

/**
 * Warnings for coverage gaps (they never block a build).
 * @param gaps coverage gaps of the status report
 * @returns diagnostics
 */
export function coverageDiagnostics(gaps: readonly CoverageGap[]): Diagnostic[] {
  return gaps.map((g) =>
    g.kind === 'dimension'
      ? diagnostic('stage/coverage-dimension', { file: 'masterplan.yaml', line: 1, column: 1 }, { dimensi: g.nama, without: g.without })
      : diagnostic('stage/coverage-opd', { file: `data/opd/${g.opd}.yaml`, line: 1, column: 1 }, { opd: g.nama }),
  );
}
