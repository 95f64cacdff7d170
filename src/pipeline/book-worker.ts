/**
 * The worker thread of a build (see `renderBooks`): it renders the books it was given one after the
 * other, with one chart cache (books share charts), and answers each one as it is done.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ImageData } from '../doc/ast.js';
import { renderBook, type BookJob, type BookWorkerMessage } from './render-book.js';

const port = parentPort;
if (port !== null) {
  const jobs = workerData as readonly BookJob[];
  const charts = new Map<string, ImageData>();
  try {
    for (const job of jobs) {
      const done = await renderBook(job, charts);
      port.postMessage({ done } satisfies BookWorkerMessage, done.docx !== undefined ? [done.docx.buffer as ArrayBuffer] : []);
    }
  } catch (e) {
    port.postMessage({ error: e instanceof Error ? (e.stack ?? e.message) : String(e) } satisfies BookWorkerMessage);
  }
}
