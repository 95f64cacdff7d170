/** `masterplan new <kind> <id>`: one new data file with every field commented; never overwrites. */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Env } from '../../env.js';
import { UserError } from '../../errors.js';
import { isValidId } from '../../load/index.js';
import { newNaskah } from '../../pipeline/naskah.js';
import { ITEM_KINDS, type ItemKind } from '../../schema/index.js';
import { newItemText, prepareFolder } from '../../pipeline/scaffold.js';
import { render, type Lang } from '../../text/index.js';
import { logger, resolveLang, type GlobalOptions } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { MESSAGES } from '../messages.js';

/**
 * Writes `data/<kind>/<id>.yaml` from the commented template of its kind.
 * @param kind opd | isu | quickwin | program
 * @param id the new id
 * @param opts command options (dir: project folder)
 * @param env the environment
 * @returns the exit code
 */
export async function newCommand(kind: string, id: string, opts: GlobalOptions & { dir: string }, env: Env): Promise<number> {
  const root = path.resolve(env.cwd, opts.dir);
  const lang = resolveLang(opts, root);
  if (kind === 'naskah') return newNaskahCommand(root, id, lang, opts, env);
  if (!(ITEM_KINDS as readonly string[]).includes(kind)) {
    throw new UserError('new/unknown-kind', { kind, kinds: [...ITEM_KINDS, 'naskah'].join(' | ') });
  }
  if (!isValidId(id)) {
    throw new UserError('new/invalid-id', { id });
  }
  const text = await newItemText(kind as ItemKind, id);
  const rel = `data/${kind}/${id}.yaml`;
  const file = path.join(root, rel);
  await prepareFolder(path.dirname(file));
  try {
    await writeFile(file, text, { flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new UserError('new/exists', { path: rel });
    }
    throw new UserError('new/write-failed', { path: rel, detail: (e as Error).message });
  }
  logger(env, opts.quiet)(render(MESSAGES.fileCreated, lang, { path: rel }));
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
