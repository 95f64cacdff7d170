/** `masterplan new <kind> [id]`: one new data file with every field commented, or one naskah; never overwrites. */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Env } from '../../env.js';
import { UserError } from '../../errors.js';
import { planNewFile } from '../../pipeline/new.js';
import { newNaskah } from '../../pipeline/naskah.js';
import { prepareFolder } from '../../pipeline/scaffold.js';
import { render, type Lang } from '../../text/index.js';
import { logger, resolveLang, type GlobalOptions } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { MESSAGES } from '../messages.js';

/**
 * Writes a new data file from the commented template of its kind, or a naskah with its slot's guide.
 * @param kind opd | isu | quickwin | program | daerah | strategi | naskah
 * @param id the new id (a dimension id for strategi; none for daerah; `<buku>/<slot>` for naskah)
 * @param opts command options (dir: project folder)
 * @param env the environment
 * @returns the exit code
 */
export async function newCommand(kind: string, id: string | undefined, opts: GlobalOptions & { dir: string }, env: Env): Promise<number> {
  const root = path.resolve(env.cwd, opts.dir);
  const lang = resolveLang(opts, root);
  if (kind === 'naskah') {
    if (id === undefined) throw new UserError('new/missing-id', { kind });
    return newNaskahCommand(root, id, lang, opts, env);
  }
  const plan = await planNewFile(kind, id);
  switch (plan.kind) {
    case 'unknown-kind':
      throw new UserError('new/unknown-kind', { kind, kinds: [...plan.kinds, 'naskah'].join(' | ') });
    case 'missing-id':
      throw new UserError('new/missing-id', { kind });
    case 'no-id':
      throw new UserError('new/no-id', { kind, path: plan.path });
    case 'invalid-id':
      throw new UserError('new/invalid-id', { id: id ?? '' });
    case 'unknown-dimension':
      throw new UserError('new/unknown-dimension', { id: id ?? '', options: plan.options.join(', ') });
    case 'ok':
      break;
  }
  const file = path.join(root, plan.rel);
  await prepareFolder(path.dirname(file));
  try {
    await writeFile(file, plan.text, { flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new UserError('new/exists', { path: plan.rel });
    }
    throw new UserError('new/write-failed', { path: plan.rel, detail: (e as Error).message });
  }
  logger(env, opts.quiet)(render(MESSAGES.fileCreated, lang, { path: plan.rel }));
  return EXIT.OK;
}

/**
 * Writes `naskah/<buku>/<slot>.md` with the slot's guide as the editor's note.
 * @param root project folder
 * @param slot the slot id
 * @param lang the language of the messages
 * @param opts command options
 * @param env the environment
 * @returns the exit code
 */
async function newNaskahCommand(root: string, slot: string, lang: Lang, opts: GlobalOptions, env: Env): Promise<number> {
  const result = await newNaskah(root, slot);
  switch (result.kind) {
    case 'unknown-slot':
      throw new UserError('new/unknown-slot', { slot, ...(result.suggestion !== undefined ? { suggestion: result.suggestion } : {}) });
    case 'exists':
      throw new UserError('new/exists', { path: result.path });
    case 'write-failed':
      throw new UserError('new/write-failed', { path: result.path, detail: result.detail });
    case 'written':
      logger(env, opts.quiet)(render(MESSAGES.fileCreated, lang, { path: result.path }));
      return EXIT.OK;
  }
}
