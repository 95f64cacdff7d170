/**
 * A worker thread of the parse pool (parse-pool.ts): takes batches of files from the counter it
 * shares with the other threads, reads and parses them, and posts what each gave, batch by batch.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readKnownQuickFile, readQuickFile } from './quick-file.js';
import type { PoolBatch, PoolTask } from './parse-pool.js';

const { paths, next, batch, cachedKeys } = workerData as PoolTask;
// The keys of what the main thread's cache holds: a file among them is read, not parsed, here.
const known = cachedKeys === undefined ? undefined : new Set(cachedKeys);
const claim = new Int32Array(next);
for (let start = Atomics.add(claim, 0, batch); start < paths.length; start = Atomics.add(claim, 0, batch)) {
  const some = paths.slice(start, start + batch);
  if (known === undefined) {
    parentPort?.postMessage({ start, files: some.map((p) => readQuickFile(p)) } satisfies PoolBatch);
    continue;
  }
  const read = some.map((p) => readKnownQuickFile(p, known));
  const message: PoolBatch = {
    start,
    files: read.map((r) => r.file),
    known: read.flatMap((r, i) => (r.known !== undefined ? [[i, r.known] as [number, string]] : [])),
    made: read.flatMap((r) => (r.made !== undefined ? [r.made] : [])),
  };
  parentPort?.postMessage(message);
}
parentPort?.postMessage({ done: true } satisfies PoolBatch);
