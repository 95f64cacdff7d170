/** Turns missing stage items and coverage gaps into diagnostics, naming the OPD that owes each item. */
import { diagnostic } from '../diagnostics/catalogue.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Lang } from '../diagnostics/spec.js';
import type { Model } from '../model/index.js';
import type { RequirementItem } from './evaluate.js';
import { COVERAGE_LABELS as WITHOUT, SYARAT_LABELS, TIM_PELAKSANA } from './labels.js';
import type { CoverageGap } from './report.js';


/**
 * One error per missing required item, positioned at the file where the data belongs.
 * @param items evaluated requirement items
 * @param model the model (for OPD names)
 * @param lang message language
 * @returns diagnostics
 */
export function missingDiagnostics(items: readonly RequirementItem[], model: Model, lang: Lang): Diagnostic[] {
  return items.filter((i) => !i.ok).map((i) => {
    const owner = i.opd !== undefined ? (model.opdById.get(i.opd)?.data.nama ?? i.opd) : undefined;
    return diagnostic('stage/missing', lang, { file: i.file, line: 1, column: 1 }, {
      item: SYARAT_LABELS[i.syarat].id,
      itemEn: SYARAT_LABELS[i.syarat].en,
      owner: owner ?? TIM_PELAKSANA.id,
      ownerEn: owner ?? TIM_PELAKSANA.en,
      stage: i.stage,
      ...(i.detail !== undefined ? { detail: i.detail } : {}),
    });
  });
}

/**
 * Warnings for coverage gaps (they never block a build).
 * @param gaps coverage gaps of the status report
 * @param lang message language
 * @returns diagnostics
 */
export function coverageDiagnostics(gaps: readonly CoverageGap[], lang: Lang): Diagnostic[] {
  return gaps.map((g) =>
    g.kind === 'dimension'
      ? diagnostic('stage/coverage-dimension', lang, { file: 'masterplan.yaml', line: 1, column: 1 }, {
          dimensi: g.nama, without: WITHOUT[g.without][0], withoutEn: WITHOUT[g.without][1],
        })
      : diagnostic('stage/coverage-opd', lang, { file: `data/opd/${g.opd}.yaml`, line: 1, column: 1 }, { opd: g.nama }),
  );
}
