/**
 * `masterplan import <xlsx…> [--into DIR] [--force]`: filled OPD forms → YAML files under `data/`.
 * Nothing is written when a form has an error. An existing file is overwritten only with --force,
 * and then its previous content is kept under `.masterplan/backup/<time>/<same path>`.
 */
import { mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { countSeverities } from '../../diagnostics/diagnostic.js';
import { DIAGNOSTIC_FORMATS, FORMATTERS, type DiagnosticFormat } from '../../diagnostics/format/index.js';
import type { Env } from '../../env.js';
import { UserError } from '../../errors.js';
import { CONFIG_FILE, loadProject } from '../../load/index.js';
import { validateProject } from '../../validate/index.js';
import { writeAtomic } from '../../write/atomic.js';
import { logger, resolveLang, useColor, type GlobalOptions } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { version } from '../version.js';

export interface ImportOptions extends GlobalOptions {
  into?: string;
  force?: boolean;
  format?: string;
}

/** Folder, inside the project, where files replaced by `import --force` are kept. */
export const BACKUP_DIR = '.masterplan/backup';

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
  const lang = resolveLang(opts.lang, root);
  const en = lang === 'en';
  const log = logger(env, opts.quiet);
  const format = (opts.format ?? (env.vars['GITHUB_ACTIONS'] === 'true' ? 'github' : 'stylish')) as DiagnosticFormat;
  if (!(DIAGNOSTIC_FORMATS as readonly string[]).includes(format)) throw new UserError(`--format: "${format}" (${DIAGNOSTIC_FORMATS.join(' | ')})`);
  if (!(await exists(path.join(root, CONFIG_FILE)))) {
    throw new UserError(en ? `${opts.into ?? '.'} has no ${CONFIG_FILE}; give the project folder with --into.` : `${opts.into ?? '.'} tidak berisi ${CONFIG_FILE}; tunjukkan folder proyek dengan --into.`);
  }
  const forms = await Promise.all(files.map(async (f) => {
    const abs = path.resolve(env.cwd, f);
    if (!(await exists(abs))) throw new UserError(`${en ? 'Not found' : 'Tidak ditemukan'}: ${f}`);
    const rel = path.relative(root, abs);
    return { absolutePath: abs, display: toPosix(rel.startsWith('..') || path.isAbsolute(rel) ? path.relative(env.cwd, abs) : rel) };
  }));

  // 1. Read and check every form against the project, exactly as `validate` does.
  const loaded = await loadProject(root, lang);
  const { project } = validateProject(loaded, lang);
  const { planImport } = await import('../../forms/import.js');
  const plan = await planImport(project, forms, lang);
  if (plan.diagnostics.length > 0) {
    env.stdout(FORMATTERS[format](plan.diagnostics, { lang, color: useColor(env), files: forms.length, version: version() }));
  }
  if (countSeverities(plan.diagnostics).errors > 0) {
    log(en ? 'Nothing was imported: fix the form and import it again.' : 'Tidak ada yang diimpor: perbaiki formulir lalu impor ulang.');
    return EXIT.FINDINGS;
  }

  // 2. Never overwrite silently.
  const targets = await Promise.all(plan.writes.map(async (w) => ({ ...w, abs: path.join(root, w.rel), exists: await exists(path.join(root, w.rel)) })));
  const existing = targets.filter((t) => t.exists);
  if (existing.length > 0 && !opts.force) {
    const list = existing.map((t) => `  ${t.rel}`).join('\n');
    throw new UserError(en
      ? `These files exist and would change:\n${list}\nNothing was written. Use --force to overwrite them (the previous versions are kept in ${BACKUP_DIR}/).`
      : `Berkas berikut sudah ada dan akan berubah:\n${list}\nTidak ada yang ditulis. Gunakan --force untuk menimpanya (versi sebelumnya disimpan di ${BACKUP_DIR}/).`);
  }

  // 3. Back up what is replaced, then write each file atomically.
  const stamp = env.now().toISOString().replace(/[:.]/g, '-');
  for (const t of targets) {
    await mkdir(path.dirname(t.abs), { recursive: true });
    let note = '';
    if (t.exists) {
      const backup = path.join(root, BACKUP_DIR, stamp, t.rel);
      await mkdir(path.dirname(backup), { recursive: true });
      await writeAtomic(backup, await readFile(t.abs), { lang });
      note = ` (${en ? 'backup' : 'cadangan'}: ${toPosix(path.relative(root, backup))})`;
    }
    await writeAtomic(t.abs, t.text, { lang });
    log(`${t.exists ? (en ? 'Updated' : 'Diperbarui') : (en ? 'Created' : 'Dibuat')} ${t.rel}${note}`);
  }
  for (const rel of plan.unchanged) log(`${en ? 'Unchanged' : 'Tidak berubah'} ${rel}`);
  return EXIT.OK;
}
