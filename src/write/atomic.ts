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

/**
 * Why a rename failed when another program holds the target open: Windows refuses to replace a
 * file that Word (or Excel, or a PDF viewer) has open, with a sharing violation (EBUSY) or an
 * access denial (EPERM).
 */
const IN_USE = new Set(['EBUSY', 'EPERM']);

/** What a write of several files did not do: the targets another program holds open, left as they were. */
export interface WriteOutcome {
  /** Absolute paths of the files that could not be replaced because they are open elsewhere. */
  readonly locked: readonly string[];
}

function errorCode(e: unknown): string | undefined {
  return (e as NodeJS.ErrnoException | undefined)?.code;
}

function failure(path: string, e: unknown): UserError {
  const reason = errorCode(e) ?? (e instanceof Error ? e.message : String(e));
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
 * path is left as it was, and a UserError says what failed (`write/locked` when another program
 * holds the file open, `write/failed` otherwise).
 * @param path the file to write
 * @param data its content
 * @throws UserError when the file cannot be written
 */
export async function writeAtomic(path: string, data: Uint8Array | string): Promise<void> {
  const { locked } = await writeAllAtomic([{ path, data }]);
  if (locked.length > 0) throw new UserError('write/locked', { path });
}

/**
 * Writes several files as one step: every file is first written to a temporary file, and only when
 * all of them are written are they renamed into place. A failure while writing leaves every earlier
 * file as it was and no temporary file behind. A target that another program holds open (a book
 * open in Word on Windows) is left as it was and reported, and the other files are still replaced.
 * @param files paths and contents
 * @returns the targets that were open elsewhere and kept their previous content
 * @throws UserError when a file cannot be written for any other reason
 */
export async function writeAllAtomic(files: ReadonlyArray<{ readonly path: string; readonly data: Uint8Array | string }>): Promise<WriteOutcome> {
  const staged: Staged[] = [];
  try {
    for (const f of files) staged.push(await stage(f.path, f.data));
  } catch (e) {
    await Promise.all(staged.map((s) => unlink(s.temp).catch(() => undefined)));
    throw e;
  }
  const locked: string[] = [];
  for (const [i, s] of staged.entries()) {
    try {
      await rename(s.temp, s.path);
    } catch (e) {
      await unlink(s.temp).catch(() => undefined);
      if (IN_USE.has(errorCode(e) ?? '')) {
        locked.push(s.path);
        continue;
      }
      await Promise.all(staged.slice(i + 1).map((x) => unlink(x.temp).catch(() => undefined)));
      throw failure(s.path, e);
    }
  }
  return { locked };
}
