/** The masterplan workbook (`masterplan.xlsx`) as a sheet model: one sheet per layout template, rows from the view model. */
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Model } from '../../model/index.js';
import type { Ranking } from '../../score/types.js';
import type { Workbook } from '../../sheet/index.js';
import { workbookProperties } from '../sheet-style.js';
import { layoutSheet } from './layout.js';
import { loadSheetTemplates, type SheetTemplate } from './template.js';
import { VIEWS } from './views/index.js';

export { loadSheetTemplates, builtinWorkbookTemplates, type SheetTemplate } from './template.js';

export interface WorkbookOptions {
  /** Document date: `buildDate(env.vars)`, so identical input gives identical bytes. */
  readonly date: Date;
  /** Project folder whose `templates/workbook/*.yaml` override the built-ins by file name (default: the model's root). */
  readonly projectRoot?: string;
  /** Folder of the built-in sheet templates (tests). */
  readonly builtinTemplates?: string;
  /** Already loaded templates; when given, no template file is read. */
  readonly templates?: readonly SheetTemplate[];
}

/** The result of {@link masterplanWorkbook}. */
export interface WorkbookResult {
  /** The workbook, unless a layout template is invalid. */
  readonly workbook?: Workbook;
  /** Problems of the layout templates, each at its file, line and column. */
  readonly diagnostics: Diagnostic[];
}

/**
 * The workbook: summary, quick-win ranking (with the SAW score as a live formula over an
 * editable weights band), score matrix, strategic issues, OPDs, applications, programs and roadmap,
 * readiness and data completeness, as the layout templates describe them.
 * @param model the project model
 * @param ranking the quick-win ranking
 * @param options build date and template locations
 * @returns the workbook model, or the diagnostics of the invalid templates
 */
export async function masterplanWorkbook(model: Model, ranking: Ranking, options: WorkbookOptions): Promise<WorkbookResult> {
  // 1. Layout templates.
  let templates = options.templates;
  if (templates === undefined) {
    const loaded = await loadSheetTemplates(options.projectRoot ?? model.root, options.builtinTemplates);
    if (loaded.diagnostics.length > 0) return { diagnostics: loaded.diagnostics };
    templates = loaded.templates;
  }
  // 2. One sheet per template, rows from its view.
  const workbook: Workbook = {
    properties: workbookProperties(options.date, `Masterplan Smart City ${model.config.daerah.nama}`),
    sheets: templates.map((tpl) => layoutSheet(tpl, VIEWS[tpl.view](model, ranking))),
  };
  return { workbook, diagnostics: [] };
}
