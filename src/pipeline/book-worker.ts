/**
 * The worker thread of a build (see `startBookWorker`): it loads the renderer at once, then renders
 * the books it is given one after the other, with one chart cache (books share charts), answers each
 * one as it is done, and ends. The charts it shares with the other thread it draws first and hands
 * over; those the other thread draws it awaits from there.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ChartCache } from '../report/charts/index.js';
import { CLAIMED_THERE, drawShared, keptOf, loadRenderer, receiveShared, renderBook, type BookJob, type BookWorkerData, type BookWorkerMessage, type ChartAnswer, type ToBookWorker } from './render-book.js';

const port = parentPort;
if (port !== null) {
  // A failure to load shows again, with its error, when the first book needs the module.
  const ready = loadRenderer(workerData as BookWorkerData).catch(() => undefined);
  /** The charts the other thread hands over, by id, as they come (or are first asked for). */
  const inbox = new Map<string, { promise: Promise<ChartAnswer>; resolve: (a: ChartAnswer) => void }>();
  const answer = (id: string) => {
    let entry = inbox.get(id);
    if (entry === undefined) {
      let resolve!: (a: ChartAnswer) => void;
      const promise = new Promise<ChartAnswer>((res) => (resolve = res));
      entry = { promise, resolve };
      inbox.set(id, entry);
    }
    return entry;
  };
  const post = (message: BookWorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
  const onMessage = (m: ToBookWorker) => {
    if ('chart' in m) {
      answer(m.chart.id).resolve(m.chart);
      return;
    }
    void (async () => {
      await ready;
      const charts: ChartCache = new Map();
      try {
        const kept = keptOf(m.jobs[0]);
        receiveShared(m.share.receive, charts, (id) => answer(id).promise, kept);
        await drawShared(m.share.draw, charts, (chart) => post({ chart }), kept);
        const render = async (job: BookJob) => {
          const done = await renderBook(job, charts);
          post({ done }, done.docx !== undefined ? [done.docx.buffer as ArrayBuffer] : []);
        };
        for (const job of m.jobs) await render(job);
        // Then the books open to both that the other thread has not begun.
        const claims = m.open !== undefined ? new Int32Array(m.open.claims) : undefined;
        for (const [i, job] of (m.open?.jobs ?? []).entries()) {
          if (claims !== undefined && Atomics.compareExchange(claims, i, 0, CLAIMED_THERE) === 0) await render(job);
        }
      } catch (e) {
        post({ error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
      }
      // Nothing more comes that this thread needs: without a listener the port lets the thread end.
      port.off('message', onMessage);
    })();
  };
  port.on('message', onMessage);
}
