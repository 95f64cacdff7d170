/**
 * The snapshot a successful build keeps of the data it was built from, in `.masterplan/snapshot/`:
 * written atomically, skipped when the data is the same as in the latest one, bounded by
 * {@link SNAPSHOT_LIMIT} (the last of each day kept longest), and never inside the output folder.
 */
import { mkdir, unlink } from 'node:fs/promises';
import path from 'node:path';
import { isUserError } from '../errors.js';
import type { SourceFile } from '../load/index.js';
import { encodeSnapshot, filesHash, listSnapshots, SNAPSHOT_DIR, SNAPSHOT_LIMIT, snapshotsBeyond } from '../load/snapshot.js';

/** What became of the snapshot of a build. */
export type SnapshotKept =
  /** Written to `file` (relative to the project). */
  | { readonly kind: 'written'; readonly file: string }
  /** The data is the same as in the latest snapshot, `file`. */
  | { readonly kind: 'unchanged'; readonly file: string }
  /** The snapshot folder lies inside the output folder, where no snapshot is kept. */
  | { readonly kind: 'inside-output' }
  /** It could not be written; the build itself succeeded. */
  | { readonly kind: 'failed'; readonly reason: string };

/**
 * Keeps a snapshot of a project's input files.
 * @param root absolute project folder
 * @param outDir absolute output folder of the build
 * @param files the input files as the build read them
 * @param now when the snapshot is taken
 * @returns what became of it
 */
export async function keepSnapshot(root: string, outDir: string, files: readonly SourceFile[], now: Date): Promise<SnapshotKept> {
  const dir = path.join(root, SNAPSHOT_DIR);
  const fromOut = path.relative(outDir, dir);
  if (fromOut === '' || (!fromOut.startsWith('..') && !path.isAbsolute(fromOut))) return { kind: 'inside-output' };
  const texts: Record<string, string> = {};
  for (const f of files) texts[f.path] = f.text;
  try {
    const existing = await listSnapshots(root);
    const latest = existing[existing.length - 1];
    if (latest?.hash === filesHash(texts)) return { kind: 'unchanged', file: latest.file };
    const { name, bytes } = encodeSnapshot(texts, now);
    await mkdir(dir, { recursive: true });
    const { writeAtomic } = await import('../write/atomic.js');
    await writeAtomic(path.join(dir, name), bytes);
    const kept = await listSnapshots(root);
    for (const old of snapshotsBeyond(kept, SNAPSHOT_LIMIT)) await unlink(path.join(root, old.file)).catch(() => undefined);
    return { kind: 'written', file: `${SNAPSHOT_DIR}/${name}` };
  } catch (e) {
    const reason = writeFailure(e);
    return { kind: 'failed', reason };
  }
}

/** Why writing failed: the reason of a failed atomic write, else the error's code or message. */
function writeFailure(e: unknown): string {
  if (isUserError(e) && e.code === 'write/failed') return (e.args as { reason: string }).reason;
  if (e instanceof Error) return (e as NodeJS.ErrnoException).code ?? e.message;
  return String(e);
}
