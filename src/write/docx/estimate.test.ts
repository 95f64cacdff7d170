import { describe, expect, it } from 'vitest';
import * as b from '../../doc/builders.js';
import type { Block } from '../../doc/ast.js';
import { fixtureDoc } from '../../../test/support/doc-engine-fixture.js';
import { docxParts, paragraphTexts } from '../../../test/support/unzip-docx.js';
import { estimatePages } from './estimate.js';
import { writeDocx } from './index.js';
import { resolveOptions } from './options.js';

/** The page numbers written in the tables of contents, in order; estimated as Word lays the lines out, which the layout follows. */
async function tocPages(doc: ReturnType<typeof b.doc>, pageNumbers: 'estimate' | 'layout' | false): Promise<string[]> {
  const xml = docxParts(await writeDocx(doc, { pageNumbers, estimateFor: 'word' }))['word/document.xml'] ?? '';
  const sdt = [...xml.matchAll(/<w:sdtContent>[\s\S]*?<\/w:sdtContent>/g)].map((m) => m[0]).join('');
  return paragraphTexts(sdt)
    .filter((t) => t.includes('\t'))
    .map((t) => t.split('\t').at(-1) ?? '');
}

function syntheticBook(): ReturnType<typeof b.doc> {
  const text = 'Pemerintah daerah menyusun rencana pembangunan kota cerdas dengan melibatkan seluruh perangkat daerah dan masyarakat. ';
  const blocks: Block[] = [b.foreword([b.paragraph(text.repeat(3))]), b.toc('contents'), b.toc('tabel')];
  for (let c = 0; c < 3; c++) {
    blocks.push(b.heading(1, `Bab ${c} analisis`));
    for (let s = 0; s < 5; s++) {
      blocks.push(b.heading(2, `Bagian ${s} tentang kesiapan daerah`));
      for (let p = 0; p < 3 + ((c * 7 + s * 3) % 7); p++) blocks.push(b.paragraph(text.repeat(1 + ((p + s) % 4))));
      if (s % 2 === 0) blocks.push(b.list(false, ['butir pertama', 'butir kedua yang agak panjang '.repeat(3)]));
      const rows = Array.from({ length: 3 + ((c + s) % 9) }, (_, i) => [`${i + 1}`, 'uraian kegiatan perangkat daerah '.repeat(1 + (i % 3)), 'Rp1.000.000']);
      blocks.push(b.table([['No', 'Uraian', 'Nilai']], rows, { caption: [b.text('Data kegiatan')], widths: [1, 6, 3] }));
    }
  }
  return b.doc('Uji', ...blocks);
}

describe('the fast page estimate', () => {
  it('has a page for every entry the writer lists, without writing the book first', async () => {
    for (const doc of [fixtureDoc(), syntheticBook()]) {
      const written = await tocPages(doc, false);
      expect(estimatePages(doc, resolveOptions()).size).toBe(written.length);
    }
  });

  it('agrees with the page layout on the fixture book', async () => {
    const doc = fixtureDoc();
    const estimated = await tocPages(doc, 'estimate');
    expect(estimated.length).toBeGreaterThan(10);
    expect(estimated).toEqual(await tocPages(doc, 'layout'));
  });

  it('stays within a page of the layout on a longer book', { timeout: 60_000 }, async () => {
    const doc = syntheticBook();
    const [estimated, laidOut] = [await tocPages(doc, 'estimate'), await tocPages(doc, 'layout')];
    expect(estimated).toHaveLength(laidOut.length);
    const numeric = (s: string): number => (/^\d+$/.test(s) ? Number(s) : 0);
    const off = estimated.filter((p, i) => p !== laidOut[i]);
    expect(estimated.every((p, i) => Math.abs(numeric(p) - numeric(laidOut[i] ?? '')) <= 1)).toBe(true);
    expect(off.length / estimated.length).toBeLessThan(0.1);
  });
});
