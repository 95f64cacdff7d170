/**
 * The analyse phase of the pipeline: a checked project → Model → Ranking, with the callbacks that let
 * scoring diagnostics point into the user's files; and the check and analyse phases chained, as the
 * build, the ranking and the status need them.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { FileSource } from '../load/index.js';
import { buildModel, type Model } from '../model/index.js';
import { explainQuickWin, rankQuickWins, type Explanation, type RankOptions, type Ranking } from '../score/index.js';
import { taxonomy } from '../taxonomy/index.js';
import type { ProjectData } from '../validate/index.js';
import { loadAndValidate, type Checked } from './check.js';
import { scoreContext } from './scoring.js';

export { scoreContext } from './scoring.js';

/** A project modelled and ranked. */
export interface Analysis {
  readonly model: Model;
  readonly ranking: Ranking;
}

/**
 * Builds the model and ranks the quick wins. Call only when validation found no errors.
 * @param project validated project
 * @param options ranking options (method, sensitivity)
 * @returns the analysis, or undefined without a valid masterplan.yaml, plus scoring diagnostics
 */
export function analyse(project: ProjectData, options: RankOptions = {}): { analysis?: Analysis; diagnostics: Diagnostic[] } {
  const model = buildModel(project, taxonomy());
  if (model === undefined) return { diagnostics: [] };
  const ranking = rankQuickWins(
    { penilaian: model.config.penilaian, quickwins: model.quickwin.map((q) => ({ id: q.id, data: q.data })) },
    scoreContext(project),
    options,
  );
  return { analysis: { model, ranking }, diagnostics: [...ranking.diagnostics] };
}

/** A project folder checked and, when it has no errors, analysed. */
export interface Analysed {
  readonly checked: Checked;
  /** Whether the folder is a masterplan project at all: it has masterplan.yaml or data files. */
  readonly isProject: boolean;
  /** The errors of the check (the scoring's own errors among them); with any, nothing may be built. */
  readonly errors: readonly Diagnostic[];
  /**
   * The model and ranking; undefined without a valid masterplan.yaml or after errors other than the
   * scoring's (a ranking with inconsistent AHP judgements is still shown, with its error).
   */
  readonly analysis?: Analysis;
  /** The diagnostics of the scoring (an inconsistent AHP matrix is an error). */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Checks a project folder and, when it has no errors, models and ranks it. Only the YAML files count:
 * a filled form in forms/ that is not imported yet neither blocks the analysis nor costs the time of
 * reading spreadsheets (`validate` checks the forms).
 * @param root project folder
 * @param options ranking options (method, sensitivity)
 * @param source where the files are read from, when not the folder (an earlier version of the project)
 * @returns the check, its errors, and the analysis with its diagnostics
 */
export async function checkAndAnalyse(root: string, options: RankOptions = {}, source?: FileSource): Promise<Analysed> {
  // 1. Load and validate.
  const checked = await loadAndValidate(root, { forms: false, ...(source !== undefined ? { source } : {}) });
  const isProject = checked.loaded.hasConfig || checked.loaded.files.length > 0;
  const errors = checked.diagnostics.filter((d) => d.severity === 'error');
  if (errors.some((d) => !d.code.startsWith('score/'))) return { checked, isProject, errors, diagnostics: [] };
  // 2. Model and ranking.
  const { analysis, diagnostics } = analyse(checked.project, options);
  return { checked, isProject, errors, ...(analysis !== undefined ? { analysis } : {}), diagnostics };
}

/**
 * One quick win of a ranking explained: each criterion's share of its score and the smallest change
 * that would move it up a rank (`score --explain`).
 * @param ranking the ranking
 * @param id the quick win
 * @returns the explanation, or undefined when the id is not in the ranking
 */
export function explain(ranking: Ranking, id: string): Explanation | undefined {
  return explainQuickWin(ranking, id);
}
