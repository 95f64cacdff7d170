/** `masterplan schema [--out DIR]`: writes the JSON Schema of every input kind, for editor completion. */
import path from 'node:path';
import type { Env } from '../../env.js';
import { UserError } from '../../errors.js';
import { writeSchemas } from '../../pipeline/schemas.js';
import { render } from '../../text/index.js';
import { logger, resolveLang, type GlobalOptions } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { MESSAGES } from '../messages.js';

/**
 * Writes `<kind>.schema.json` for every kind.
 * @param opts command options
 * @param env the environment
 * @returns the exit code
 */
export async function schemaCommand(opts: GlobalOptions & { out: string }, env: Env): Promise<number> {
  const lang = resolveLang(opts, undefined);
  const dir = path.resolve(env.cwd, opts.out);
  let count: number;
  try {
    count = await writeSchemas(dir);
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError('schemas/write-failed', { dir: opts.out, detail: (e as Error).message });
  }
  logger(env, opts.quiet)(render(MESSAGES.schemasWritten, lang, { count, dir: opts.out }));
  return EXIT.OK;
}
