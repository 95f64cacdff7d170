/**
 * Reads and parses many input files on more than one thread. Files are independent until the
 * project is validated, so worker threads and this one take batches of them from a shared counter
 * until none is left; each file's outcome lands at its own index, so the result is the same, in
 * the same order, whichever thread read a file. A small project reads on this thread alone, as
 * starting a worker would cost more than it saves. A worker that cannot start (or stops) leaves its
 * files to this thread, and so does a run from the TypeScript sources (the worker is built code).
 *
 * Each outcome is handed over as soon as it is here (`onFile`), whichever thread read it: this
 * thread takes in what the workers posted between its own batches, so whatever the caller does
 * with a file (the validation's shape check) is done while the workers are still reading, and they
 * take a larger share of the files instead of waiting for this thread at the end.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { PACKAGE_ROOT } from '../taxonomy/index.js';
import type { ParseCache } from './parse-cache.js';
import { cleanYamlData, readQuickFile, type QuickFile } from './quick-file.js';

/** The built worker (dist/load/parse-worker.js, an entry of the bundle); not used when the code runs from its TypeScript sources. */
const WORKER = pathToFileURL(path.join(PACKAGE_ROOT, 'dist', 'load', 'parse-worker.js'));
const FROM_SOURCES = import.meta.url.endsWith('.ts');

/** Fewest files for which a worker thread is started (the example has 77, ten times it 700). */
export const PARALLEL_MIN_FILES = 300;
/** Most worker threads started, whatever the number of cores. */
const MAX_WORKERS = 3;
/** Files taken at a time from the shared counter. */
const BATCH = 32;

/** What a worker is given. */
export interface PoolTask {
  readonly paths: readonly string[];
  /** One 32-bit counter: the index of the next file no thread has taken. */
  readonly next: SharedArrayBuffer;
  readonly batch: number;
  /** The keys of the YAML entries of the main thread's parse cache, when there is one. */
  readonly cachedKeys?: readonly string[];
}

/** What a worker posts: the outcomes of one batch of files from `start`, or that it is done. */
export type PoolBatch =
  | {
      readonly start: number;
      readonly files: QuickFile[];
      /** The files (by index in the batch) whose data the main thread's cache holds, with its key. */
      readonly known?: ReadonlyArray<readonly [number, string]>;
      /** The data the worker parsed, serialised, by key, for the main thread's cache. */
      readonly made?: ReadonlyArray<readonly [string, Uint8Array]>;
    }
  | { readonly done: true };

/** How {@link readQuickFiles} spreads the work (the defaults suit every caller; tests choose). */
export interface PoolOptions {
  /** Worker threads to start (default: by the number of files and cores). */
  readonly workers?: number;
  /** The worker's script (default: the built one, and none when running from the sources). */
  readonly workerUrl?: URL;
  /** Whether this thread reads files too (default true). */
  readonly mainThread?: boolean;
  /** Work this thread finishes before it takes files (the workers start on them meanwhile). */
  readonly first?: Promise<unknown>;
  /**
   * Called on this thread with each file's outcome as soon as it is here, in no particular order
   * (each file once, by its index in the paths), and before the returned promise settles.
   */
  readonly onFile?: (index: number, file: QuickFile) => void;
  /** What earlier parses gave, and where this run's go (on every thread). */
  readonly cache?: ParseCache;
}

/**
 * Reads and parses files from the disk, on worker threads too when there are many.
 * @param paths absolute paths of the files
 * @param options how the work is spread
 * @returns each file's outcome, in the order of `paths`, and how many of them worker threads read
 */
export async function readQuickFiles(paths: readonly string[], options: PoolOptions = {}): Promise<{ files: QuickFile[]; byWorkers: number }> {
  const url = options.workerUrl ?? (FROM_SOURCES ? undefined : WORKER);
  const workers = options.workers ?? workerCount(paths.length);
  const out: Array<QuickFile | undefined> = new Array<QuickFile | undefined>(paths.length);
  // What the caller does with a file runs here; when it throws inside a worker's message, the
  // error is kept and thrown once every worker is done.
  let failure: { error: unknown } | undefined;
  const land = (i: number, file: QuickFile): void => {
    out[i] = file;
    if (options.onFile === undefined || failure !== undefined) return;
    try {
      options.onFile(i, file);
    } catch (error) {
      failure = { error };
    }
  };
  if (url === undefined || workers === 0 || !existsSync(fileURLToPath(url))) {
    await options.first;
    paths.map((p) => readQuickFile(p, options.cache)).forEach((file, i) => land(i, file));
    if (failure !== undefined) throw failure.error;
    return { files: out as QuickFile[], byWorkers: 0 };
  }
  let byWorkers = 0;
  const cache = options.cache;
  const task: PoolTask = { paths, next: new SharedArrayBuffer(4), batch: BATCH, ...(cache !== undefined ? { cachedKeys: cache.keysOf('yaml') } : {}) };
  const finished = Array.from({ length: workers }, () => runWorker(url, task, (message) => {
    const files = [...message.files];
    if (cache !== undefined) {
      for (const [key, packed] of message.made ?? []) cache.keep(key, packed);
      // A file the cache holds came without its data: it is taken from the cache here.
      for (const [i, key] of message.known ?? []) {
        const file = files[i];
        if (file !== undefined && 'text' in file) {
          // (Never missing: the keys came from this cache, which drops nothing during a run.)
          const data = (cache.value(key) as Record<string, unknown> | undefined) ?? cleanYamlData(file.text, cache);
          files[i] = data !== undefined ? { text: file.text, data } : { text: file.text };
        }
      }
    }
    files.forEach((file, i) => land(message.start + i, file));
    byWorkers += files.length;
  }));
  await options.first;
  if (options.mainThread !== false) {
    const claim = new Int32Array(task.next);
    for (let start = Atomics.add(claim, 0, BATCH); start < paths.length; start = Atomics.add(claim, 0, BATCH)) {
      // A batch is read, then handed over (what is done with files runs faster in a run of them).
      const batch = paths.slice(start, start + BATCH).map((p) => readQuickFile(p, cache));
      batch.forEach((file, i) => land(start + i, file));
      // Take in what the workers posted meanwhile before taking the next batch.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  await Promise.all(finished);
  // Files a worker took but did not hand over (it could not start, or stopped) are read here.
  paths.forEach((file, i) => {
    if (out[i] === undefined) land(i, readQuickFile(file, cache));
  });
  if (failure !== undefined) throw failure.error;
  return { files: out as QuickFile[], byWorkers };
}

/** Worker threads worth starting for a number of files: one fewer than the cores, at most one per {@link PARALLEL_MIN_FILES} files. */
function workerCount(files: number): number {
  return Math.max(0, Math.min(availableParallelism() - 1, MAX_WORKERS, Math.floor(files / PARALLEL_MIN_FILES)));
}

/** Runs one worker to its end, handing over each batch it posts; never rejects. */
function runWorker(
  url: URL,
  task: PoolTask,
  onBatch: (message: Extract<PoolBatch, { files: QuickFile[] }>) => void,
): Promise<void> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(url, { workerData: task });
    } catch {
      resolve();
      return;
    }
    worker.on('message', (message: PoolBatch) => {
      if ('done' in message) resolve();
      else onBatch(message);
    });
    worker.once('error', () => resolve());
    worker.once('exit', () => resolve());
  });
}
