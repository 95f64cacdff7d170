/**
 * A worker thread of the parse pool (parse-pool.ts): takes batches of files from the counter it
 * shares with the other threads, reads and parses them, and posts what each gave, batch by batch.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ParseCache } from './parse-cache.js';
import { readQuickFile } from './quick-file.js';
import type { PoolBatch, PoolTask } from './parse-pool.js';

const { paths, next, batch, cached } = workerData as PoolTask;
// What the main thread's cache holds; what is used or made here goes back with each batch.
const cache = cached === undefined ? undefined : new ParseCache(cached);
const claim = new Int32Array(next);
for (let start = Atomics.add(claim, 0, batch); start < paths.length; start = Atomics.add(claim, 0, batch)) {
  const files = paths.slice(start, start + batch).map((p) => readQuickFile(p, cache));
  const message: PoolBatch = cache === undefined ? { start, files } : { start, files, cached: cache.drain() };
  parentPort?.postMessage(message);
}
parentPort?.postMessage({ done: true } satisfies PoolBatch);
