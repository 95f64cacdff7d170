/** `masterplan init [dir]`: a new, working project with commented examples and a CI workflow. */
import { cp, mkdir, readdir, rename } from 'node:fs/promises';
import path from 'node:path';
import type { Env } from '../../env.js';
import { UserError } from '../../errors.js';
import { writeSchemas } from '../../pipeline/schemas.js';
import { PACKAGE_ROOT } from '../../taxonomy/index.js';
import { render } from '../../text/index.js';
import { logger, resolveLang, type GlobalOptions } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { MESSAGES } from '../messages.js';

/**
 * Creates the project layout (docs/input.md) in a folder.
 * @param dir target folder
 * @param opts command options
 * @param env the environment
 * @returns the exit code
 */
export async function initCommand(dir: string, opts: GlobalOptions & { force?: boolean }, env: Env): Promise<number> {
  const lang = resolveLang(opts, undefined);
  const target = path.resolve(env.cwd, dir);
  let entries: string[] = [];
  try {
    entries = await readdir(target);
  } catch {
    // A folder that does not exist yet is created.
  }
  if (entries.length > 0 && !opts.force) {
    throw new UserError('init/not-empty', { dir });
  }
  const scaffold = path.join(PACKAGE_ROOT, 'data', 'scaffold', 'project');
  await mkdir(target, { recursive: true });
  // Never overwrite: with --force, existing files stay as they are.
  await cp(scaffold, target, { recursive: true, force: false, errorOnExist: false });
  const ignore = path.join(target, 'gitignore');
  if (!entries.includes('.gitignore')) await rename(ignore, path.join(target, '.gitignore'));
  else await import('node:fs/promises').then((fs) => fs.rm(ignore));
  await writeSchemas(path.join(target, 'schema'));
  const log = logger(env, opts.quiet);
  log(render(MESSAGES.projectCreated, lang, { dir }));
  log(render(MESSAGES.nextSteps, lang));
  return EXIT.OK;
}
