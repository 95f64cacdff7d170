/** `masterplan form <opd-id…|--all> [dir]`: one pre-filled XLSX data-collection form per OPD. */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { buildDate, type Env } from '../../env.js';
import { UserError } from '../../errors.js';
import { CONFIG_FILE, isValidId } from '../../load/index.js';
import { makeForms } from '../../pipeline/forms.js';
import { logger, resolveLang, type GlobalOptions } from '../context.js';
import { EXIT } from '../exit-codes.js';

export interface FormOptions extends GlobalOptions {
  all?: boolean;
  out?: string;
  dir?: string;
}

async function isProject(dir: string): Promise<boolean> {
  try {
    return (await stat(path.join(dir, CONFIG_FILE))).isFile();
  } catch {
    return false;
  }
}

/**
 * Writes `form-<opd>.xlsx` for the given OPDs (or all of them).
 * @param args OPD ids, optionally followed by the project folder
 * @param opts command options
 * @param env the environment
 * @returns the exit code
 */
export async function formCommand(args: string[], opts: FormOptions, env: Env): Promise<number> {
  // The last argument is the project folder when it is one; the others are OPD ids.
  let ids = [...args];
  let dir = opts.dir ?? '.';
  const last = ids[ids.length - 1];
  if (last !== undefined && opts.dir === undefined && (await isProject(path.resolve(env.cwd, last))) && (opts.all || ids.length > 1 || !isValidId(last))) {
    dir = last;
    ids = ids.slice(0, -1);
  }
  const root = path.resolve(env.cwd, dir);
  const lang = resolveLang(opts.lang, root);
  const en = lang === 'en';
  if (!(await isProject(root))) throw new UserError(en ? `${dir} has no ${CONFIG_FILE}.` : `${dir} tidak berisi ${CONFIG_FILE}.`);
  if (opts.all && ids.length > 0) throw new UserError(en ? 'Give OPD ids or --all, not both.' : 'Berikan id OPD atau --all, jangan keduanya.');
  if (!opts.all && ids.length === 0) throw new UserError(en ? 'Give one or more OPD ids, or --all.' : 'Berikan satu atau lebih id OPD, atau --all.');

  const log = logger(env, opts.quiet);
  const result = await makeForms(
    {
      root,
      lang,
      opd: opts.all ? 'all' : ids,
      ...(opts.out !== undefined ? { out: path.resolve(env.cwd, opts.out) } : {}),
      date: buildDate(env.vars),
    },
    (file) => log(`${en ? 'Written' : 'Ditulis'} ${path.relative(env.cwd, file) || file}`),
  );
  if (result.kind === 'no-config') {
    throw new UserError(en ? `${CONFIG_FILE} is missing or invalid; run "masterplan validate" first.` : `${CONFIG_FILE} tidak ada atau tidak sah; jalankan "masterplan validate" dahulu.`);
  }
  if (result.kind === 'unknown-opd') {
    const { id, hint } = result;
    throw new UserError(en
      ? `Unknown OPD "${id}"${hint ? `; did you mean "${hint}"?` : ''} (data/opd/${id}.yaml does not exist).`
      : `OPD "${id}" tidak dikenal${hint ? `; mungkin maksudnya "${hint}"?` : ''} (data/opd/${id}.yaml tidak ada).`);
  }
  if (result.kind === 'unreadable') {
    const { id } = result;
    throw new UserError(en ? `data/opd/${id}.yaml cannot be read; fix it first ("masterplan validate").` : `data/opd/${id}.yaml tidak dapat dibaca; perbaiki dahulu ("masterplan validate").`);
  }
  return EXIT.OK;
}
