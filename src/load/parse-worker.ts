/**
 * A worker thread of the parse pool (parse-pool.ts): takes batches of files from the counter it
 * shares with the other threads, reads and parses them, and posts what each gave, batch by batch.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readQuickFile } from './quick-file.js';
import type { PoolBatch, PoolTask } from './parse-pool.js';

const { paths, next, batch } = workerData as PoolTask;
const claim = new Int32Array(next);
for (let start = Atomics.add(claim, 0, batch); start < paths.length; start = Atomics.add(claim, 0, batch)) {
  const message: PoolBatch = { start, files: paths.slice(start, start + batch).map(readQuickFile) };
  parentPort?.postMessage(message);
}
parentPort?.postMessage({ done: true } satisfies PoolBatch);
