/**
 * What one input file gives without its YAML tree: its text and, for a clean YAML file, its data
 * read the quick way. It is plain data, so a worker thread can read files and hand it over (see
 * parse-pool.ts); the YAML tree of a file that is not clean is made where the file is used.
 */
import { forbiddenCharacter, MAX_DEPTH } from './guards.js';
import type { ParseCache } from './parse-cache.js';
import { quickYamlData } from './quick-yaml.js';
import { readTextSync, type ReadProblem } from './read-text.js';

/** An input file read on its own: why it could not be read, or its text and, when clean, its data. */
export type QuickFile =
  | { readonly problem: ReadProblem }
  | { readonly text: string; readonly data?: Record<string, unknown> };

/**
 * The data of a clean YAML file: no character YAML forbids, read the quick way, and nested no
 * deeper than the limit (the quick parser refuses deeper nesting itself).
 * @param text the decoded text
 * @param cache what earlier parses gave, when there is a cache
 * @returns the data, or undefined when the file needs `yaml`'s parse (which tells its problems)
 */
export function cleanYamlData(text: string, cache?: ParseCache): Record<string, unknown> | undefined {
  if (cache !== undefined) return cache.through('yaml', text, () => cleanYamlData(text));
  if (forbiddenCharacter(text) !== undefined) return undefined;
  return quickYamlData(text, MAX_DEPTH)?.data;
}

/**
 * Reads an input file from the disk and, when it is clean, its data.
 * @param absolutePath the file
 * @param cache what earlier parses gave, when there is a cache
 * @returns the read problem, or the text and the data of a clean file
 */
export function readQuickFile(absolutePath: string, cache?: ParseCache): QuickFile {
  const read = readTextSync(absolutePath);
  if (!read.ok) return { problem: read.problem };
  const data = cleanYamlData(read.text, cache);
  return data === undefined ? { text: read.text } : { text: read.text, data };
}
