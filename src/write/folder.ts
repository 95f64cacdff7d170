/**
 * Output folders: whether a path can be one (checked before anything is rendered), and creating it
 * one level at a time. Node's recursive mkdir can spin forever below some system folders (/proc);
 * creating each missing level in turn fails at once instead, with the level that failed.
 */
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../errors.js';

/** Why a path cannot be an output folder: it, or a folder above it, is a file. */
export interface FolderProblem {
  /** The folder asked for. */
  readonly folder: string;
  /** The existing path that is not a folder (the folder itself, or one above it). */
  readonly file: string;
}

/**
 * Finds the nearest existing path at or above a folder.
 * @param folder absolute folder
 * @returns that path and whether it is a folder, or undefined when nothing above exists
 */
async function nearestExisting(folder: string): Promise<{ path: string; isFolder: boolean } | undefined> {
  for (let p = path.resolve(folder); ; p = path.dirname(p)) {
    try {
      return { path: p, isFolder: (await stat(p)).isDirectory() };
    } catch {
      // Missing, or below a file: keep walking up.
    }
    if (path.dirname(p) === p) return undefined;
  }
}

/**
 * Checks, without writing anything, that a path is a folder or could be created as one: the nearest
 * path that exists at or above it must be a folder.
 * @param folder absolute folder
 * @returns the problem, or undefined when the folder can be used
 */
export async function folderProblem(folder: string): Promise<FolderProblem | undefined> {
  const existing = await nearestExisting(folder);
  if (existing === undefined || existing.isFolder) return undefined;
  return { folder, file: existing.path };
}

/**
 * Creates a folder and every missing folder above it, one level at a time.
 * @param folder absolute folder
 * @throws UserError (`output/not-a-folder`) when it or a folder above it is a file, (`write/failed`) when a level cannot be created
 */
export async function makeFolder(folder: string): Promise<void> {
  const target = path.resolve(folder);
  const existing = await nearestExisting(target);
  if (existing !== undefined && !existing.isFolder) throw new UserError('output/not-a-folder', { path: folder, file: existing.path });
  const missing: string[] = [];
  for (let p = target; p !== existing?.path && path.dirname(p) !== p; p = path.dirname(p)) missing.unshift(p);
  for (const p of missing) {
    try {
      await mkdir(p);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      // Made meanwhile by another process: fine when it is a folder.
      if (code === 'EEXIST' && (await stat(p).then((s) => s.isDirectory(), () => false))) continue;
      throw new UserError('write/failed', { path: p, reason: code ?? (e instanceof Error ? e.message : String(e)) });
    }
  }
}
