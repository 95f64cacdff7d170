/** Writing a report a command was asked to put in a file (`validate --output`): its folder made level by level, the file written atomically. */
import path from 'node:path';
import { writeAtomic } from '../write/atomic.js';
import { makeFolder } from '../write/folder.js';

/**
 * Writes a text report to a file, creating its folder.
 * @param file absolute path
 * @param text the report
 * @throws UserError when the folder is a file or the file cannot be written
 */
export async function writeReport(file: string, text: string): Promise<void> {
  await makeFolder(path.dirname(file));
  await writeAtomic(file, text);
}
