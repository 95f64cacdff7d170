import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE, loadAnalysis } from '../../test/fixtures/books/example.js';
import { bookNaskah, naskahRender } from '../report/naskah/index.js';
import { buildViewModel, type BookNo } from '../report/view-model/index.js';
import { PACKAGE_ROOT } from '../taxonomy/index.js';
import { loadRenderer, renderBooks, startBookWorker, type BookJob, type RenderedBookOutput } from './render-book.js';

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
