/** `masterplan status [dir]`: per OPD what is submitted and missing for a bimtek stage. */
import path from 'node:path';
import { buildDate, type Env } from '../../env.js';
import { UserError } from '../../errors.js';
import { projectStatus, writeStatusChecklist } from '../../pipeline/status.js';
import { render } from '../../text/index.js';
import { logger, parseStage, resolveLang, useColor, type GlobalOptions } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { FORMATTERS } from '../format/diagnostics/index.js';
import { statusJson, statusMarkdown, statusTable } from '../format/status.js';
import { MESSAGES } from '../messages.js';
import { version } from '../version.js';

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
  const lang = resolveLang(opts, root);
  const format = opts.format ?? 'table';
  if (!['table', 'json', 'md', 'xlsx'].includes(format)) throw new UserError('option/invalid', { option: '--format', value: format, choices: 'table | json | md | xlsx' });
  // `--stage next` is the stage status shows by default.
  const choice = opts.stage !== undefined ? parseStage(opts.stage) : undefined;
  const stage = choice === 'next' ? undefined : choice;
  const result = await projectStatus(root, { ...(stage !== undefined ? { stage } : {}), today: env.now() });
  if (result.kind === 'not-a-project') {
    throw new UserError('project/not-a-project', { dir });
  }
  if (result.kind === 'invalid') {
    env.stderr(FORMATTERS.stylish(result.errors, { lang, color: useColor(env), files: result.files, version: version() }));
    env.stderr(`${render(MESSAGES.statusNeedsValid, lang)}\n`);
    return EXIT.FINDINGS;
  }
  if (result.kind === 'no-model') return EXIT.FINDINGS;
  const { report, model } = result;
  if (format === 'json') env.stdout(statusJson(report, lang));
  else if (format === 'table') env.stdout(statusTable(report, model, lang, useColor(env)));
  else if (format === 'md') env.stdout(statusMarkdown(report, model, lang));
  else {
    const out = path.resolve(env.cwd, opts.output ?? path.join(root, model.config.keluaran.folder, `status-tahap-${result.stage}.xlsx`));
    await writeStatusChecklist(report, model, out, buildDate(env.vars));
    logger(env, opts.quiet)(render(MESSAGES.checklistWritten, lang, { path: path.relative(env.cwd, out) }));
  }
  return EXIT.OK;
}
