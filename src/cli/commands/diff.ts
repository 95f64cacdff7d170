/** `masterplan diff [dir] --since <rev|YYYY-MM-DD|tahap:N>`: what changed in the data since an earlier version. */
import path from 'node:path';
import type { Env } from '../../env.js';
import { UserError } from '../../errors.js';
import { parseSince, projectDiff } from '../../pipeline/diff.js';
import { parseStage, resolveLang, useColor, type GlobalOptions } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { FORMATTERS } from '../format/diagnostics/index.js';
import { diffJson, diffMarkdown, diffTable } from '../format/diff.js';
import { version } from '../version.js';

export interface DiffOptions extends GlobalOptions {
  since?: string;
  format?: string;
  stage?: string;
}

const FORMATS = ['table', 'json', 'md'] as const;

/**
 * Prints what changed in a project's data since an earlier version.
 * @param dir project folder
 * @param opts command options
 * @param env the environment
 * @returns 0, or 1 when the project now has errors (the report is then partial)
 */
export async function diffCommand(dir: string, opts: DiffOptions, env: Env): Promise<number> {
  const root = path.resolve(env.cwd, dir);
  const lang = resolveLang(opts, root);
  const format = opts.format ?? 'table';
  if (!(FORMATS as readonly string[]).includes(format)) throw new UserError('option/invalid', { option: '--format', value: format, choices: FORMATS.join(' | ') });
  if (opts.since === undefined) throw new UserError('diff/bad-since', { value: '' });
  const since = parseSince(opts.since);
  // `--stage next` is the stage the completeness is counted at by default.
  const choice = opts.stage !== undefined ? parseStage(opts.stage) : undefined;
  const stage = choice === 'next' ? undefined : choice;
  const result = await projectDiff({ root, since, ...(stage !== undefined ? { stage } : {}), today: env.now() });
  if (result.kind === 'not-a-project') throw new UserError('project/not-a-project', { dir });
  const { report } = result;
  const notes = [...report.errors, ...report.diagnostics];
  if (notes.length > 0) {
    env.stderr(FORMATTERS.stylish(notes, { lang, color: env.stderrIsTTY && useColor(env), files: new Set(notes.map((d) => d.file)).size, version: version() }));
  }
  if (format === 'json') env.stdout(diffJson(report, lang, notes));
  else if (format === 'md') env.stdout(diffMarkdown(report, lang));
  else env.stdout(diffTable(report, lang, useColor(env)));
  return report.errors.length > 0 ? EXIT.FINDINGS : EXIT.OK;
}
