/** `masterplan new <kind> <id>`: one new data file with every field commented; never overwrites. */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Env } from '../../env.js';
import { UserError } from '../../errors.js';
import { isValidId } from '../../load/index.js';
import { ITEM_KINDS, type ItemKind } from '../../schema/index.js';
import { PACKAGE_ROOT } from '../../taxonomy/index.js';
import { logger, resolveLang, type GlobalOptions } from '../context.js';
import { EXIT } from '../exit-codes.js';

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
  const lang = resolveLang(opts.lang, root);
  if (!(ITEM_KINDS as readonly string[]).includes(kind)) {
    throw new UserError(`${lang === 'en' ? 'Unknown kind' : 'Jenis tidak dikenal'} "${kind}" (${ITEM_KINDS.join(' | ')})`);
  }
  if (!isValidId(id)) {
    throw new UserError(lang === 'en'
      ? `"${id}" is not a valid id: lowercase letters, digits and hyphens, at most 64 characters (e.g. dinas-kesehatan).`
      : `"${id}" bukan id yang sah: huruf kecil, angka, dan tanda hubung, paling panjang 64 karakter (contoh: dinas-kesehatan).`);
  }
  const template = await readFile(path.join(PACKAGE_ROOT, 'data', 'scaffold', 'new', `${kind as ItemKind}.yaml`), 'utf8');
  const rel = `data/${kind}/${id}.yaml`;
  const file = path.join(root, rel);
  await mkdir(path.dirname(file), { recursive: true });
  try {
    await writeFile(file, template.replaceAll('__ID__', id), { flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new UserError(lang === 'en' ? `${rel} already exists; it was left unchanged.` : `${rel} sudah ada; berkas tidak diubah.`);
    }
    throw new UserError(`${rel}: ${(e as Error).message}`);
  }
  logger(env, opts.quiet)(lang === 'en' ? `Created ${rel}` : `Dibuat ${rel}`);
  return EXIT.OK;
}
