/**
 * What rendering a project's books gave, kept between runs: the tree the Markdown parser made of each
 * piece of a book, and each chart drawn. A Tim builds again and again, and most of a book is the same
 * as in the last build; parsing the same Markdown and drawing the same chart again is most of a
 * build's time. Each result is a file in the project's folder of the program's cache folder (the
 * compile cache's: a folder of the temporary folder that only this user can write), named by a digest
 * of the program's build, the kind of result and the key the renderer gives it (a digest of what the
 * result is made from), so a changed input can never be given an old result, nor another build's.
 * Either thread of a build reads and writes the files directly. `MASTERPLAN_NO_CACHE=1` turns this
 * off, as it does the parse cache (src/load/parse-cache.ts). A file that cannot be read or written
 * only costs time: the result is made again.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { deflateSync, inflateSync } from 'node:zlib';
import { buildKey, cacheTurnedOff, ownCacheFolder, writeAside } from './compile-cache.js';

/** What a kept result is: a parsed piece of a book's Markdown, or a drawn chart. */
export type KeptKind = 'tree' | 'chart';

/** Results kept between runs, as bytes, by kind and key. */
export interface Kept {
  /**
   * The bytes kept for a key.
   * @param kind what the result is
   * @param key the renderer's key (a digest of what the result is made from)
   * @returns the bytes, or undefined when none are kept
   */
  read(kind: KeptKind, key: string): Uint8Array | undefined;
  /**
   * Keeps bytes for a key (never throws).
   * @param kind what the result is
   * @param key the renderer's key
   * @param bytes the result
   */
  write(kind: KeptKind, key: string, bytes: Uint8Array): void;
}

/**
 * A result as kept: serialised with `v8.serialize` and compressed with zlib, whose checksum tells a
 * damaged file from a good one.
 * @param value the result (plain data)
 * @returns the bytes
 */
export function packKept(value: unknown): Uint8Array {
  return deflateSync(v8.serialize(value), { level: 1 });
}

/**
 * A kept result read back.
 * @param bytes what {@link packKept} gave
 * @returns the result, or undefined when the bytes are damaged
 */
export function unpackKept(bytes: Uint8Array): unknown {
  try {
    return v8.deserialize(inflateSync(bytes)) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * A result through the kept ones: the one kept for the key when there is one of the right shape,
 * else `make`'s, which is kept (serialised before it is given out, so what the caller does with it
 * changes nothing kept).
 * @param kept the kept results, if any
 * @param kind what the result is
 * @param key the renderer's key (a digest of what the result is made from)
 * @param shaped whether a value read back is such a result
 * @param make makes the result
 * @returns the result
 */
export function throughKept<T>(kept: Kept | undefined, kind: KeptKind, key: () => string, shaped: (value: unknown) => value is T, make: () => T): T {
  if (kept === undefined) return make();
  const k = key();
  const found = readKept(kept, kind, k, shaped);
  if (found !== undefined) return found;
  const value = make();
  kept.write(kind, k, packKept(value));
  return value;
}

/** The result kept for a key, if there is one of the right shape. */
function readKept<T>(kept: Kept, kind: KeptKind, key: string, shaped: (value: unknown) => value is T): T | undefined {
  const bytes = kept.read(kind, key);
  const found = bytes === undefined ? undefined : unpackKept(bytes);
  return shaped(found) ? found : undefined;
}

/**
 * {@link throughKept} for a result made asynchronously.
 * @returns the result
 */
export async function throughKeptAsync<T>(
  kept: Kept | undefined,
  kind: KeptKind,
  key: () => string,
  shaped: (value: unknown) => value is T,
  make: () => Promise<T>,
): Promise<T> {
  if (kept === undefined) return make();
  const k = key();
  const found = readKept(kept, kind, k, shaped);
  if (found !== undefined) return found;
  const value = await make();
  kept.write(kind, k, packKept(value));
  return value;
}

/**
 * The folder of a project's kept results in the cache folder, named by a digest of the project's folder.
 * @param cacheFolder the cache folder
 * @param root the project folder (absolute)
 * @returns the folder's path
 */
export function keptFolderOf(cacheFolder: string, root: string): string {
  return path.join(cacheFolder, `kept-${createHash('sha1').update(root).digest('hex').slice(0, 16)}`);
}

/**
 * The folder of a project's kept results, when results are kept: the code runs bundled, it is not
 * turned off, and there is a cache folder.
 * @param root the project folder (absolute)
 * @param vars the environment variables
 * @returns the folder (which may not exist yet)
 */
export function projectKeptFolder(root: string, vars: Readonly<Record<string, string | undefined>> = process.env): string | undefined {
  if (buildKey() === undefined || cacheTurnedOff(vars)) return undefined;
  const folder = ownCacheFolder();
  return folder === undefined ? undefined : keptFolderOf(folder, root);
}

/** Kept results as files of one folder. */
export class KeptFiles implements Kept {
  /**
   * @param folder the project's folder of kept results (made on the first write)
   * @param build the key of the program's build ({@link buildKey})
   */
  constructor(
    readonly folder: string,
    private readonly build: string,
  ) {}

  /**
   * The file of a result.
   * @param kind what the result is
   * @param key the renderer's key
   * @returns its path
   */
  fileOf(kind: KeptKind, key: string): string {
    const name = createHash('sha1').update(`${this.build}\u0000${kind}\u0000${key}`).digest('hex');
    return path.join(this.folder, `${kind}-${name}.bin`);
  }

  read(kind: KeptKind, key: string): Uint8Array | undefined {
    const file = this.fileOf(kind, key);
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch {
      return undefined;
    }
    try {
      // Used now: kept by the clean-up (which removes what has not been used for a while).
      const now = new Date();
      utimesSync(file, now, now);
    } catch {
      // Read all the same.
    }
    return bytes;
  }

  write(kind: KeptKind, key: string, bytes: Uint8Array): void {
    try {
      mkdirSync(this.folder, { recursive: true, mode: 0o700 });
    } catch {
      return;
    }
    // A run reading it meanwhile (or the other thread) sees none or all of it.
    writeAside(this.fileOf(kind, key), bytes);
  }
}

const opened = new Map<string, KeptFiles>();

/**
 * The kept results of a folder, on this thread.
 * @param folder the project's folder ({@link projectKeptFolder})
 * @returns the results; undefined when the code runs from its sources
 */
export function keptFiles(folder: string): Kept | undefined {
  const build = buildKey();
  if (build === undefined) return undefined;
  let kept = opened.get(folder);
  if (kept === undefined) {
    kept = new KeptFiles(folder, build);
    opened.set(folder, kept);
  }
  return kept;
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** How long a result not used since is kept (a book built now and then keeps its results). */
const RESULT_KEPT_MS = 14 * DAY_MS;
/** How long the results of a project not built since are kept. */
const PROJECT_KEPT_MS = 30 * DAY_MS;

/**
 * Removes a project's results not used for two weeks (and any a stopped run left half written by
 * then), and the folders of projects not built for a month (moved, deleted, or temporary folders).
 * Marks the project's folder as used. Never throws.
 * @param folder the project's folder ({@link projectKeptFolder})
 * @param now the time
 */
export function removeUnusedKept(folder: string, now = Date.now()): void {
  try {
    for (const f of readdirSync(folder)) {
      if (!/^(?:tree|chart)-[0-9a-f]{40}\.bin(?:\.[0-9]+\.[0-9]+)?$/.test(f)) continue;
      const file = path.join(folder, f);
      if (now - statSync(file).mtimeMs > RESULT_KEPT_MS) rmSync(file, { force: true });
    }
    const at = new Date(now);
    utimesSync(folder, at, at);
  } catch {
    // None yet, or left for another run.
  }
  const cache = path.dirname(folder);
  try {
    for (const f of readdirSync(cache)) {
      if (!/^kept-[0-9a-f]{16}$/.test(f)) continue;
      const other = path.join(cache, f);
      if (other !== folder && now - statSync(other).mtimeMs > PROJECT_KEPT_MS) rmSync(other, { recursive: true, force: true });
    }
  } catch {
    // Left for another run.
  }
}
