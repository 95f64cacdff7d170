/**
 * Buku III stays an executive summary at any size: at a hundred times the example it has the same
 * few pages, a compact overview of the roadmap per dimension and year, and small images; Buku II's
 * roadmap charts stay a few pages.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error the generator of the benchmarks is plain JavaScript without declarations
import { generateScaled } from '../../bench/scale.mjs';
import { composeBook } from '../../src/report/books.js';
import { buildViewModel } from '../../src/report/view-model/index.js';
import { BATANG_MAKS, BARIS_PER_GAMBAR } from '../../src/report/view-model/peta-jalan.js';
import { estimatedEntryPages, writeDocx } from '../../src/write/docx/index.js';
import { loadAnalysis } from '../fixtures/books/example.js';
import { tempDir } from '../support/project.js';
import { unzipSync } from 'fflate';

const DATE = new Date(Date.UTC(2022, 8, 14));

/** Composes Buku III of a project and writes it. */
async function buku3(root?: string): Promise<{ bytes: Uint8Array; media: number; pages: number; roadmapCharts: number }> {
  const a = await loadAnalysis(root);
  const vm = buildViewModel(a.model, a.ranking, 3, { draft: false, buildDate: DATE });
  const composed = await composeBook(3, vm, {});
  if (composed.doc === undefined) throw new Error('Buku III did not render');
  const bytes = await writeDocx(composed.doc, { date: DATE });
  const media = Object.entries(unzipSync(bytes))
    .filter(([name]) => name.startsWith('word/media/'))
    .reduce((n, [, data]) => n + data.length, 0);
  const labels = [...estimatedEntryPages(composed.doc).values()];
  const pages = Math.max(...labels.filter((l) => /^\d+$/.test(l)).map(Number));
  return { bytes, media, pages, roadmapCharts: vm.petaJalan.gambar.length };
}

describe('Buku III at a hundred times the example', () => {
  it('keeps the size, the pages and the images of the example', async () => {
    const example = await buku3();
    const root = path.join(await tempDir(), 'kota-besar');
    (generateScaled as (factor: number, dir: string) => unknown)(100, root);
    const large = await buku3(root);
    // The example's own summary: a handful of pages.
    expect(example.pages).toBeLessThanOrEqual(8);
    // A hundred times the data: at most two pages more, and no more than twice the bytes.
    expect(large.pages).toBeLessThanOrEqual(example.pages + 2);
    expect(large.bytes.length).toBeLessThan(2 * example.bytes.length);
    expect(large.media).toBeLessThanOrEqual(example.media + 50_000);
    expect(large.media).toBeLessThan(300_000);
    // Buku II's roadmap charts: one bar per dimension and kind, on one page.
    expect(large.roadmapCharts).toBe(1);
    expect(BATANG_MAKS / BARIS_PER_GAMBAR).toBe(3);
  }, 300_000);
});
