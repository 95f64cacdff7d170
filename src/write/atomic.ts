/** Atomic file writes: temporary files in the target folder, then renames, so readers see the old files or the new ones. */
import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../errors.js';

/** A temporary file written next to its target, waiting to be renamed into place. */
interface Staged {
  readonly temp: string;
  readonly path: string;
}

function failure(path: string, e: unknown): UserError {
  const reason = (e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : String(e));
  return new UserError('write/failed', { path, reason });
}

/** Writes a file's content to a temporary file beside it; on failure nothing is left behind. */
async function stage(path: string, data: Uint8Array | string): Promise<Staged> {
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
    return { temp, path };
  } catch (e) {
    if (created) await unlink(temp).catch(() => undefined);
    throw failure(path, e);
  }
}

/**
 * Writes a file atomically. On any failure the temporary file is removed, an existing file at the
 * path is left as it was, and a UserError (`write/failed`) says what failed.
 * @param path the file to write
 * @param data its content
 * @throws UserError when the file cannot be written
 */
export async function writeAtomic(path: string, data: Uint8Array | string): Promise<void> {
  await writeAllAtomic([{ path, data }]);
}

/**
 * Writes several files as one step: every file is first written to a temporary file, and only when
 * all of them are written are they renamed into place. A failure while writing leaves every earlier
 * file as it was and no temporary file behind.
 * @param files paths and contents
 * @throws UserError when a file cannot be written
 */
export async function writeAllAtomic(files: ReadonlyArray<{ readonly path: string; readonly data: Uint8Array | string }>): Promise<void> {
  const staged: Staged[] = [];
  try {
    for (const f of files) staged.push(await stage(f.path, f.data));
  } catch (e) {
    await Promise.all(staged.map((s) => unlink(s.temp).catch(() => undefined)));
    throw e;
  }
  for (const [i, s] of staged.entries()) {
    try {
      await rename(s.temp, s.path);
    } catch (e) {
      await Promise.all(staged.slice(i).map((x) => unlink(x.temp).catch(() => undefined)));
      throw failure(s.path, e);
    }
  }
}
