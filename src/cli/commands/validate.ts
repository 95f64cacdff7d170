/** `masterplan validate [dir|files…]`: load YAML (and XLSX forms), check shapes and references, report. */
import { stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { countSeverities, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Env } from '../../env.js';
import { UserError } from '../../errors.js';
import { CONFIG_FILE } from '../../load/index.js';
import { loadAndValidate } from '../../pipeline/check.js';
import { writeReport } from '../../pipeline/output.js';
import { render } from '../../text/index.js';
import { logger, resolveLang, useColor, type GlobalOptions } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { loadFormatter } from '../format/diagnostics/load.js';
import { DIAGNOSTIC_FORMATS, type DiagnosticFormat } from '../format/diagnostics/types.js';
import { MESSAGES } from '../messages.js';
import { version } from '../version.js';

export interface ValidateOptions extends GlobalOptions {
  format?: string;
  output?: string;
  failOn?: string;
  watch?: boolean;
  /** The folder reported paths are relative to; by default the git top level, else the project. */
  root?: string;
}

/**
 * Runs validation and writes the report.
 * @param targets project folder, or files inside one project
 * @param opts command options
 * @param env the environment
 * @returns the exit code
 */
export async function validateCommand(targets: string[], opts: ValidateOptions, env: Env): Promise<number> {
  if (opts.watch) return validateWatch(targets, opts, env);
  return validateOnce(targets, opts, env);
}

/** Validates again on every change until interrupted; exit 0 when stopped. */
async function validateWatch(targets: string[], opts: ValidateOptions, env: Env): Promise<number> {
  const { root } = await resolveTargets(targets.length > 0 ? targets : ['.'], env.cwd);
  const lang = resolveLang(opts, root);
  const { watchCommand } = await import('../watch.js');
  return watchCommand(env, { root, lang, ...(opts.quiet !== undefined ? { quiet: opts.quiet } : {}), run: () => validateOnce(targets, opts, env) });
}

async function validateOnce(targets: string[], opts: ValidateOptions, env: Env): Promise<number> {
  const format = pickFormat(opts.format, env);
  const failOn = opts.failOn ?? 'error';
  if (failOn !== 'error' && failOn !== 'warning') throw new UserError('option/invalid', { option: '--fail-on', value: failOn, choices: 'error | warning' });
  const { root, only } = await resolveTargets(targets.length > 0 ? targets : ['.'], env.cwd);
  const lang = resolveLang(opts, root);
  const reportRoot = await pickReportRoot(opts.root, root, env.cwd);
  const log = logger(env, opts.quiet);
  const startedAt = env.now();
  const started = performance.now();
  const checked = await loadAndValidate(root);
  let diagnostics: Diagnostic[] = checked.diagnostics;
  let files = checked.loaded.files.length + checked.loaded.forms.length + checked.loaded.naskah.length;
  if (only !== undefined) {
    diagnostics = diagnostics.filter((d) => only.has(d.file));
    files = only.size;
  }
  // A missing masterplan.yaml is reported on a file that does not exist; count it as checked.
  files = Math.max(files, new Set(diagnostics.map((d) => d.file)).size);
  diagnostics = rerooted(diagnostics, root, reportRoot);
  const formatter = await loadFormatter(format);
  const text = formatter(diagnostics, {
    lang,
    color: opts.output === undefined && useColor(env),
    files,
    version: version(),
    root: reportRoot,
    startedAt,
    seconds: (performance.now() - started) / 1000,
    hostname: os.hostname() || 'localhost',
  });
  if (opts.output !== undefined) {
    await writeReport(path.resolve(env.cwd, opts.output), text);
    log(render(MESSAGES.reportWritten, lang, { path: opts.output }));
  } else {
    env.stdout(text);
  }
  log(render(MESSAGES.checked, lang, { files, ms: Math.round(performance.now() - started) }));
  const { errors, warnings } = countSeverities(diagnostics);
  const failing = failOn === 'warning' ? errors + warnings : errors;
  return failing > 0 ? EXIT.FINDINGS : EXIT.OK;
}

/**
 * The folder every reported path is relative to: `--root`, else the top level of the git
 * repository the project is in (so annotations and SARIF point at files of the repository), else
 * the project folder.
 * @param flag the `--root` value
 * @param project the project folder (absolute)
 * @param cwd the working folder
 * @returns an absolute folder
 */
async function pickReportRoot(flag: string | undefined, project: string, cwd: string): Promise<string> {
  if (flag === undefined) return (await repositoryRoot(project)) ?? project;
  const dir = path.resolve(cwd, flag);
  if (!(await stat(dir).then((s) => s.isDirectory(), () => false))) throw new UserError('target/not-found', { path: flag });
  return dir;
}

/**
 * The top level of the git repository a folder is in: the nearest folder, from it upwards, that
 * holds `.git` (a folder, or a file in a worktree or submodule).
 * @param dir an absolute folder
 * @returns the repository's top level, or undefined outside a repository
 */
export async function repositoryRoot(dir: string): Promise<string | undefined> {
  for (let at = dir; ; at = path.dirname(at)) {
    if (await stat(path.join(at, '.git')).then(() => true, () => false)) return at;
    if (path.dirname(at) === at) return undefined;
  }
}

/**
 * Diagnostics with their paths relative to another folder than the project's.
 * @param diagnostics diagnostics with project-relative paths
 * @param project the project folder (absolute)
 * @param root the folder to report paths relative to (absolute)
 * @returns the diagnostics, paths relative to `root` with forward slashes
 */
function rerooted(diagnostics: Diagnostic[], project: string, root: string): Diagnostic[] {
  const prefix = path.relative(root, project).split(path.sep).join('/');
  if (prefix === '') return diagnostics;
  return diagnostics.map((d) => ({ ...d, file: path.posix.join(prefix, d.file) }));
}

function pickFormat(flag: string | undefined, env: Env): DiagnosticFormat {
  if (flag === undefined) return env.vars['GITHUB_ACTIONS'] === 'true' ? 'github' : 'stylish';
  if ((DIAGNOSTIC_FORMATS as readonly string[]).includes(flag)) return flag as DiagnosticFormat;
  throw new UserError('option/invalid', { option: '--format', value: flag, choices: DIAGNOSTIC_FORMATS.join(' | ') });
}

/**
 * Finds the project folder of the targets: a folder is the project; files belong to the nearest
 * folder above them that holds masterplan.yaml, and only their diagnostics are shown.
 */
async function resolveTargets(targets: string[], cwd: string): Promise<{ root: string; only?: Set<string> }> {
  const abs = targets.map((t) => path.resolve(cwd, t));
  const kinds = await Promise.all(abs.map(async (p) => {
    try {
      return (await stat(p)).isDirectory() ? 'dir' : 'file';
    } catch {
      throw new UserError('target/not-found', { path: path.relative(cwd, p) || p });
    }
  }));
  if (kinds.length === 1 && kinds[0] === 'dir') return { root: abs[0] as string };
  if (kinds.includes('dir')) throw new UserError('target/mixed');
  const roots = await Promise.all(abs.map(findRoot));
  const root = roots[0] as string;
  if (roots.some((r) => r !== root)) throw new UserError('target/several-projects');
  const only = new Set(abs.map((p) => path.relative(root, p).split(path.sep).join('/')));
  return { root, only };
}

async function findRoot(file: string): Promise<string> {
  let dir = path.dirname(file);
  for (;;) {
    try {
      if ((await stat(path.join(dir, CONFIG_FILE))).isFile()) return dir;
    } catch {
      // keep walking up
    }
    const parent = path.dirname(dir);
    if (parent === dir) return path.dirname(file);
    dir = parent;
  }
}
