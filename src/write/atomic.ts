/** Atomic file writes: a temporary file in the target folder, then a rename, so readers see the old file or the new one. */
import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Lang } from '../diagnostics/spec.js';
import { UserError } from '../errors.js';

/**
 * Writes a file atomically. On any failure the temporary file is removed, an existing file at the
 * path is left as it was, and a UserError explains what failed.
 * @param path the file to write
 * @param data its content
 * @param options language of the error message
 * @throws UserError when the file cannot be written
 */
export async function writeAtomic(path: string, data: Uint8Array | string, options: { lang?: Lang } = {}): Promise<void> {
  // Same folder as the target, so the rename never crosses file systems; dot-prefixed so it stays out of sight.
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  let created = false;
  try {
    const handle = await open(temp, 'wx');
    created = true;
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (e) {
    if (created) await unlink(temp).catch(() => undefined);
    const reason = (e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : String(e));
    throw new UserError(
      options.lang === 'en' ? `Cannot write ${path} (${reason}).` : `Tidak dapat menulis ${path} (${reason}).`,
    );
  }
}
