/**
 * `masterplan build [dir]`: the books (DOCX, and Markdown or PDF on request) and the workbook (XLSX),
 * once or again on every change with --watch. The build itself is the pipeline's; this prints it.
 */
import path from 'node:path';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { buildDate, type Env } from '../../env.js';
import { UserError } from '../../errors.js';
import { build, BUILD_FORMATS, BUILD_INPUTS, buildSession, type BuildEvent, type BuildFormat, type BuildRequest, type BuildRun } from '../../pipeline/build.js';
import { parseSince } from '../../pipeline/diff.js';
import { render, type Lang } from '../../text/index.js';
import { logger, parseStage, resolveLang, useColor, type GlobalOptions } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { FORMATTERS } from '../format/diagnostics/index.js';
import { pdfFailureMessage } from '../format/errors.js';
import { MESSAGES } from '../messages.js';
import { version } from '../version.js';

export interface BuildOptions extends GlobalOptions {
  out?: string;
  stage?: string;
  book?: string;
  format?: string;
  draft?: boolean;
  pdfA?: boolean;
  watch?: boolean;
  changesSince?: string;
  changesInFinal?: boolean;
}

/**
 * Builds the outputs of a project (once, or again on every change with --watch).
 * @param dir project folder
 * @param opts command options
 * @param env the environment
 * @returns the exit code
 */
export async function buildCommand(dir: string, opts: BuildOptions, env: Env): Promise<number> {
  const root = path.resolve(env.cwd, dir);
  const lang = resolveLang(opts, root);
  const request = buildRequest(root, opts, env);
  if (!opts.watch) return buildOnce(request, lang, opts, env, {});
  const session = buildSession();
  const { watchCommand } = await import('../watch.js');
  return watchCommand(env, {
    root,
    lang,
    ...(opts.quiet !== undefined ? { quiet: opts.quiet } : {}),
    inputs: BUILD_INPUTS,
    run: (changed) => buildOnce(request, lang, opts, env, { session, changed }),
  });
}

/** The flags read into a build request. */
function buildRequest(root: string, opts: BuildOptions, env: Env): BuildRequest {
  const stage = opts.stage === undefined ? undefined : parseStage(opts.stage);
  const formats = new Set<BuildFormat>();
  for (const f of (opts.format ?? 'docx,xlsx').split(',').map((s) => s.trim()).filter(Boolean)) {
    if (!(BUILD_FORMATS as readonly string[]).includes(f)) throw new UserError('option/invalid', { option: '--format', value: f, choices: BUILD_FORMATS.join(', ') });
    formats.add(f as BuildFormat);
  }
  if (opts.pdfA === true) formats.add('pdf');
  let books: number[] | undefined;
  if (opts.book !== undefined) {
    books = [...new Set(opts.book.split(',').map((s) => s.trim()).filter(Boolean).map((s) => {
      const n = Number(s);
      if (![1, 2, 3, 4].includes(n)) throw new UserError('option/invalid', { option: '--book', value: s, choices: '1, 2, 3, 4' });
      return n;
    }))].sort();
  }
  return {
    root,
    formats,
    ...(books !== undefined ? { books } : {}),
    ...(stage !== undefined ? { stage } : {}),
    draft: opts.draft === true,
    ...(opts.out !== undefined ? { out: path.resolve(env.cwd, opts.out) } : {}),
    date: buildDate(env.vars),
    ...(opts.changesSince !== undefined ? { changesSince: parseSince(opts.changesSince) } : {}),
    ...(opts.changesInFinal === true ? { changesInFinal: true } : {}),
    today: env.now(),
    snapshot: true,
    ...(opts.pdfA === true ? { pdfA: true } : {}),
  };
}

/** One build, printed: progress on stderr, diagnostics, and why a build was refused. */
async function buildOnce(request: BuildRequest, lang: Lang, opts: BuildOptions, env: Env, run: BuildRun): Promise<number> {
  const log = logger(env, opts.quiet);
  const stylish = (list: readonly Diagnostic[], color: boolean) =>
    FORMATTERS.stylish(list, { lang, color, files: new Set(list.map((d) => d.file)).size, version: version() });
  const printDiagnostics = (list: readonly Diagnostic[]) => {
    if (list.length > 0) env.stderr(stylish(list, env.stderrIsTTY && useColor(env)));
  };
  const onProgress = (event: BuildEvent) => {
    if (event.type === 'diagnostics') env.stderr(stylish(event.diagnostics, false));
    else if (event.type === 'unchanged') log(render(MESSAGES.bookUnchanged, lang, { file: event.file }));
    else log(`  ${event.file}  ${duration(event.ms)}`);
  };
  const started = performance.now();
  const result = await build(request, { ...run, onProgress });
  switch (result.kind) {
    case 'not-a-project':
      throw new UserError('project/not-a-project', { dir: request.root });
    case 'invalid':
      printDiagnostics(result.errors);
      return EXIT.FINDINGS;
    case 'no-model':
    case 'render-failed':
      return EXIT.FINDINGS;
    case 'unusable-output':
      throw new UserError('output/not-a-folder', { path: shown(env, result.problem.folder), file: shown(env, result.problem.file) });
    case 'refused':
      printDiagnostics(result.blocking);
      env.stderr(`${render(MESSAGES.finalRefused, lang, { count: result.blocking.length, stage: result.stage })}\n`);
      return EXIT.FINDINGS;
    case 'built': {
      let code: number = EXIT.OK;
      if (request.stage === 'next' && result.stage !== undefined) log(render(MESSAGES.nextStage, lang, { stage: result.stage }));
      // A book open in Word (Windows) cannot be replaced: say which, and that the others were written.
      for (const file of result.locked) {
        env.stderr(`masterplan: ${render(MESSAGES.outputLocked, lang, { file: path.relative(env.cwd, file) })}\n`);
        code = EXIT.FINDINGS;
      }
      if (result.pdfError !== undefined) {
        env.stderr(`masterplan: ${pdfFailureMessage(result.pdfError, lang)}\n`);
        code = EXIT.CANNOT_RUN;
      }
      if (result.changes === 'final-skipped') env.stderr(`${render(MESSAGES.changesNotInFinal, lang)}\n`);
      if (result.snapshot?.kind === 'failed') env.stderr(`${render(MESSAGES.snapshotFailed, lang, { reason: result.snapshot.reason })}\n`);
      log(render(MESSAGES.done, lang, { time: duration(performance.now() - started), out: path.relative(env.cwd, result.outDir) || '.' }));
      return code;
    }
  }
}

/** A path as the user sees it: relative to the working folder when it lies inside it. */
function shown(env: Env, p: string): string {
  const rel = path.relative(env.cwd, p);
  return rel === '' ? '.' : rel.startsWith('..') || path.isAbsolute(rel) ? p : rel;
}

function duration(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`;
}
