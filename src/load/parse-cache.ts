/**
 * What parsing a text gave, kept between runs: the data of a clean YAML file and the tree of a
 * naskah's Markdown, found again by a digest of the text itself, so a file that has not changed is
 * not parsed again, and a file that has changed can never be given an old result. Each project has
 * one cache file, in the program's cache folder (src/compile-cache.ts: a folder of the temporary
 * folder that only this user can write). The file names the build of the program that wrote it and
 * the V8 that serialised it; with another build, or broken, it is ignored and written anew.
 * `MASTERPLAN_NO_CACHE=1` turns it off. A cache that cannot be read or written only costs time.
 *
 * Only results without diagnostics are kept (the quick read of a clean YAML file; a Markdown tree).
 * A result is serialised when it is made, so whatever later stages do with the objects they are
 * given, the cache holds what the parse gave.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { buildKey, cacheTurnedOff, ownCacheFolder, writeAside } from '../compile-cache.js';

/** What a kept result is the parse of. */
export type ParsedKind = 'yaml' | 'markdown';

/** The results of one project's parses: those read from the cache file, and those used or made now. */
export class ParseCache {
  /** Entries of the cache file not (yet) used in this process. */
  private readonly stored: Map<string, Uint8Array>;
  /** Entries used or made in this process: what a save keeps. */
  private readonly used = new Map<string, Uint8Array>();
  /** Whether a result was made in this process (not read from the file). */
  private made = false;

  /**
   * @param stored the entries read from the cache file (by key)
   */
  constructor(stored: ReadonlyMap<string, Uint8Array> = new Map()) {
    this.stored = new Map(stored);
  }

  /**
   * The key of a text's parse.
   * @param kind what the text is parsed as
   * @param text the text
   * @returns the key: the kind and the SHA-1 of the text
   */
  static keyOf(kind: ParsedKind, text: string): string {
    return `${kind === 'yaml' ? 'y' : 'm'}${createHash('sha1').update(text).digest('base64')}`;
  }

  /**
   * The serialised result kept under a key, which is then kept by the next save.
   * @param key the key
   * @returns the serialised result, or undefined when there is none
   */
  packed(key: string): Uint8Array | undefined {
    const found = this.used.get(key) ?? this.stored.get(key);
    if (found !== undefined && !this.used.has(key)) {
      this.used.set(key, found);
      this.stored.delete(key);
    }
    return found;
  }

  /**
   * Keeps a serialised result (made here or on another thread).
   * @param key the key
   * @param packed the result, serialised with `v8.serialize`
   */
  keep(key: string, packed: Uint8Array): void {
    if (this.used.has(key)) return;
    this.used.set(key, packed);
    this.stored.delete(key);
    this.made = true;
  }

  /**
   * The kept result of a text's parse.
   * @param kind what the text is parsed as
   * @param text the text
   * @returns the result, or undefined when there is none
   */
  get(kind: ParsedKind, text: string): unknown {
    return this.value(ParseCache.keyOf(kind, text));
  }

  /**
   * Keeps the result of a text's parse (serialised now).
   * @param kind what the text is parsed as
   * @param text the text
   * @param value the result
   */
  put(kind: ParsedKind, text: string, value: unknown): void {
    this.keep(ParseCache.keyOf(kind, text), v8.serialize(value));
  }

  /**
   * A parse through the cache: the kept result when there is one, else `parse`'s, which is kept
   * when it is defined.
   * @param kind what the text is parsed as
   * @param text the text
   * @param parse the parse, for a text not seen before
   * @returns the result
   */
  through<T>(kind: ParsedKind, text: string, parse: () => T | undefined): T | undefined {
    const key = ParseCache.keyOf(kind, text);
    // Only defined results are kept, so undefined means none.
    const kept = this.value(key);
    if (kept !== undefined) return kept as T;
    const value = parse();
    if (value !== undefined) this.keep(key, v8.serialize(value));
    return value;
  }

  /**
   * The result kept under a key (see {@link keyOf}).
   * @param key the key
   * @returns the result, or undefined when there is none
   */
  value(key: string): unknown {
    const found = this.packed(key);
    return found === undefined ? undefined : (v8.deserialize(found) as unknown);
  }

  /**
   * The keys of the results of one kind, for a worker thread that reads files to tell which of
   * them this cache holds.
   * @param kind what the texts are parsed as
   * @returns the keys
   */
  keysOf(kind: ParsedKind): string[] {
    const prefix = kind === 'yaml' ? 'y' : 'm';
    return [...this.used.keys(), ...this.stored.keys()].filter((k) => k.startsWith(prefix));
  }

  /**
   * Whether a save would change the cache file: a result was made, or a quarter of the entries
   * read from it went unused (files that changed or went away).
   */
  get changed(): boolean {
    return this.made || this.stored.size * 3 > this.used.size;
  }

  /**
   * The cache file's content: the build, then the results used or made in this process.
   * @param build the build of the program
   * @returns the bytes
   */
  toBytes(build: string): Uint8Array {
    return v8.serialize({ build, entries: this.used });
  }

  /**
   * The cache read from a cache file's content; an empty one when it is of another build or broken.
   * @param bytes the content
   * @param build the build of the program
   * @returns the cache
   */
  static fromBytes(bytes: Uint8Array, build: string): ParseCache {
    try {
      const read = v8.deserialize(bytes) as { build?: unknown; entries?: unknown };
      if (read.build === build && read.entries instanceof Map) {
        const entries = new Map<string, Uint8Array>();
        for (const [k, v] of read.entries as Map<unknown, unknown>) if (typeof k === 'string' && v instanceof Uint8Array) entries.set(k, v);
        return new ParseCache(entries);
      }
    } catch {
      // Broken: as if there were none.
    }
    return new ParseCache();
  }
}

export { cacheTurnedOff };

/**
 * The cache file of a project: in the cache folder, named by a digest of the project's folder.
 * @param folder the cache folder
 * @param root the project folder (absolute)
 * @returns the file's path
 */
export function cacheFileOf(folder: string, root: string): string {
  return path.join(folder, `parse-${createHash('sha1').update(root).digest('hex').slice(0, 16)}.bin`);
}

/**
 * Reads a project's cache from its file.
 * @param file the cache file
 * @param build the build of the program
 * @returns the cache (empty when there is no file, or it cannot be used)
 */
export function readParseCache(file: string, build: string): ParseCache {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch {
    return new ParseCache();
  }
  return ParseCache.fromBytes(bytes, build);
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** How long the cache file of a project not run since is kept. */
const KEPT_UNUSED_MS = 30 * DAY_MS;

/**
 * Removes the cache files of projects not run for a month (moved, deleted, or temporary folders),
 * and any a run left half written (it stopped between writing aside and renaming).
 * @param folder the cache folder
 * @param now the time
 */
export function removeUnusedCaches(folder: string, now = Date.now()): void {
  try {
    for (const f of readdirSync(folder)) {
      if (!/^parse-[0-9a-f]+\.bin(?:\.[0-9]+\.[0-9]+)?$/.test(f)) continue;
      const file = path.join(folder, f);
      if (now - statSync(file).mtimeMs > KEPT_UNUSED_MS) rmSync(file, { force: true });
    }
  } catch {
    // Left for another run.
  }
}

/**
 * Writes a project's cache to its file, if it changed; a file that did not change is touched once a
 * day, so that it counts as used. Never throws.
 * @param cache the cache
 * @param file the cache file
 * @param build the build of the program
 * @returns whether the file was written
 */
export function saveParseCache(cache: ParseCache, file: string, build: string): boolean {
  if (!cache.changed) {
    try {
      if (Date.now() - statSync(file).mtimeMs > DAY_MS) utimesSync(file, new Date(), new Date());
    } catch {
      // None yet, or not ours to touch: nothing lost.
    }
    return false;
  }
  return writeAside(file, cache.toBytes(build));
}

const opened = new Map<string, ParseCache>();

/**
 * The cache of a project's parses in this process: read from its file the first time, and written
 * back when the process ends. Undefined when there is none: the code runs from its sources (the
 * tests), the cache is turned off, or there is no cache folder.
 * @param root the project folder (absolute)
 * @param vars the environment variables
 * @returns the cache
 */
export function projectParseCache(root: string, vars: Readonly<Record<string, string | undefined>> = process.env): ParseCache | undefined {
  const build = buildKey();
  if (build === undefined || cacheTurnedOff(vars)) return undefined;
  const known = opened.get(root);
  if (known !== undefined) return known;
  const folder = ownCacheFolder();
  if (folder === undefined) return undefined;
  const file = cacheFileOf(folder, root);
  const cache = readParseCache(file, build);
  if (opened.size === 0) {
    process.once('exit', () => {
      let written = false;
      for (const [r, c] of opened) written = saveParseCache(c, cacheFileOf(folder, r), build) || written;
      // Looked for only when a file was written, so that a run that changed nothing reads no folder.
      if (written) removeUnusedCaches(folder);
    });
  }
  opened.set(root, cache);
  return cache;
}
