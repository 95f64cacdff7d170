/**
 * The analyse phase of the pipeline, after the check: the model and score stages: validated project → Model → Ranking, with the
 * callbacks that let scoring diagnostics point into the user's files.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Lang } from '../diagnostics/spec.js';
import { fileStart, locate } from '../load/index.js';
import { buildModel, type Model } from '../model/index.js';
import { rankQuickWins, type RankOptions, type Ranking, type ScoreContext } from '../score/index.js';
import { taxonomy } from '../taxonomy/index.js';
import type { ProjectData } from '../validate/index.js';

export interface Analysis {
  readonly model: Model;
  readonly ranking: Ranking;
}

/**
 * The positions callbacks of the scoring stage for a validated project.
 * @param project validated project
 * @param lang message language
 * @returns the score context
 */
export function scoreContext(project: ProjectData, lang: Lang): ScoreContext {
  const quickwins = new Map(project.quickwin.map((q) => [q.id, q.file]));
  return {
    lang,
    locateConfig: (path) => (project.config !== undefined ? locate(project.config.file, path, 'value') : fileStart('masterplan.yaml')),
    locateQuickWin: (id, path) => {
      const file = quickwins.get(id);
      return file !== undefined ? locate(file, path, 'value') : fileStart(`data/quickwin/${id}.yaml`);
    },
  };
}

/**
 * Builds the model and ranks the quick wins. Call only when validation found no errors.
 * @param project validated project
 * @param lang message language
 * @param options ranking options (method, sensitivity)
 * @returns the analysis, or undefined without a valid masterplan.yaml, plus scoring diagnostics
 */
export function analyse(project: ProjectData, lang: Lang, options: RankOptions = {}): { analysis?: Analysis; diagnostics: Diagnostic[] } {
  const model = buildModel(project, taxonomy());
  if (model === undefined) return { diagnostics: [] };
  const ranking = rankQuickWins(
    { penilaian: model.config.penilaian, quickwins: model.quickwin.map((q) => ({ id: q.id, data: q.data })) },
    scoreContext(project, lang),
    options,
  );
  return { analysis: { model, ranking }, diagnostics: [...ranking.diagnostics] };
}
