/**
 * The status: check → model → score → what each OPD has submitted and still owes for a bimtek stage,
 * with when each OPD file last changed; and its checklist written as XLSX.
 */
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { lastChanged } from '../load/history.js';
import type { Model } from '../model/index.js';
import { defaultStage, stagesOf, statusReport, type StatusReport } from '../status/index.js';
import { makeFolder } from '../write/folder.js';
import { checkAndAnalyse } from './analyse.js';

/** How a status request ended. */
export type StatusResult =
  /** The folder has neither masterplan.yaml nor data files. */
  | { readonly kind: 'not-a-project' }
  /** The project has errors; the status needs a valid project. */
  | { readonly kind: 'invalid'; readonly errors: readonly Diagnostic[]; readonly files: number }
  /** There is no valid masterplan.yaml to model. */
  | { readonly kind: 'no-model' }
  /** The status report of `stage`, and the model it describes. */
  | { readonly kind: 'report'; readonly report: StatusReport; readonly model: Model; readonly stage: number };

/**
 * The data-completeness status of a project for one bimtek stage.
 * @param root project folder
 * @param options the stage (by default the next bimtek after `today`, else 4) and today's date
 * @returns the report, or why there is none
 */
export async function projectStatus(root: string, options: { stage?: number; today: Date }): Promise<StatusResult> {
  // 1. Check, model and rank (the status counts the selected quick wins).
  const analysed = await checkAndAnalyse(root);
  if (!analysed.isProject) return { kind: 'not-a-project' };
  if (analysed.errors.length > 0) return { kind: 'invalid', errors: analysed.errors, files: analysed.checked.loaded.files.length };
  const { analysis } = analysed;
  if (analysis === undefined) return { kind: 'no-model' };
  // 2. The requirements of the stage against the data, with the files' history.
  const stages = stagesOf(analysis.model.config);
  const stage = options.stage ?? defaultStage(analysis.model.config, options.today);
  const history = await lastChanged(root, analysis.model.opd.map((o) => o.file));
  const report = statusReport(analysis.model, stages, stage, {
    selected: analysis.ranking.quickwins.filter((p) => p.selected).length,
    lastChanged: history.times,
  });
  return { kind: 'report', report, model: analysis.model, stage };
}

/**
 * Writes the checklist of a status report as XLSX: the checklist view, the XLSX writer, an atomic write.
 * @param report the status report
 * @param model the model it describes
 * @param out absolute output path (its folder is created)
 * @param date the date stamped into the file
 */
export async function writeStatusChecklist(report: StatusReport, model: Model, out: string, date: Date): Promise<void> {
  const { statusChecklist } = await import('../report/status/checklist.js');
  const { writeXlsx } = await import('../write/xlsx/index.js');
  const { writeAtomic } = await import('../write/atomic.js');
  await makeFolder(path.dirname(out));
  await writeAtomic(out, await writeXlsx(statusChecklist(report, model, { date }), { date }));
}
