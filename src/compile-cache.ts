/**
 * The large libraries of the bundled program (docx, Vega, exceljs, zod, the Markdown parser…), each
 * bundled as one CommonJS file in dist/vendor and loaded here with V8's code cache: the compiled code
 * of a library is kept between runs in a folder of the system's temporary folder that only this user
 * can write (as Node.js 22 does for modules with `module.enableCompileCache`, which Node.js 20 lacks),
 * so a command does not compile the same megabytes of JavaScript on every run. The cache is written
 * when the process ends, with the code compiled during the run, and only when there was none or V8
 * refused it; `NODE_DISABLE_COMPILE_CACHE=1` turns it off. Any problem with the cache only costs time.
 * What the caches of computed results share is here too (the folder, the build's key, the switch that
 * turns them off, and how a cache file is written), so that a command that only reads its project
 * loads none of what rendering keeps (src/kept.ts).
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

/** A library compiled, and how. */
export interface CompiledLibrary {
  /** What the file's `module.exports` became. */
  readonly exports: unknown;
  /** Whether V8 took the compiled code from the cache. */
  readonly fromCache: boolean;
  /** Writes the compiled code into the cache, if there is one and it was not used. Never throws. */
  save(): void;
}

/**
 * The folder of the compiled code for this user (see {@link ownCacheFolder}); undefined when
 * `NODE_DISABLE_COMPILE_CACHE` turns it off or there is none.
 * @param vars the environment variables
 * @returns the folder
 */
export function cacheFolder(vars: Readonly<Record<string, string | undefined>> = process.env): string | undefined {
  const off = vars.NODE_DISABLE_COMPILE_CACHE;
  if (off !== undefined && off !== '' && off !== '0') return undefined;
  return ownCacheFolder();
}

/** The build of the program, written in by the bundler; absent when the code runs from its sources. */
declare const MASTERPLAN_BUILD_ID: string | undefined;

/**
 * The key of this build of the program, for the caches of what it computed (src/load/parse-cache.ts,
 * src/kept.ts): the bundler's build and the V8 that serialises the results.
 * @returns the key; undefined when the code runs from its sources (the tests), which keep nothing
 */
export function buildKey(): string | undefined {
  return typeof MASTERPLAN_BUILD_ID === 'string' ? `${MASTERPLAN_BUILD_ID} v8 ${process.versions.v8}` : undefined;
}

/**
 * Whether the caches of what the program computed are turned off by the environment.
 * @param vars the environment variables
 * @returns true when `MASTERPLAN_NO_CACHE` is set to anything but "" or "0"
 */
export function cacheTurnedOff(vars: Readonly<Record<string, string | undefined>>): boolean {
  const off = vars.MASTERPLAN_NO_CACHE;
  return off !== undefined && off !== '' && off !== '0';
}

/**
 * Writes a cache file aside and renames it into place, so that a run reading it meanwhile sees the
 * old file or the new one, never a part. Never throws: a cache that cannot be written only costs
 * time, and a part written (a full disk) is removed.
 * @param file the file
 * @param bytes its content
 * @returns whether it was written
 */
export function writeAside(file: string, bytes: Uint8Array): boolean {
  const aside = `${file}.${String(process.pid)}.${String(Math.random()).slice(2)}`;
  try {
    writeFileSync(aside, bytes, { mode: 0o600 });
    renameSync(aside, file);
    return true;
  } catch {
    try {
      rmSync(aside, { force: true });
    } catch {
      // Nothing was written.
    }
    return false;
  }
}

/**
 * The program's cache folder for this user (the compiled code of the libraries, and what parsing a
 * project's files gave: src/load/parse-cache.ts), made if need be; undefined when it cannot be made
 * or is not this user's own (another user could otherwise plant code or data in it).
 * @returns the folder
 */
export function ownCacheFolder(): string | undefined {
  const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;
  const dir = path.join(os.tmpdir(), `masterplan-compile-cache${uid !== undefined ? `-${String(uid)}` : ''}`);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const st = statSync(dir);
    if (!st.isDirectory() || (uid !== undefined && (st.uid !== uid || (st.mode & 0o022) !== 0))) return undefined;
    return dir;
  } catch {
    return undefined;
  }
}

/** Where the compiled code of a library file is kept: its name (which holds a hash of its content) and the runtime's version. */
function cacheFileOf(dir: string, file: string): string {
  return path.join(dir, `${path.basename(file)}.${process.version}.${process.arch}.bin`);
}

/**
 * Removes the caches of earlier builds of the same library (`docx-<hash>.cjs…` with another hash)
 * for this runtime, which the program no longer reads.
 */
function removeStale(dir: string, kept: string): void {
  const library = /^(.+)-[0-9a-f]+\.cjs\.(.+)$/.exec(kept);
  if (library === null) return;
  const [, name, runtime] = library;
  for (const f of readdirSync(dir)) {
    const other = /^(.+)-[0-9a-f]+\.cjs\.(.+)$/.exec(f);
    if (f !== kept && other !== null && other[1] === name && other[2] === runtime) rmSync(path.join(dir, f), { force: true });
  }
}

/** CommonJS's function around a module's code, on the code's first line so that line numbers stay. */
function wrap(source: string): string {
  return `(function (exports, require, module, __filename, __dirname) { ${source}\n})`;
}

/**
 * Compiles and runs a CommonJS library file as `require` would, with V8's code cache.
 * @param file the library's file (absolute)
 * @param dir the cache folder; undefined for none
 * @returns the library's exports, whether the cache was used, and how to save the cache
 */
export function compileLibrary(file: string, dir: string | undefined): CompiledLibrary {
  const source = readFileSync(file, 'utf8');
  const cacheFile = dir === undefined ? undefined : cacheFileOf(dir, file);
  let cachedData: Buffer | undefined;
  if (cacheFile !== undefined) {
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      // None yet.
    }
  }
  const script = new vm.Script(wrap(source), { filename: file, ...(cachedData !== undefined ? { cachedData } : {}) });
  const fromCache = cachedData !== undefined && script.cachedDataRejected === false;
  const module = { exports: {} as unknown };
  const run = script.runInThisContext() as (e: unknown, r: NodeJS.Require, m: typeof module, f: string, d: string) => void;
  run.call(module.exports, module.exports, createRequire(file), module, file, path.dirname(file));
  let saved = fromCache;
  return {
    exports: module.exports,
    fromCache,
    save() {
      if (saved || cacheFile === undefined) return;
      saved = true;
      if (writeAside(cacheFile, script.createCachedData())) removeStale(path.dirname(cacheFile), path.basename(cacheFile));
    },
  };
}

const loaded = new Map<string, unknown>();
const unsaved: CompiledLibrary[] = [];
/** dist/vendor and the cache folder, found once per thread (the folder is checked on disk). */
let places: { readonly vendor: string; readonly cache: string | undefined } | undefined;

/** dist/vendor, found from this module's place in the bundle (somewhere under dist/). */
function vendorFolder(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (path.basename(dir) !== 'dist' && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return path.join(dir, 'vendor');
}

/**
 * A bundled library's exports, loaded once per thread (see the module's comment).
 * @param name the library's file name in dist/vendor
 * @returns its exports
 */
export function bundledLibrary(name: string): unknown {
  places ??= { vendor: vendorFolder(), cache: cacheFolder() };
  const file = path.join(places.vendor, name);
  if (loaded.has(file)) return loaded.get(file);
  const library = compileLibrary(file, places.cache);
  loaded.set(file, library.exports);
  if (!library.fromCache) {
    if (unsaved.length === 0) process.once('exit', () => unsaved.splice(0).forEach((l) => l.save()));
    unsaved.push(library);
  }
  return library.exports;
}
