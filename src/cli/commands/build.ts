/**
 * `masterplan build [dir]`: the books (DOCX, and Markdown or PDF on request) and the workbook (XLSX),
 * once or again on every change with --watch. The build itself is the pipeline's; this prints it.
 */
import path from 'node:path';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { FORMATTERS } from '../../diagnostics/format/index.js';
import { buildDate, type Env } from '../../env.js';
import { UserError } from '../../errors.js';
import { build, BUILD_FORMATS, BUILD_INPUTS, buildSession, type BuildEvent, type BuildFormat, type BuildRequest, type BuildRun } from '../../pipeline/build.js';
import { logger, parseStage, resolveLang, useColor, type GlobalOptions } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { version } from '../version.js';

export interface BuildOptions extends GlobalOptions {
  out?: string;
  stage?: string;
  book?: string;
  format?: string;
  draft?: boolean;
  watch?: boolean;
}

/**
 * Builds the outputs of a project (once, or again on every change with --watch).
 * @param dir project folder
 * @param opts command options
 * @param env the environment
 * @returns the exit code
 */
export async function buildCommand(dir: string, opts: BuildOptions, env: Env): Promise<number> {
  const request = buildRequest(dir, opts, env);
  if (!opts.watch) return buildOnce(request, opts, env, {});
  const session = buildSession();
  const { watchCommand } = await import('../watch.js');
  return watchCommand(env, {
    root: request.root,
    lang: request.lang,
    ...(opts.quiet !== undefined ? { quiet: opts.quiet } : {}),
    inputs: BUILD_INPUTS,
    run: (changed) => buildOnce(request, opts, env, { session, changed }),
  });
}

/** The flags read into a build request. */
function buildRequest(dir: string, opts: BuildOptions, env: Env): BuildRequest {
  const root = path.resolve(env.cwd, dir);
  const lang = resolveLang(opts.lang, root);
  const stage = opts.stage === undefined ? undefined : parseStage(opts.stage);
  const formats = new Set<BuildFormat>();
  for (const f of (opts.format ?? 'docx,xlsx').split(',').map((s) => s.trim()).filter(Boolean)) {
    if (!(BUILD_FORMATS as readonly string[]).includes(f)) throw new UserError(`--format: "${f}" (${BUILD_FORMATS.join(', ')})`);
    formats.add(f as BuildFormat);
  }
  let books: number[] | undefined;
  if (opts.book !== undefined) {
    books = [...new Set(opts.book.split(',').map((s) => s.trim()).filter(Boolean).map((s) => {
      const n = Number(s);
      if (![1, 2, 3, 4].includes(n)) throw new UserError(`--book: "${s}" (1, 2, 3, 4)`);
      return n;
    }))].sort();
  }
  return {
    root,
    lang,
    formats,
    ...(books !== undefined ? { books } : {}),
    ...(stage !== undefined ? { stage } : {}),
    draft: opts.draft === true,
    ...(opts.out !== undefined ? { out: path.resolve(env.cwd, opts.out) } : {}),
    date: buildDate(env.vars),
  };
}

/** One build, printed: progress on stderr, diagnostics, and why a build was refused. */
async function buildOnce(request: BuildRequest, opts: BuildOptions, env: Env, run: BuildRun): Promise<number> {
  const { lang } = request;
  const log = logger(env, opts.quiet);
  const stylish = (list: readonly Diagnostic[], color: boolean) =>
    FORMATTERS.stylish(list, { lang, color, files: new Set(list.map((d) => d.file)).size, version: version() });
  const printDiagnostics = (list: readonly Diagnostic[]) => {
    if (list.length > 0) env.stderr(stylish(list, env.stderrIsTTY && useColor(env)));
  };
  const onProgress = (event: BuildEvent) => {
    if (event.type === 'diagnostics') env.stderr(stylish(event.diagnostics, false));
    else if (event.type === 'unchanged') log(`  ${event.file}  ${lang === 'en' ? 'unchanged' : 'tidak berubah'}`);
    else log(`  ${event.file}  ${duration(event.ms)}`);
  };
  const started = performance.now();
  const result = await build(request, { ...run, onProgress });
  switch (result.kind) {
    case 'not-a-project':
      throw new UserError(lang === 'en' ? `${request.root} is not a masterplan project (no masterplan.yaml).` : `${request.root} bukan proyek masterplan (tidak ada masterplan.yaml).`);
    case 'invalid':
      printDiagnostics(result.errors);
      return EXIT.FINDINGS;
    case 'no-model':
    case 'render-failed':
      return EXIT.FINDINGS;
    case 'refused':
      printDiagnostics(result.blocking);
      env.stderr(lang === 'en'
        ? `Final build refused: ${result.blocking.length} item(s) missing or wrong. Build a draft with --stage ${result.stage} or --draft.\n`
        : `Buku final tidak dibuat: ${result.blocking.length} butir belum ada atau salah. Buat draf dengan --stage ${result.stage} atau --draft.\n`);
      return EXIT.FINDINGS;
    case 'built': {
      let code: number = EXIT.OK;
      if (result.pdfError !== undefined) {
        env.stderr(`masterplan: ${result.pdfError}\n`);
        code = EXIT.CANNOT_RUN;
      }
      log(`${lang === 'en' ? 'Done in' : 'Selesai dalam'} ${duration(performance.now() - started)} → ${path.relative(env.cwd, result.outDir) || '.'}`);
      return code;
    }
  }
}

function duration(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`;
}
