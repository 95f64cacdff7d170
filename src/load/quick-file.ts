/**
 * What one input file gives without its YAML tree: its text and, for a clean YAML file, its data
 * read the quick way. It is plain data, so a worker thread can read files and hand it over (see
 * parse-pool.ts); the YAML tree of a file that is not clean is made where the file is used.
 */
import { forbiddenCharacter, MAX_DEPTH } from './guards.js';
import { quickYamlData } from './quick-yaml.js';
import { readTextSync, type ReadProblem } from './read-text.js';

/** An input file read on its own: why it could not be read, or its text and, when clean, its data. */
export type QuickFile =
  | { readonly problem: ReadProblem }
  | { readonly text: string; readonly data?: Record<string, unknown> };

/**
 * The data of a clean YAML file: no character YAML forbids, read the quick way, and nested no
 * deeper than the limit.
 * @param text the decoded text
 * @returns the data, or undefined when the file needs `yaml`'s parse (which tells its problems)
 */
export function cleanYamlData(text: string): Record<string, unknown> | undefined {
  if (forbiddenCharacter(text) !== undefined) return undefined;
  const quick = quickYamlData(text);
  return quick !== undefined && depthOf(quick.data) <= MAX_DEPTH ? quick.data : undefined;
}

/**
 * Reads an input file from the disk and, when it is clean, its data.
 * @param absolutePath the file
 * @returns the read problem, or the text and the data of a clean file
 */
export function readQuickFile(absolutePath: string): QuickFile {
  const read = readTextSync(absolutePath);
  if (!read.ok) return { problem: read.problem };
  const data = cleanYamlData(read.text);
  return data === undefined ? { text: read.text } : { text: read.text, data };
}

/** How deeply a value nests mappings and lists (a scalar is 0), without recursion. */
function depthOf(value: unknown): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[value, 0]];
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const [v, depth] = top;
    if (v === null || typeof v !== 'object') continue;
    deepest = Math.max(deepest, depth + 1);
    for (const child of Object.values(v)) stack.push([child, depth + 1]);
  }
  return deepest;
}
