/** `masterplan schema [--out DIR]`: writes the JSON Schema of every input kind, for editor completion. */
import path from 'node:path';
import type { Env } from '../../env.js';
import { UserError } from '../../errors.js';
import { writeSchemas } from '../../pipeline/schemas.js';
import { logger, resolveLang, type GlobalOptions } from '../context.js';
import { EXIT } from '../exit-codes.js';

/**
 * Writes `<kind>.schema.json` for every kind.
 * @param opts command options
 * @param env the environment
 * @returns the exit code
 */
export async function schemaCommand(opts: GlobalOptions & { out: string }, env: Env): Promise<number> {
  const lang = resolveLang(opts.lang, undefined);
  const dir = path.resolve(env.cwd, opts.out);
  let count: number;
  try {
    count = await writeSchemas(dir);
  } catch (e) {
    throw new UserError(`${lang === 'en' ? 'Cannot write to' : 'Tidak dapat menulis ke'} ${opts.out}: ${(e as Error).message}`);
  }
  logger(env, opts.quiet)(`${lang === 'en' ? 'Wrote' : 'Menulis'} ${count} JSON Schema → ${opts.out}`);
  return EXIT.OK;
}
