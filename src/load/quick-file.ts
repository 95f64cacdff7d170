/**
 * What one input file gives without its YAML tree: its text and, for a clean YAML file, its data
 * read the quick way. It is plain data, so a worker thread can read files and hand it over (see
 * parse-pool.ts); the YAML tree of a file that is not clean is made where the file is used.
 */
import { forbiddenCharacter, MAX_DEPTH } from './guards.js';
import v8 from 'node:v8';
import { ParseCache } from './parse-cache.js';
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

/** A file read on a worker thread against the keys of the main thread's parse cache. */
export interface KnownQuickFile {
  readonly file: QuickFile;
  /** The key of its data in the main thread's cache, which gives its data there (it has none here). */
  readonly known?: string;
  /** Its data, newly parsed, under its key, serialised for the main thread's cache. */
  readonly made?: readonly [string, Uint8Array];
}

/**
 * Reads a file as {@link readQuickFile} does, but parses it only when its text is not among the
 * keys of a cache held elsewhere: for one that is, its data is left to the thread that holds it.
 * @param absolutePath the file
 * @param known the YAML keys of the other thread's cache
 * @returns the file, and its key when it is known or when it was newly parsed
 */
export function readKnownQuickFile(absolutePath: string, known: ReadonlySet<string>): KnownQuickFile {
  const read = readTextSync(absolutePath);
  if (!read.ok) return { file: { problem: read.problem } };
  const key = ParseCache.keyOf('yaml', read.text);
  if (known.has(key)) return { file: { text: read.text }, known: key };
  const data = cleanYamlData(read.text);
  return data === undefined ? { file: { text: read.text } } : { file: { text: read.text, data }, made: [key, v8.serialize(data)] };
}
