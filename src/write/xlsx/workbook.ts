/** Writes the masterplan workbook (`masterplan.xlsx`): one sheet per layout template, rows from the view model. */
import { UserError } from '../../errors.js';
import type { Model } from '../../model/index.js';
import type { Ranking } from '../../score/types.js';
import { newWorkbook, workbookBytes } from './book.js';
import { renderSheet } from './render-sheet.js';
import { loadSheetTemplates, type SheetTemplate } from './template.js';
import { VIEWS } from './view/index.js';

export interface WorkbookOptions {
  /** Document date and zip entry time: `buildDate(env.vars)`, so identical input gives identical bytes. */
  readonly date: Date;
  /** Project folder whose `templates/workbook/*.yaml` override the built-ins by file name (default: the model's root). */
  readonly projectRoot?: string;
  /** Folder of the built-in sheet templates (tests). */
  readonly builtinTemplates?: string;
  /** Already loaded templates; when given, no template file is read. */
  readonly templates?: readonly SheetTemplate[];
}

/**
 * Builds the workbook: summary, quick-win ranking (with the SAW score as a live formula over an
 * editable weights band), score matrix, strategic issues, OPDs, applications, programs and roadmap,
 * readiness and data completeness, as the layout templates describe them.
 * @param model the project model
 * @param ranking the quick-win ranking
 * @param options build date and template locations
 * @returns the XLSX file content
 * @throws UserError when a project's sheet template is invalid
 */
export async function writeWorkbook(model: Model, ranking: Ranking, options: WorkbookOptions): Promise<Uint8Array> {
  // 1. Layout templates.
  let templates = options.templates;
  if (templates === undefined) {
    const loaded = loadSheetTemplates(options.projectRoot ?? model.root, options.builtinTemplates);
    if (loaded.problems.length > 0) {
      throw new UserError(`Templat lembar kerja tidak sah / invalid workbook template:\n  ${loaded.problems.join('\n  ')}`);
    }
    templates = loaded.templates;
  }
  // 2. One sheet per template, rows from its view.
  const wb = newWorkbook(options.date, `Masterplan Smart City ${model.config.daerah.nama}`);
  for (const tpl of templates) renderSheet(wb, tpl, VIEWS[tpl.view](model, ranking));
  // 3. Reproducible bytes.
  return workbookBytes(wb, options.date);
}
