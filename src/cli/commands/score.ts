/** `masterplan score [dir]`: rank the quick wins; table, JSON or CSV; explain one; test stability. */
import path from 'node:path';
import { countSeverities, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Env } from '../../env.js';
import { UserError } from '../../errors.js';
import { checkAndAnalyse, explain } from '../../pipeline/analyse.js';
import { METHODS, type Method } from '../../score/index.js';
import { resolveLang, useColor, type GlobalOptions } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { FORMATTERS } from '../format/diagnostics/index.js';
import { formatCsv, formatExplain, formatJson, formatTable } from '../format/score/index.js';
import { version } from '../version.js';

export interface ScoreOptions extends GlobalOptions {
  method?: string;
  format?: string;
  explain?: string;
  sensitivity?: boolean;
  seed?: string;
  draws?: string;
}

/**
 * Scores and ranks the quick wins of a project.
 * @param dir project folder
 * @param opts command options
 * @param env the environment
 * @returns exit code: 1 when the project has errors or the AHP judgements are inconsistent
 */
export async function scoreCommand(dir: string, opts: ScoreOptions, env: Env): Promise<number> {
  const root = path.resolve(env.cwd, dir);
  const lang = resolveLang(opts, root);
  const format = opts.format ?? 'table';
  if (!['table', 'json', 'csv'].includes(format)) throw new UserError('option/invalid', { option: '--format', value: format, choices: 'table | json | csv' });
  if (opts.method !== undefined && !(METHODS as readonly string[]).includes(opts.method)) {
    throw new UserError('option/invalid', { option: '--method', value: opts.method, choices: METHODS.join(' | ') });
  }
  const seed = integer('--seed', opts.seed ?? '1', 0);
  const draws = integer('--draws', opts.draws ?? '1000', 1);
  const analysed = await checkAndAnalyse(root, {
    ...(opts.method !== undefined ? { method: opts.method as Method } : {}),
    ...(opts.sensitivity ? { sensitivity: { seed, draws } } : {}),
  });
  const report = (list: readonly Diagnostic[]) => {
    if (list.length === 0 || opts.quiet) return;
    env.stderr(FORMATTERS.stylish(list, { lang, color: useColor(env), files: analysed.checked.loaded.files.length, version: version() }));
  };
  const { analysis, diagnostics } = analysed;
  if (analysis === undefined) {
    report(analysed.errors);
    return EXIT.FINDINGS;
  }
  const { ranking } = analysis;
  if (opts.explain !== undefined) {
    const explanation = explain(ranking, opts.explain);
    if (explanation === undefined) throw new UserError('explain/unknown', { id: opts.explain });
    const text = formatExplain(ranking, explanation, lang);
    env.stdout(text.endsWith('\n') ? text : `${text}\n`);
  } else if (format === 'json') env.stdout(formatJson(ranking, { lang }));
  else if (format === 'csv') env.stdout(formatCsv(ranking, lang));
  else env.stdout(formatTable(ranking, lang));
  // The scoring's errors (inconsistent AHP judgements) come with the ranking they concern.
  report(diagnostics);
  return countSeverities(diagnostics).errors > 0 || analysed.errors.length > 0 ? EXIT.FINDINGS : EXIT.OK;
}

function integer(flag: string, raw: string, min: number): number {
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < min) throw new UserError('option/invalid', { option: flag, value: raw });
  return n;
}
