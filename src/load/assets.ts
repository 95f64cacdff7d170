/** Checks files that the configuration points at (the logo), which only the load stage may read. */
import path from 'node:path';
import { openRegularFile } from './read-text.js';

export type AssetProblem = 'missing' | 'not-image';

/**
 * Checks that an image exists and starts with a PNG or JPEG signature.
 * @param root project folder
 * @param relative path from the configuration
 * @returns the problem, or undefined when the image is usable
 */
export async function checkImage(root: string, relative: string): Promise<AssetProblem | undefined> {
  const abs = path.resolve(root, relative);
  // Not a regular file (a folder, a named pipe) is not an image, and is never waited on.
  const opened = await openRegularFile(abs);
  if (!opened.ok) return opened.problem.kind === 'not-a-file' ? 'not-image' : 'missing';
  const { handle } = opened;
  try {
    const head = Buffer.alloc(8);
    await handle.read(head, 0, 8, 0);
    const png = head[0] === 0x89 && head.toString('latin1', 1, 4) === 'PNG';
    const jpeg = head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff;
    return png || jpeg ? undefined : 'not-image';
  } catch {
    return 'missing';
  } finally {
    await handle.close();
  }
}
