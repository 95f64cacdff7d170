/**
 * One book rendered from what it needs alone — plain data that can be copied to a worker thread —
 * and the books of a build rendered on two threads: charts and template → document model →
 * Markdown and DOCX bytes. The bytes are the same whichever thread renders a book.
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Doc, ImageData } from '../doc/ast.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { bookChartSpecs, chartId, type ChartCache, type ChartSpec } from '../report/charts/index.js';
import type { NaskahRender } from '../report/engine/to-doc/context.js';
import type { BookNo, BookViewModels } from '../report/view-model/index.js';
import { PACKAGE_ROOT } from '../taxonomy/index.js';
import type { DocxOptions } from '../write/docx/index.js';
import { keptFiles, type Kept } from '../kept.js';

/** What rendering one book needs. */
export interface BookJob {
  readonly no: BookNo;
  /** The book's view model (`buildViewModel`). */
  readonly vm: BookViewModels[BookNo];
  /** Its authored text (`naskahRender`). */
  readonly naskah: NaskahRender;
  readonly logo?: ImageData;
  /** The project's `templates/` folder. */
  readonly projectTemplatesDir: string;
  /** Whether the Markdown is wanted. */
  readonly markdown: boolean;
  /** The DOCX writer's options, when the DOCX is wanted. */
  readonly docx?: DocxOptions;
  /** Whether the document model is wanted back (only on this thread: the PDF twins are made from it). */
  readonly doc?: boolean;
  /** The project's folder of results kept between runs (`projectKeptFolder`), when they are kept. */
  readonly kept?: string;
}

/** A rendered book: the diagnostics of its template, and its outputs unless it failed. */
export interface RenderedBookOutput {
  readonly no: BookNo;
  readonly diagnostics: readonly Diagnostic[];
  /** The template could not be rendered, or reported an error: nothing is written. */
  readonly failed: boolean;
  readonly markdown?: string;
  readonly docx?: Uint8Array;
  readonly doc?: Doc;
  /** How long the rendering took. */
  readonly ms: number;
}

/**
 * Renders one book.
 * @param job the book and what it needs
 * @param chartCache charts drawn for earlier books on the same thread (books share some)
 * @returns the book's outputs and diagnostics
 */
export async function renderBook(job: BookJob, chartCache: ChartCache): Promise<RenderedBookOutput> {
  const t = performance.now();
  const { composeBook } = await import('../report/books.js');
  const kept = keptOf(job);
  const result = await composeBook(job.no, job.vm, {
    ...(job.logo !== undefined ? { logo: job.logo } : {}),
    ...(kept !== undefined ? { kept } : {}),
    naskah: job.naskah,
    projectTemplatesDir: job.projectTemplatesDir,
    chartCache,
    // The Markdown alone needs no chart drawn and no document.
    markdownOnly: job.docx === undefined && job.doc !== true,
  });
  if (result.markdown === undefined || result.diagnostics.some((d) => d.severity === 'error')) {
    return { no: job.no, diagnostics: result.diagnostics, failed: true, ms: performance.now() - t };
  }
  let docx: Uint8Array | undefined;
  if (job.docx !== undefined && result.doc !== undefined) {
    const { writeDocx } = await import('../write/docx/index.js');
    docx = await writeDocx(result.doc, job.docx);
  }
  return {
    no: job.no,
    diagnostics: result.diagnostics,
    failed: false,
    ...(job.markdown ? { markdown: result.markdown } : {}),
    ...(docx !== undefined ? { docx } : {}),
    ...(job.doc === true && result.doc !== undefined ? { doc: result.doc } : {}),
    ms: performance.now() - t,
  };
}

/**
 * The results kept between runs for a book's project, if they are kept.
 * @param job a book
 * @returns the kept results
 */
export function keptOf(job: BookJob | undefined): Kept | undefined {
  return job?.kept !== undefined ? keptFiles(job.kept) : undefined;
}

/** The bundled worker (dist/pipeline/book-worker.js); absent when the code runs from its TypeScript sources. */
const WORKER = path.join(PACKAGE_ROOT, 'dist', 'pipeline', 'book-worker.js');

/** How much of a build's rendering each book is, roughly: Buku I and II are the long ones. */
const WEIGHT: Readonly<Record<BookNo, number>> = { 1: 10, 2: 9, 3: 1, 4: 3 };
/** The workbook's share, which this thread renders after its books. */
const WORKBOOK_WEIGHT = 2;

/**
 * Whether the books can be shared with a worker thread: there is a second core, the code runs
 * bundled, and this is the module the bundle was made from (not the sources under test).
 * @returns whether a worker can be started
 */
export function canRenderInParallel(): boolean {
  return os.availableParallelism() > 1 && !import.meta.url.endsWith('.ts') && existsSync(WORKER);
}

/** Who has claimed a book either thread may render: none yet, this thread, the worker. */
const UNCLAIMED = 0;
const CLAIMED_HERE = 1;
export const CLAIMED_THERE = 2;

/**
 * Starts rendering the books: with a worker, the worker thread renders some of them while this
 * thread renders the others; which thread gets which is decided by the books' weights, so that both
 * finish at about the same time (this thread also renders the workbook, `next`, after its books).
 * The weights are a guess, and how long a book takes differs with the project and with what is kept
 * from earlier runs; so this thread's books after its heaviest are open to both: this thread renders
 * them after `next`, unless the worker, done with its own, has taken them first (each is claimed
 * once, in memory both threads share). The bytes are the same whichever thread renders a book.
 * @param jobs the books, in order
 * @param chartCache charts already drawn on this thread (kept between the runs of build --watch)
 * @param options the worker thread to share the books with, if any (one the books do not need is
 *   stopped); whether this thread renders the workbook afterwards, and what it renders then
 * @returns one promise per job, in the jobs' order; one that settles when this thread's own books
 *   are done; `next`'s result; and `stop`, which ends the worker's rendering of books no longer wanted
 */
export function renderBooks<T = undefined>(
  jobs: readonly BookJob[],
  chartCache: ChartCache,
  options: { readonly worker?: BookWorker; readonly workbook: boolean; readonly next?: () => Promise<T> | undefined },
): { answers: Array<Promise<RenderedBookOutput>>; here: Promise<void>; next: Promise<T | undefined>; stop: () => Promise<void> } {
  const away = new Set<BookJob>();
  if (options.worker !== undefined && jobs.filter((j) => j.doc !== true).length > 1) {
    // The heaviest first, each to the lighter lane; this thread starts with the workbook's share.
    let here = options.workbook ? WORKBOOK_WEIGHT : 0;
    let there = 0;
    for (const job of [...jobs].filter((j) => j.doc !== true).sort((a, b) => WEIGHT[b.no] - WEIGHT[a.no])) {
      if (there <= here) {
        away.add(job);
        there += WEIGHT[job.no];
      } else here += WEIGHT[job.no];
    }
    // Everything to the worker would leave this thread idle: keep the lightest here.
    if (away.size === jobs.length) away.delete([...away].sort((a, b) => WEIGHT[a.no] - WEIGHT[b.no])[0] as BookJob);
  }
  const answers = new Map<BookJob, Promise<RenderedBookOutput>>();
  let stop = () => Promise.resolve();
  const worker = options.worker;
  if (worker !== undefined && away.size === 0) void worker.stop();
  const sharing = worker !== undefined && away.size > 0;
  // This thread's books: its heaviest (and those the worker cannot render) its own, the rest open to both.
  const mine = jobs.filter((j) => !away.has(j));
  const heaviest = [...mine].sort((a, b) => WEIGHT[b.no] - WEIGHT[a.no])[0];
  const open = sharing ? mine.filter((j) => j !== heaviest && j.doc !== true) : [];
  const own = mine.filter((j) => !open.includes(j));
  const claims = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT * Math.max(1, open.length)));
  // This thread renders its books one after the other, in order; first the charts it shares.
  let previous: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const fallBack = (job: BookJob, answer: Promise<RenderedBookOutput>) => {
    // A worker that cannot start or stops leaves its books to this thread (the bytes are the same),
    // unless its books are no longer wanted.
    const settled = answer.catch((e: unknown) => (stopped ? Promise.reject(e instanceof Error ? e : new Error(String(e))) : renderBook(job, chartCache)));
    settled.catch(() => undefined);
    return settled;
  };
  const fromWorker = new Map<BookJob, Promise<RenderedBookOutput>>();
  if (worker !== undefined && sharing) {
    const there = [...away];
    const share = shareCharts([...own, ...open], there, chartCache);
    const kept = keptOf(jobs[0]);
    receiveShared(share.here.receive, chartCache, (id) => worker.chart(id), kept);
    previous = drawShared(share.here.draw, chartCache, (a) => worker.sendChart(a), kept);
    for (const [job, answer] of worker.give(there, share.there, { jobs: open, claims: claims.buffer })) fromWorker.set(job, answer);
    for (const job of there) answers.set(job, fallBack(job, fromWorker.get(job) as Promise<RenderedBookOutput>));
    stop = async () => {
      stopped = true;
      await worker.stop();
    };
  }
  for (const job of own) {
    const answer = previous.then(() => renderBook(job, chartCache));
    previous = answer.catch(() => undefined);
    answers.set(job, answer);
  }
  const here = previous.then(() => undefined);
  const next = previous.then(() => options.next?.());
  previous = next.catch(() => undefined);
  open.forEach((job, i) => {
    // Claimed here when the worker has not taken it; else the worker's answer.
    const claimed = previous.then(() => Atomics.compareExchange(claims, i, UNCLAIMED, CLAIMED_HERE) === UNCLAIMED);
    const answer = claimed.then((mineNow) => (mineNow ? renderBook(job, chartCache) : fallBack(job, fromWorker.get(job) as Promise<RenderedBookOutput>)));
    previous = claimed.then((mineNow) => (mineNow ? answer.catch(() => undefined) : undefined));
    answers.set(job, answer);
  });
  return { answers: jobs.map((j) => answers.get(j) as Promise<RenderedBookOutput>), here, next, stop };
}

/**
 * The charts two threads share, as one of them sees it: the ones it draws before its first book and
 * hands to the other, and the ones the other draws and hands to it (drawn here after all if they do
 * not come). Each thread draws what it hands over before it waits for anything, so neither waits for
 * the other for ever.
 */
export interface ChartShare {
  readonly draw: readonly ChartSpec[];
  readonly receive: readonly ChartSpec[];
}

/** A chart handed from one thread to the other: its image, or none when it could not be drawn (the other thread then draws it, and meets the error in its book). */
export interface ChartAnswer {
  readonly id: string;
  readonly image?: ImageData;
}

/** The charts a book draws, by id; none for the Markdown alone. */
function chartsOf(job: BookJob): Map<string, ChartSpec> {
  if (job.docx === undefined && job.doc !== true) return new Map();
  return new Map(Object.values(bookChartSpecs(job.no, job.vm)).map((spec) => [chartId(spec), spec]));
}

/**
 * Which thread draws each chart that books on both threads need, so that it is drawn once: the one
 * whose books need it sooner (counted in books), this thread on a tie or when it has the chart already.
 * @param here this thread's books, in the order it renders them
 * @param there the worker's books, in its order
 * @param cache charts this thread has already
 * @returns the share as each thread sees it
 */
export function shareCharts(here: readonly BookJob[], there: readonly BookJob[], cache: ChartCache): { here: ChartShare; there: ChartShare } {
  const firstNeed = (books: readonly BookJob[]) => {
    const at = new Map<string, { spec: ChartSpec; index: number }>();
    books.forEach((job, index) => {
      for (const [id, spec] of chartsOf(job)) if (!at.has(id)) at.set(id, { spec, index });
    });
    return at;
  };
  const hereNeeds = firstNeed(here);
  const thereNeeds = firstNeed(there);
  const drawHere: ChartSpec[] = [];
  const drawThere: ChartSpec[] = [];
  for (const [id, { spec, index }] of hereNeeds) {
    const other = thereNeeds.get(id);
    if (other === undefined) continue;
    (cache.has(id) || index <= other.index ? drawHere : drawThere).push(spec);
  }
  return { here: { draw: drawHere, receive: drawThere }, there: { draw: drawThere, receive: drawHere } };
}

/** Draws one chart, or reads it from the kept ones (the renderer is loaded on first use). */
async function drawChart(spec: ChartSpec, kept: Kept | undefined): Promise<ImageData> {
  const charts = await import('../report/charts/render.js');
  return charts.drawChart(spec, kept);
}

/**
 * Draws the charts a thread hands over, one after the other, into its cache, and hands each over.
 * Never fails: a chart that cannot be drawn is handed over as none.
 * @param specs the charts
 * @param cache the thread's charts
 * @param send hands one to the other thread
 * @param kept the charts kept between runs, if any
 */
export async function drawShared(specs: readonly ChartSpec[], cache: ChartCache, send: (answer: ChartAnswer) => void, kept?: Kept): Promise<void> {
  for (const spec of specs) {
    const id = chartId(spec);
    try {
      const image = await (cache.get(id) ?? drawChart(spec, kept));
      cache.set(id, image);
      send({ id, image });
    } catch {
      cache.delete(id);
      send({ id });
    }
  }
}

/**
 * Puts the charts the other thread hands over into a thread's cache: each entry settles when it
 * arrives, or is drawn here when it comes without an image or not at all.
 * @param specs the charts to receive
 * @param cache the thread's charts
 * @param answer the other thread's answer for a chart id
 * @param kept the charts kept between runs, if any
 */
export function receiveShared(specs: readonly ChartSpec[], cache: ChartCache, answer: (id: string) => Promise<ChartAnswer>, kept?: Kept): void {
  for (const spec of specs) {
    const id = chartId(spec);
    const drawHere = () => drawChart(spec, kept);
    cache.set(id, answer(id).then((a) => a.image ?? drawHere(), drawHere));
  }
}

/** What the worker is started with: which parts of the renderer to load before its books arrive. */
export interface BookWorkerData {
  /** Load the DOCX writer and the chart libraries too (not for the Markdown alone). */
  readonly docx: boolean;
}

/**
 * Books either thread may render: the worker renders each, after its own, that it claims first
 * (`Atomics.compareExchange` of its entry in `claims` from 0 to {@link CLAIMED_THERE}).
 */
export interface OpenBooks {
  readonly jobs: readonly BookJob[];
  /** One 32-bit entry per book, shared by both threads. */
  readonly claims: SharedArrayBuffer;
}

/** What the worker is sent: its books (once) with the charts it shares and the books open to both, then the charts this thread hands over. */
export type ToBookWorker = { readonly jobs: readonly BookJob[]; readonly share: ChartShare; readonly open?: OpenBooks } | { readonly chart: ChartAnswer };

/** What the worker answers: a book, a chart it hands over, or the error that stopped it. */
export type BookWorkerMessage = { readonly done: RenderedBookOutput } | { readonly chart: ChartAnswer } | { readonly error: string };

/** A worker thread for books, started before its books are known. */
export interface BookWorker {
  /**
   * Hands the worker its books (once); it renders them one after the other, then those open to
   * both that it claims first, and then ends.
   * @returns each book's answer, its own and the open ones (an open book it does not claim gets none)
   */
  give(jobs: readonly BookJob[], share?: ChartShare, open?: OpenBooks): Array<[BookJob, Promise<RenderedBookOutput>]>;
  /** The worker's answer for a chart it hands over (rejected if it stops first). */
  chart(id: string): Promise<ChartAnswer>;
  /** Hands the worker a chart it is waiting for. */
  sendChart(answer: ChartAnswer): void;
  /** Ends the thread, whatever it is doing; nothing happens when it has ended already. */
  stop(): Promise<void>;
}

/**
 * Loads what rendering a book needs, so the first book does not wait for it.
 * @param data which parts to load
 */
export async function loadRenderer(data: BookWorkerData): Promise<void> {
  await import('../report/books.js');
  if (data.docx) {
    const [, charts] = await Promise.all([import('../write/docx/index.js'), import('../report/charts/render.js')]);
    await charts.loadChartLibraries();
  }
}

/**
 * The limit of the worker's heap, in MB. V8 lets a heap grow to several times what it holds before
 * it collects, so a worker rendering a long book of a large project would take a gigabyte or more
 * for a few hundred MB it needs; with the limit it collects sooner. A book that needs more stops the
 * worker (out of memory) and is rendered on the main thread, whose heap has no such limit.
 */
export const BOOK_WORKER_HEAP_MB = 512;

/**
 * Starts a worker thread for books. It loads the renderer at once, so a build can start it before
 * checking the project and the loading overlaps the check; a build that stops early stops it.
 * @param data what the worker loads before its books arrive
 * @param script the worker's module (default: the bundled one)
 * @param heapMb the limit of its heap ({@link BOOK_WORKER_HEAP_MB})
 * @returns the worker, to be given its books or stopped
 */
export function startBookWorker(data: BookWorkerData, script: string = WORKER, heapMb: number = BOOK_WORKER_HEAP_MB): BookWorker {
  let pending = new Map<BookNo, ReturnType<typeof resolvers<RenderedBookOutput>>>();
  let failure: Error | undefined;
  const charts = new Map<string, ReturnType<typeof resolvers<ChartAnswer>>>();
  const chartAnswer = (id: string) => {
    let r = charts.get(id);
    if (r === undefined) {
      r = resolvers<ChartAnswer>();
      r.promise.catch(() => undefined);
      if (failure !== undefined) r.reject(failure);
      charts.set(id, r);
    }
    return r;
  };
  const fail = (e: unknown) => {
    failure ??= e instanceof Error ? e : new Error(String(e));
    for (const p of pending.values()) p.reject(failure);
    pending.clear();
    for (const c of charts.values()) c.reject(failure);
  };
  const started = import('node:worker_threads').then(({ Worker }) => {
    const worker = new Worker(script, { workerData: data satisfies BookWorkerData, resourceLimits: { maxOldGenerationSizeMb: heapMb } });
    worker.on('message', (m: BookWorkerMessage) => {
      if ('error' in m) {
        fail(new Error(m.error));
        return;
      }
      if ('chart' in m) {
        chartAnswer(m.chart.id).resolve(m.chart);
        return;
      }
      pending.get(m.done.no)?.resolve(m.done);
      pending.delete(m.done.no);
    });
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the book worker stopped before its last book (exit code ${String(code)})`)));
    return worker;
  });
  started.catch(fail);
  return {
    give(own, share = { draw: [], receive: [] }, open) {
      const jobs = [...own, ...(open?.jobs ?? [])];
      pending = new Map(jobs.map((j) => [j.no, resolvers<RenderedBookOutput>()] as const));
      const answers = jobs.map((j): [BookJob, Promise<RenderedBookOutput>] => {
        const p = pending.get(j.no) as ReturnType<typeof resolvers<RenderedBookOutput>>;
        // An answer nobody awaits yet (this thread is rendering) is not an unhandled rejection.
        p.promise.catch(() => undefined);
        return [j, p.promise];
      });
      if (failure !== undefined) fail(failure);
      else started.then((w) => w.postMessage({ jobs: own, share, ...(open !== undefined ? { open } : {}) } satisfies ToBookWorker), fail);
      return answers;
    },
    chart(id) {
      return chartAnswer(id).promise;
    },
    sendChart(answer) {
      // A worker that has stopped needs nothing more.
      started.then(
        (w) => {
          try {
            w.postMessage({ chart: answer } satisfies ToBookWorker);
          } catch {
            // Ended meanwhile.
          }
        },
        () => undefined,
      );
    },
    async stop() {
      const worker = await started.catch(() => undefined);
      await worker?.terminate();
    },
  };
}

/** A promise with its resolve and reject (Promise.withResolvers, which Node 20 lacks). */
function resolvers<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: Error) => void } {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
