/**
 * The scoring as the check phase sees it: the positions callbacks that let scoring diagnostics
 * point into the user's files, and every error the scoring would stop `score` or a build with, so
 * that `validate` reports each of them first, with the same code and position.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { fileStart, locate } from '../load/index.js';
import { rankQuickWins, type ScoreContext } from '../score/index.js';
import type { ProjectData } from '../validate/index.js';

/**
 * The positions callbacks of the scoring stage for a validated project.
 * @param project validated project
 * @returns the score context
 */
export function scoreContext(project: ProjectData): ScoreContext {
  const quickwins = new Map(project.quickwin.map((q) => [q.id, q.file]));
  return {
    locateConfig: (path) => (project.config !== undefined ? locate(project.config.file, path, 'value') : fileStart('masterplan.yaml')),
    locateQuickWin: (id, path) => {
      const file = quickwins.get(id);
      return file !== undefined ? locate(file, path, 'value') : fileStart(`data/quickwin/${id}.yaml`);
    },
  };
}

/**
 * The errors the scoring would report for a project (an inconsistent AHP matrix, incomplete
 * judgements): the same ranking `score` and `build` make, errors only. Run only when the
 * configuration itself has no errors, so a structural problem the rules already name is not
 * reported twice.
 * @param project validated project
 * @returns the scoring's errors
 */
export function scoringErrors(project: ProjectData): Diagnostic[] {
  const config = project.config;
  if (config === undefined) return [];
  const ranking = rankQuickWins(
    { penilaian: config.data.penilaian, quickwins: project.quickwin.map((q) => ({ id: q.id, data: q.data })) },
    scoreContext(project),
  );
  return ranking.diagnostics.filter((d) => d.severity === 'error');
}
