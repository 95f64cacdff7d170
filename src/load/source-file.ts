/** A parsed YAML file (an input file, or a layout template): its text, its YAML tree and a locator from data paths to 1-based positions. */
import type { Document, Node, Pair } from 'yaml';
import type { DataPath, Position } from '../diagnostics/diagnostic.js';
import type { Kind } from '../schema/index.js';
import { yamlLib } from './yaml-lib.js';

/** Where a text's lines start, and the 1-based line and column of an offset (as `yaml`'s LineCounter tells them). */
export interface TextLines {
  readonly lineStarts: readonly number[];
  readonly linePos: (offset: number) => { line: number; col: number };
}

/** A YAML file as parsed, whatever it holds. */
export interface YamlFile {
  /** Path relative to the project folder, forward slashes (as diagnostics show it). */
  readonly path: string;
  /** Absolute path on disk. */
  readonly absolutePath: string;
  readonly text: string;
  /** The parsed YAML document (present when parsing succeeded). */
  readonly document?: Document.Parsed;
  readonly lineCounter?: TextLines;
  /** Plain data from the YAML (present only when the file loaded without errors). */
  readonly data?: unknown;
  /**
   * For a clean file read the quick way: where a data path's key or value lies, found without the
   * YAML tree, as the tree would place it; undefined where only the tree can tell (see {@link locate}).
   */
  readonly quickSpan?: (path: DataPath, target: 'key' | 'value') => { readonly start: number; readonly end?: number } | undefined;
}

/** An input file of the project. */
export interface SourceFile extends YamlFile {
  readonly kind: Kind;
  /** Item id (the base name) for one-file-per-item kinds. */
  readonly id?: string;
}

/**
 * Position at the start of a file (for problems with the file as a whole).
 * @param file relative path
 * @returns line 1, column 1
 */
export function fileStart(file: string): Position {
  return { file, line: 1, column: 1 };
}

/**
 * Converts a 0-based character offset into a 1-based position.
 * @param file the source file
 * @param start 0-based start offset
 * @param end 0-based end offset (exclusive)
 * @returns the position
 */
export function offsetToPosition(file: YamlFile, start: number, end?: number): Position {
  if (file.lineCounter === undefined) return fileStart(file.path);
  const s = file.lineCounter.linePos(start);
  const base: Position = { file: file.path, line: s.line, column: s.col };
  if (end === undefined || end <= start) return base;
  const e = file.lineCounter.linePos(end);
  return { ...base, endLine: e.line, endColumn: e.col };
}

function nodeRange(node: Node | null | undefined): [number, number] | undefined {
  if (node?.range === undefined || node.range === null) return undefined;
  return [node.range[0], node.range[1]];
}

/**
 * Maps a data path to the position of its key or value. Where the path does not exist (a missing
 * key), falls back to the closest existing ancestor's key, as a reader would look there first.
 * @param file the source file
 * @param path data path
 * @param target point at the `key` (default for missing and unknown keys) or the `value`
 * @returns a 1-based position
 */
export function locate(file: YamlFile, path: DataPath, target: 'key' | 'value' = 'value'): Position {
  const quick = file.quickSpan?.(path, target);
  if (quick !== undefined) return offsetToPosition(file, quick.start, quick.end);
  const doc = file.document;
  if (doc === undefined) return fileStart(file.path);
  const { isMap, isPair, isScalar, isSeq } = yamlLib();
  let node: unknown = doc.contents;
  let lastPair: Pair | undefined;
  let lastNode: Node | undefined = (doc.contents ?? undefined);
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      if (pair === undefined) return positionOf(file, lastPair, lastNode, 'key');
      lastPair = pair;
      node = pair.value;
      lastNode = (pair.value ?? undefined) as Node | undefined;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg];
      if (item === undefined) return positionOf(file, lastPair, lastNode, 'key');
      lastPair = undefined;
      node = item;
      lastNode = item as Node;
    } else {
      return positionOf(file, lastPair, lastNode, 'key');
    }
  }
  return positionOf(file, lastPair, lastNode, target);
}

function positionOf(file: YamlFile, pair: Pair | undefined, node: Node | undefined, target: 'key' | 'value'): Position {
  const { isMap, isScalar, isSeq } = yamlLib();
  const keyRange = pair !== undefined && isScalar(pair.key) ? nodeRange(pair.key) : undefined;
  const valueRange = nodeRange(node);
  const range = target === 'key' ? (keyRange ?? valueRange) : (valueRange ?? keyRange);
  if (range === undefined) return fileStart(file.path);
  // Collection ranges run to the end of their last item; point at where they start.
  const end = isMap(node) || isSeq(node) ? undefined : range[1];
  return offsetToPosition(file, range[0], end);
}
