import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE, loadAnalysis } from '../../test/fixtures/books/example.js';
import { bookNaskah, naskahRender } from '../report/naskah/index.js';
import { buildViewModel, type BookNo } from '../report/view-model/index.js';
import { PACKAGE_ROOT } from '../taxonomy/index.js';
import { bookChartSpecs, chartId, GAMBAR, type ChartCache, type ChartSpec } from '../report/charts/index.js';
import { CLAIMED_THERE, drawShared, loadRenderer, receiveShared, renderBooks, shareCharts, startBookWorker, type BookJob, type ChartAnswer, type RenderedBookOutput } from './render-book.js';

const DATE = new Date('2026-03-02T00:00:00Z');
const BUNDLED_WORKER = path.join(PACKAGE_ROOT, 'dist', 'pipeline', 'book-worker.js');

let jobs: BookJob[] = [];
let alone: RenderedBookOutput[] = [];

beforeAll(async () => {
  const analysis = await loadAnalysis();
  const { model, ranking } = analysis;
  jobs = await Promise.all(
    ([1, 2, 3, 4] as const).map(async (no: BookNo): Promise<BookJob> => ({
      no,
      vm: buildViewModel(model, ranking, no, { draft: false, buildDate: DATE, logo: false }),
      naskah: await naskahRender(model, bookNaskah(model, no, { draft: false, stage: 4 })),
      projectTemplatesDir: path.join(EXAMPLE, 'templates'),
      markdown: true,
      docx: { paper: model.config.keluaran.kertas, draft: false, date: DATE },
    })),
  );
  const one = renderBooks(jobs, new Map(), { workbook: false });
  alone = await Promise.all(one.answers);
}, 120_000);

/** What a build writes of a rendered book. */
const outputs = (r: RenderedBookOutput) => ({ no: r.no, failed: r.failed, diagnostics: r.diagnostics, markdown: r.markdown, docx: r.docx });

describe('renderBooks', () => {
  it('renders every book on this thread, in order, when not parallel', () => {
    expect(alone.map((r) => [r.no, r.failed, r.docx !== undefined && r.docx.length > 10_000, (r.markdown ?? '').length > 1000])).toEqual([
      [1, false, true, true], [2, false, true, true], [3, false, true, true], [4, false, true, true],
    ]);
  });

  it('gives the same bytes when a worker that cannot start leaves its books to this thread', async () => {
    const missing = path.join(PACKAGE_ROOT, 'dist', 'no-such-worker.js');
    const run = renderBooks(jobs, new Map(), { workbook: true, worker: startBookWorker({ docx: true }, missing) });
    await run.here;
    expect((await Promise.all(run.answers)).map(outputs)).toEqual(alone.map(outputs));
  }, 120_000);

  it.skipIf(!existsSync(BUNDLED_WORKER))('gives the same bytes when the bundled worker renders its share (npm run build makes it)', async () => {
    const run = renderBooks(jobs, new Map(), { workbook: true, worker: startBookWorker({ docx: true }, BUNDLED_WORKER) });
    expect((await Promise.all(run.answers)).map(outputs)).toEqual(alone.map(outputs));
  }, 120_000);

  it.skipIf(!existsSync(BUNDLED_WORKER))('gives the same bytes from a worker that loaded the renderer before its books came', async () => {
    const worker = startBookWorker({ docx: true }, BUNDLED_WORKER);
    // The books are handed over only once the worker has had time to load (as in a build, after the check).
    await loadRenderer({ docx: true });
    const run = renderBooks(jobs, new Map(), { workbook: false, worker });
    expect((await Promise.all(run.answers)).map(outputs)).toEqual(alone.map(outputs));
    await worker.stop();
  }, 120_000);

  it.skipIf(!existsSync(BUNDLED_WORKER))('gives the same bytes when the worker runs out of memory and leaves its books to this thread', async () => {
    // A heap far too small for a book: the worker stops, out of memory, in the first one.
    const small = startBookWorker({ docx: true }, BUNDLED_WORKER, 24);
    const [given] = small.give([jobs[0] as BookJob]);
    await expect(given?.[1]).rejects.toThrow(/memory/i);
    const run = renderBooks(jobs, new Map(), { workbook: true, worker: startBookWorker({ docx: true }, BUNDLED_WORKER, 24) });
    expect((await Promise.all(run.answers)).map(outputs)).toEqual(alone.map(outputs));
  }, 120_000);

  it.skipIf(!existsSync(BUNDLED_WORKER))('has the worker render, after its own, the open books it claims first, and none this thread has claimed', async () => {
    const worker = startBookWorker({ docx: true }, BUNDLED_WORKER);
    const claims = new Int32Array(new SharedArrayBuffer(8));
    // The second open book is this thread's already.
    claims[1] = 1;
    const given = worker.give([jobs[2] as BookJob], undefined, { jobs: [jobs[3] as BookJob, jobs[0] as BookJob], claims: claims.buffer });
    expect(given.map(([job]) => job.no)).toEqual([3, 4, 1]);
    const [own, open] = await Promise.all(given.slice(0, 2).map(([, answer]) => answer));
    expect(outputs(own as RenderedBookOutput)).toEqual(outputs(alone[2] as RenderedBookOutput));
    expect(outputs(open as RenderedBookOutput)).toEqual(outputs(alone[3] as RenderedBookOutput));
    expect([...claims]).toEqual([CLAIMED_THERE, 1]);
    // The worker ends without the book it did not claim.
    await expect(given[2]?.[1]).rejects.toThrow(/stopped/);
  }, 120_000);

  it.skipIf(!existsSync(BUNDLED_WORKER))('gives the same bytes, with the workbook between its own books and the open ones', async () => {
    let calls = 0;
    const run = renderBooks(jobs, new Map(), {
      workbook: true,
      worker: startBookWorker({ docx: true }, BUNDLED_WORKER),
      next: () => {
        calls++;
        return Promise.resolve('buku kerja');
      },
    });
    expect(await run.next).toBe('buku kerja');
    expect(calls).toBe(1);
    expect((await Promise.all(run.answers)).map(outputs)).toEqual(alone.map(outputs));
  }, 120_000);

  it.skipIf(!existsSync(BUNDLED_WORKER))('stops a worker that gets no book, and a stopped worker leaves its books to this thread', async () => {
    const unused = startBookWorker({ docx: false }, BUNDLED_WORKER);
    const single = renderBooks(jobs.slice(2, 3), new Map(), { workbook: false, worker: unused });
    expect((await Promise.all(single.answers)).map(outputs)).toEqual(alone.slice(2, 3).map(outputs));
    const stopped = startBookWorker({ docx: true }, BUNDLED_WORKER);
    await stopped.stop();
    const run = renderBooks(jobs, new Map(), { workbook: true, worker: stopped });
    expect((await Promise.all(run.answers)).map(outputs)).toEqual(alone.map(outputs));
  }, 120_000);
});

/** The id of one of a book's charts, by its asset key. */
const chartOf = (job: BookJob, key: string) => chartId(bookChartSpecs(job.no, job.vm)[key] as ChartSpec);
const ids = (specs: readonly ChartSpec[]) => specs.map(chartId).sort();

describe('shareCharts', () => {
  it('gives each chart that books on both threads need to one of them: the one that needs it sooner', () => {
    const [b1, b2, b3, b4] = jobs as [BookJob, BookJob, BookJob, BookJob];
    // As a build of the example shares them: Buku I and IV on the worker, II and III here.
    const share = shareCharts([b2, b3], [b1, b4], new Map());
    // Buku III (here) shares the readiness chart with Buku I, which the worker renders first; the
    // priority matrix of Buku II (here, first) is the one Buku IV needs; Buku III's other charts are Buku II's.
    expect(ids(share.there.draw)).toEqual([chartOf(b1, GAMBAR.kesiapanPilar)]);
    expect(ids(share.here.draw)).toEqual([chartOf(b2, GAMBAR.prioritas)]);
    expect(ids(share.here.receive)).toEqual(ids(share.there.draw));
    expect(ids(share.there.receive)).toEqual(ids(share.here.draw));
  });

  it('keeps on this thread a chart it has already, and shares nothing a Markdown-only book needs', () => {
    const [b1, b2, b3, b4] = jobs as [BookJob, BookJob, BookJob, BookJob];
    const cache: ChartCache = new Map([[chartOf(b1, GAMBAR.kesiapanPilar), { png: new Uint8Array(), width: 1, height: 1 }]]);
    expect(ids(shareCharts([b2, b3], [b1, b4], cache).here.draw)).toEqual([chartOf(b1, GAMBAR.kesiapanPilar), chartOf(b2, GAMBAR.prioritas)].sort());
    const markdown = (j: BookJob): BookJob => ({ no: j.no, vm: j.vm, naskah: j.naskah, projectTemplatesDir: j.projectTemplatesDir, markdown: true });
    const none = shareCharts([markdown(b2), markdown(b3)], [markdown(b1), markdown(b4)], new Map());
    expect([none.here.draw, none.here.receive, none.there.draw, none.there.receive]).toEqual([[], [], [], []]);
  });
});

describe('drawShared and receiveShared', () => {
  const bar: ChartSpec = { data: { values: [{ a: 'x', b: 1 }] }, mark: 'bar', encoding: { x: { field: 'a', type: 'nominal' }, y: { field: 'b', type: 'quantitative' } } };
  // Vega-Lite cannot compile a mark it does not know.
  const broken: ChartSpec = { data: { values: [] }, mark: 'no-such-mark' };

  it('hands over each chart drawn, and a chart that cannot be drawn as none, leaving it out of the cache', async () => {
    const cache: ChartCache = new Map();
    const sent: ChartAnswer[] = [];
    await drawShared([bar, broken], cache, (a) => sent.push(a));
    expect(sent.map((a) => [a.id, a.image !== undefined && a.image.png.length > 100])).toEqual([[chartId(bar), true], [chartId(broken), false]]);
    expect([...cache.keys()]).toEqual([chartId(bar)]);
  });

  it('takes a chart handed over, and draws it here when it comes as none or not at all', async () => {
    const given = { png: new Uint8Array([1, 2, 3]), width: 3, height: 1 };
    const other: ChartSpec = { ...bar, mark: 'point' };
    const answers = new Map<string, Promise<ChartAnswer>>([
      [chartId(bar), Promise.resolve({ id: chartId(bar), image: given })],
      [chartId(other), Promise.resolve({ id: chartId(other) })],
    ]);
    const third: ChartSpec = { ...bar, mark: 'tick' };
    const cache: ChartCache = new Map();
    receiveShared([bar, other, third], cache, (id) => answers.get(id) ?? Promise.reject(new Error('the worker stopped')));
    expect(await cache.get(chartId(bar))).toBe(given);
    for (const spec of [other, third]) expect((await cache.get(chartId(spec)))?.png.length).toBeGreaterThan(100);
  });
});
