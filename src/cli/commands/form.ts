/** `masterplan form <opd-id…|--all> [dir]`: one pre-filled XLSX data-collection form per OPD. */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { buildDate, type Env } from '../../env.js';
import { UserError } from '../../errors.js';
import { CONFIG_FILE, isValidId } from '../../load/index.js';
import { makeForms } from '../../pipeline/forms.js';
import { render } from '../../text/index.js';
import { logger, resolveLang, type GlobalOptions } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { MESSAGES } from '../messages.js';

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
  const lang = resolveLang(opts, root);
  if (!(await isProject(root))) throw new UserError('project/no-config', { dir });
  if (opts.all && ids.length > 0) throw new UserError('form/ids-and-all');
  if (!opts.all && ids.length === 0) throw new UserError('form/no-ids');

  const log = logger(env, opts.quiet);
  const result = await makeForms(
    {
      root,
      opd: opts.all ? 'all' : ids,
      ...(opts.out !== undefined ? { out: path.resolve(env.cwd, opts.out) } : {}),
      date: buildDate(env.vars),
    },
    (file) => log(render(MESSAGES.formWritten, lang, { path: path.relative(env.cwd, file) || file })),
  );
  if (result.kind === 'no-config') throw new UserError('form/invalid-config');
  if (result.kind === 'invalid-id') throw new UserError('new/invalid-id', { id: result.id });
  if (result.kind === 'unknown-opd') throw new UserError('form/unknown-opd', { id: result.id, suggestion: result.hint });
  if (result.kind === 'unreadable') throw new UserError('form/unreadable-opd', { id: result.id });
  if (result.kind === 'output-outside') throw new UserError('output/outside-project', { folder: result.folder });
  if (result.kind === 'unusable-output') {
    const shown = (p: string) => path.relative(env.cwd, p) || '.';
    throw new UserError('output/not-a-folder', { path: shown(result.problem.folder), file: shown(result.problem.file) });
  }
  return EXIT.OK;
}
