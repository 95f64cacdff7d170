/**
 * `masterplan import <xlsx…> [--into DIR] [--force]`: filled OPD forms → YAML files under `data/`.
 * Nothing is written when a form has an error. An existing file is overwritten only with --force,
 * and then its previous content is kept under `.masterplan/backup/<time>/<same path>` (the import
 * itself is the pipeline's; this prints it).
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Env } from '../../env.js';
import { UserError } from '../../errors.js';
import { CONFIG_FILE } from '../../load/index.js';
import { BACKUP_DIR, importForms, type RecordChanges } from '../../pipeline/import.js';
import { render } from '../../text/index.js';
import { logger, resolveLang, useColor, type GlobalOptions } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { DIAGNOSTIC_FORMATS, FORMATTERS, type DiagnosticFormat } from '../format/diagnostics/index.js';
import { MESSAGES } from '../messages.js';
import { version } from '../version.js';

export interface ImportOptions extends GlobalOptions {
  into?: string;
  force?: boolean;
  format?: string;
}

async function exists(p: string): Promise<boolean> {
  try {
    await stat(p);
    return true;
  } catch {
    return false;
  }
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/**
 * Imports filled forms into a project.
 * @param files the forms
 * @param opts command options
 * @param env the environment
 * @returns the exit code
 */
export async function importCommand(files: string[], opts: ImportOptions, env: Env): Promise<number> {
  const root = path.resolve(env.cwd, opts.into ?? '.');
  const lang = resolveLang(opts, root);
  const log = logger(env, opts.quiet);
  const format = (opts.format ?? (env.vars['GITHUB_ACTIONS'] === 'true' ? 'github' : 'stylish')) as DiagnosticFormat;
  if (!(DIAGNOSTIC_FORMATS as readonly string[]).includes(format)) throw new UserError('option/invalid', { option: '--format', value: format, choices: DIAGNOSTIC_FORMATS.join(' | ') });
  if (!(await exists(path.join(root, CONFIG_FILE)))) {
    throw new UserError('import/no-project', { dir: opts.into ?? '.' });
  }
  const forms = await Promise.all(files.map(async (f) => {
    const abs = path.resolve(env.cwd, f);
    if (!(await exists(abs))) throw new UserError('import/not-found', { path: f });
    const rel = path.relative(root, abs);
    return { absolutePath: abs, display: toPosix(rel.startsWith('..') || path.isAbsolute(rel) ? path.relative(env.cwd, abs) : rel) };
  }));

  // What changed in each file, field by field and row by row (a removed row is always told).
  const tell = (changes: RecordChanges) => {
    if (changes.fields.length > 0) log(render(MESSAGES.changedFields, lang, { fields: changes.fields }));
    for (const row of changes.rows) log(render(MESSAGES.changedRow, lang, row));
  };
  const result = await importForms({ root, forms, force: opts.force === true, now: env.now() }, (event) => {
    if (event.type === 'checked') {
      if (event.diagnostics.length > 0) env.stdout(FORMATTERS[format](event.diagnostics, { lang, color: useColor(env), files: forms.length, version: version() }));
      return;
    }
    log(render(MESSAGES.imported, lang, { updated: event.existed, path: event.rel, ...(event.backup !== undefined ? { backup: event.backup } : {}) }));
    if (event.existed) tell(event.changes);
  });
  if (result.kind === 'invalid') {
    log(render(MESSAGES.nothingImported, lang));
    return EXIT.FINDINGS;
  }
  if (result.kind === 'would-overwrite') {
    for (const f of result.files) {
      log(render(MESSAGES.wouldChange, lang, { path: f.rel }));
      tell(f.changes);
    }
    throw new UserError('import/would-overwrite', { files: result.files.map((f) => f.rel), backupDir: BACKUP_DIR });
  }
  for (const rel of result.unchanged) log(render(MESSAGES.unchanged, lang, { path: rel }));
  return EXIT.OK;
}
