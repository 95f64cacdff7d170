/** `masterplan status [dir]`: per OPD what is submitted and missing for a bimtek stage. */
import path from 'node:path';
import { analyse } from '../../pipeline/analyse.js';
import { FORMATTERS } from '../../diagnostics/format/index.js';
import { countSeverities } from '../../diagnostics/diagnostic.js';
import type { Env } from '../../env.js';
import { UserError } from '../../errors.js';
import { lastChanged } from '../../load/history.js';
import { loadAndValidate } from '../../pipeline/check.js';
import { defaultStage, stagesOf, statusReport } from '../../status/index.js';
import { logger, parseStage, resolveLang, useColor, type GlobalOptions } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { version } from '../version.js';
import { statusJson, statusTable } from './status-format.js';

export interface StatusOptions extends GlobalOptions {
  stage?: string;
  format?: string;
  output?: string;
}

/**
 * Prints the data-completeness status of a project.
 * @param dir project folder
 * @param opts command options
 * @param env the environment
 * @returns the exit code (0; 1 when the project does not validate)
 */
export async function statusCommand(dir: string, opts: StatusOptions, env: Env): Promise<number> {
  const root = path.resolve(env.cwd, dir);
  const lang = resolveLang(opts.lang, root);
  const format = opts.format ?? 'table';
  if (!['table', 'json', 'xlsx'].includes(format)) throw new UserError(`--format: "${format}" (table | json | xlsx)`);
  const checked = await loadAndValidate(root, lang, { forms: false });
  if (checked.loaded.files.length === 0 && !checked.loaded.hasConfig) {
    throw new UserError(lang === 'en' ? `${dir} is not a masterplan project (no masterplan.yaml).` : `${dir} bukan proyek masterplan (tidak ada masterplan.yaml).`);
  }
  const { errors } = countSeverities(checked.diagnostics);
  if (errors > 0) {
    env.stderr(FORMATTERS.stylish(checked.diagnostics.filter((d) => d.severity === 'error'), { lang, color: useColor(env), files: checked.loaded.files.length, version: version() }));
    env.stderr(lang === 'en' ? 'Fix these errors first; status needs a valid project.\n' : 'Perbaiki galat ini dahulu; status memerlukan proyek yang sah.\n');
    return EXIT.FINDINGS;
  }
  const { analysis } = analyse(checked.project, lang);
  if (analysis === undefined) return EXIT.FINDINGS;
  const stages = stagesOf(analysis.model.config);
  const stage = opts.stage !== undefined ? parseStage(opts.stage) : defaultStage(analysis.model.config, env.now());
  const history = await lastChanged(root, analysis.model.opd.map((o) => o.file));
  const report = statusReport(analysis.model, stages, stage, {
    selected: analysis.ranking.proposals.filter((p) => p.selected).length,
    lastChanged: history.times,
    lang,
  });
  if (format === 'json') env.stdout(statusJson(report));
  else if (format === 'table') env.stdout(statusTable(report, analysis.model, lang, useColor(env)));
  else {
    const { writeStatusWorkbook } = await import('./status-xlsx.js');
    const out = path.resolve(env.cwd, opts.output ?? path.join(root, analysis.model.config.keluaran.folder, `status-tahap-${stage}.xlsx`));
    await writeStatusWorkbook(report, analysis.model, out, env);
    logger(env, opts.quiet)(`${lang === 'en' ? 'Checklist written to' : 'Daftar periksa ditulis ke'} ${path.relative(env.cwd, out)}`);
  }
  return EXIT.OK;
}
