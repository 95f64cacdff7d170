/**
 * The worker thread of a build (see `startBookWorker`): it loads the renderer at once, then renders
 * the books it is given one after the other, with one chart cache (books share charts), answers each
 * one as it is done, and ends.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ImageData } from '../doc/ast.js';
import { loadRenderer, renderBook, type BookJob, type BookWorkerData, type BookWorkerMessage } from './render-book.js';

const port = parentPort;
if (port !== null) {
  // A failure to load shows again, with its error, when the first book needs the module.
  const ready = loadRenderer(workerData as BookWorkerData).catch(() => undefined);
  port.once('message', (jobs: readonly BookJob[]) => {
    void (async () => {
      await ready;
      const charts = new Map<string, ImageData>();
      try {
        for (const job of jobs) {
          const done = await renderBook(job, charts);
          port.postMessage({ done } satisfies BookWorkerMessage, done.docx !== undefined ? [done.docx.buffer as ArrayBuffer] : []);
        }
      } catch (e) {
        port.postMessage({ error: e instanceof Error ? (e.stack ?? e.message) : String(e) } satisfies BookWorkerMessage);
      }
    })();
  });
}
