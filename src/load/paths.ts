/**
 * Paths named by a project's files must stay inside the project: a project may come from a pull
 * request, and CI must not read or write elsewhere on its machine. The lexical check needs no file
 * system; the link check follows symbolic links of what exists.
 */
import { realpath } from 'node:fs/promises';
import path from 'node:path';

/**
 * Whether a relative path from a project file stays inside the project without following links:
 * not absolute, and no `..` that climbs above the project folder.
 * @param relative the path as written
 * @returns true when it stays inside
 */
export function staysInside(relative: string): boolean {
  if (path.isAbsolute(relative) || path.win32.isAbsolute(relative) || path.posix.isAbsolute(relative)) return false;
  const normal = path.posix.normalize(relative.replace(/\\/g, '/'));
  return normal !== '..' && !normal.startsWith('../');
}

/**
 * Whether a path, once every symbolic link in it that exists is followed, lies inside the project.
 * A path that does not exist yet is judged by its nearest existing folder.
 * @param root project folder (absolute)
 * @param target absolute path
 * @returns true when it lies inside
 */
export async function resolvesInside(root: string, target: string): Promise<boolean> {
  const realRoot = await realpath(root).catch(() => path.resolve(root));
  let p = path.resolve(target);
  let rest = '';
  for (;;) {
    try {
      const real = path.join(await realpath(p), rest);
      return real === realRoot || real.startsWith(realRoot + path.sep);
    } catch {
      const parent = path.dirname(p);
      if (parent === p) return false;
      rest = path.join(path.basename(p), rest);
      p = parent;
    }
  }
}
