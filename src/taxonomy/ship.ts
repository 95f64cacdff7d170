/**
 * The module the bundle has in place of ./shipped-data.ts (scripts/bundle.mjs): every shipped data
 * file the program reads, read as a run reads it, with a digest of its text.
 */
import { isDeepStrictEqual } from 'node:util';
import { defaultStages } from '../status/stages.js';
import { SHIPPED_READ, taxonomy } from './index.js';

/**
 * Reads every shipped file, as a run does, and writes what was read as a module.
 * @returns the module's text: `export const SHIPPED = JSON.parse(…);`
 * @throws when a file's data would not survive JSON (it is then read on every run instead)
 */
export function shippedModule(): string {
  taxonomy();
  defaultStages();
  const files = Object.fromEntries([...SHIPPED_READ].sort(([a], [b]) => (a < b ? -1 : 1)));
  for (const [name, file] of Object.entries(files)) {
    if (!isDeepStrictEqual(JSON.parse(JSON.stringify(file.data)), file.data)) throw new Error(`data/${name} does not survive JSON`);
  }
  return `export const SHIPPED = JSON.parse(${JSON.stringify(JSON.stringify(files))});\n`;
}
