import fc from 'fast-check';
import {
  Document,
  ExternalHyperlink,
  FootnoteReferenceRun,
  ImageRun,
  Paragraph,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  XmlComponent,
  type FileChild,
  type IContext,
  type IXmlableObject,
} from 'docx';
import { describe, expect, it } from 'vitest';
import * as b from '../../doc/builders.js';
import { fixtureDoc } from '../../../test/support/doc-engine-fixture.js';
import { barChartPng } from '../../../test/support/png.js';
import { docxParts, docxPartsRenumbered } from '../../../test/support/unzip-docx.js';
import type { Block, Doc, Inline } from '../../doc/ast.js';
import { docxDocument, writeDocx, type DocxOptions } from './index.js';
import { packDocx } from './normalise.js';
import { createContext } from './context.js';
import { writeBlock } from './handlers/index.js';
import { SLICE_ROWS } from './handlers/table.js';
import { resolveOptions } from './options.js';
import { canStream } from './stream.js';

const options = { date: new Date(Date.UTC(2025, 5, 21)), language: 'id-ID' };


/** Packs the document made twice, block by block and as docx writes it whole, and returns both. */
async function bothWays(make: () => Document | Promise<Document>): Promise<{ streamed: Buffer; whole: Buffer; streams: boolean }> {
  const first = await make();
  const streams = canStream(first);
  const streamed = Buffer.from(await packDocx(first, options, true));
  const whole = Buffer.from(await packDocx(await make(), options, false));
  return { streamed, whole, streams };
}

/**
 * A document written as the writer writes it (each section's blocks made as they are written) and as
 * docx writes the same document made whole, with docx's own compiler: the two packages.
 */
async function madeAsWritten(doc: Doc, docxOptions: DocxOptions = {}): Promise<{ written: Buffer; whole: Buffer }> {
  const o = { date: options.date, ...docxOptions };
  const written = Buffer.from(await writeDocx(doc, o));
  const whole = Buffer.from(await packDocx(await docxDocument(doc, o), { date: o.date, language: doc.properties?.language ?? 'id-ID' }, false));
  return { written, whole };
}

/** A block whose formatted object is given: to write any object docx's formatter could give. */
class Formatted extends XmlComponent {
  constructor(private readonly formatted: IXmlableObject) {
    super('w:p');
  }
  override prepForXml(_context: IContext): IXmlableObject {
    return this.formatted;
  }
}

const name = fc.constantFrom('w:p', 'w:r', 'w:t', 'w:tbl', 'x', '');
const scalar = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.constantFrom('a & b', '<tag>', '"q"', "'", ']]>', '\u0001\u000b', 'é€😀', '{img}'),
  fc.integer(),
  fc.boolean(),
);
const attr = fc.dictionary(fc.constantFrom('w:val', 'w:w', 'r:id', 'xml:space'), fc.oneof(scalar, fc.constant(undefined)), { maxKeys: 3 }).map((a) => ({ _attr: a }));
const { xmlable } = fc.letrec((tie) => ({
  xmlable: fc.tuple(name, tie('value')).map(([n, v]) => ({ [n]: v })),
  value: fc.oneof(
    { depthSize: 'small' },
    scalar,
    fc.constant(undefined),
    fc.constant({}),
    attr,
    fc.record({ _attr: attr.map((a) => a._attr), _cdata: fc.constantFrom('x', 'a]]>b') }, { requiredKeys: ['_attr'] }),
    fc.array(fc.oneof({ depthSize: 'small' }, tie('xmlable'), attr, scalar), { maxLength: 4 }),
  ),
}));

describe('DOCX written block by block', () => {
  it('writes the fixture book (cover, tables of contents, captions, landscape, images, draft) as docx does whole', async () => {
    const doc = fixtureDoc();
    const { streamed, whole, streams } = await bothWays(() => docxDocument(doc, { draft: true }));
    expect(streams).toBe(true);
    expect(streamed.equals(whole)).toBe(true);
  });

  it('writes ordered lists, figures, tables and text with braces as docx does whole', async () => {
    const image = { png: barChartPng(40, 20), width: 40, height: 20 };
    const doc = b.doc(
      'Uji',
      b.toc('contents'),
      b.heading(1, 'Satu {a} {'),
      b.paragraph('Teks {x} dengan } kurung & <tanda>'),
      b.list(true, ['satu', 'dua {3}']),
      b.list(true, ['lagi', 'dan lagi']),
      b.figure(image, 'Gambar {1}'),
      b.table([['A', 'B']], [['1', '{2}'], ['3', '4']], { caption: [b.text('Tabel {t}')] }),
      b.landscape(b.paragraph('lebar')),
      b.heading(1, 'Dua'),
      b.list(false, ['butir']),
    );
    const { streamed, whole, streams } = await bothWays(() => docxDocument(doc));
    expect(streams).toBe(true);
    expect(streamed.equals(whole)).toBe(true);
  });

  it('writes hyperlinks, footnotes, images and several sections as docx does whole', async () => {
    const png = barChartPng(30, 30);
    const make = (): Document =>
      new Document({
        footnotes: { 1: { children: [new Paragraph({ children: [new ExternalHyperlink({ link: 'https://b.example', children: [new TextRun('b')] })] })] } },
        sections: [
          {
            children: [
              new Paragraph({ children: [new ExternalHyperlink({ link: 'https://a.example', children: [new TextRun('a')] }), new FootnoteReferenceRun(1)] }),
              new Table({ rows: [new TableRow({ children: [new TableCell({ children: [new Paragraph('sel')] })] })] }),
            ],
          },
          { children: [new Paragraph({ children: [new ImageRun({ type: 'png', data: png, transformation: { width: 30, height: 30 } })] })] },
          { children: [new Paragraph({ children: [new ImageRun({ type: 'png', data: png, transformation: { width: 10, height: 10 } })] })] },
        ],
      });
    const { streamed, whole, streams } = await bothWays(make);
    expect(streams).toBe(true);
    expect(docxPartsRenumbered(streamed)).toEqual(docxPartsRenumbered(whole));
  });

  it('leaves a table of contents docx fills from the headings to docx', async () => {
    const make = (): Document =>
      new Document({ sections: [{ children: [new TableOfContents('Isi', { headingStyleRange: '1-3' }), new Paragraph({ text: 'Bab', heading: 'Heading1' })] }] });
    const { streamed, whole, streams } = await bothWays(make);
    expect(streams).toBe(false);
    expect(docxPartsRenumbered(streamed)).toEqual(docxPartsRenumbered(whole));
    expect(docxPartsRenumbered(streamed)['word/document.xml']).toContain('PAGEREF #1');
  });

  it("writes any formatted object as docx's own writer does", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(xmlable, { minLength: 1, maxLength: 4 }), async (blocks) => {
        const make = (): Document => new Document({ sections: [{ children: blocks.map((x) => new Formatted(x) as unknown as FileChild) }] });
        const { streamed, whole, streams } = await bothWays(make);
        expect(streams).toBe(true);
        expect(streamed.equals(whole)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});

const png = { png: barChartPng(40, 20), width: 40, height: 20 };

/** A synthetic book with every kind of block: several sections, sections ending with a table, a table of contents, a landscape run. */
function syntheticBook(): Doc {
  const note: Inline = { type: 'footnote', children: [b.paragraph('Catatan kaki ', b.strong('tebal'))] };
  return b.doc(
    'Buku Sintetis',
    b.cover({ title: 'Buku\nSintetis', subtitle: 'Uji', daerah: 'Kota Uji', year: '2025', logo: png }),
    b.foreword([b.paragraph('Kata pengantar.'), b.list(true, ['satu', 'dua'])], { place: 'Kota Uji', date: '1 Juni 2025', name: 'Nama', role: 'Wali Kota' }),
    b.toc('contents'),
    b.toc('tabel'),
    b.toc('gambar'),
    b.heading(1, 'Pendahuluan'),
    { type: 'paragraph', children: [b.text('Teks dengan catatan'), note, b.text(' & <tanda> {kurung}')] },
    b.heading(2, 'Daftar'),
    b.list(true, [[b.paragraph('a'), b.list(true, ['a1', 'a2']), b.list(false, ['b'])], 'b', 'c']),
    { type: 'list', ordered: true, start: 7, items: [{ children: [b.paragraph('tujuh')] }, { children: [b.table([['A']], [['1']])] }] },
    b.table([['No', 'Nama']], [['1', 'Satu'], ['2', 'Dua']], { caption: [b.text('Tabel satu')], source: [b.text('BPS')] }),
    b.figure(png, 'Gambar satu', 5),
    b.pageBreak(),
    { ...b.landscape(b.table([Array.from({ length: 12 }, (_, i) => `Kolom ${String(i)}`)], [Array.from({ length: 12 }, () => 'Rp1.250.000.000')])), always: true },
    b.heading(1, 'Penutup'),
    b.heading(3, 'Rinci'),
    b.figure({ ...png, svg: new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"/>') }, 'Vektor'),
    b.table([['A', 'B']], [['x', 'y']], { caption: [b.text('Tabel akhir')] }),
  );
}

/** Blocks of every kind, for books made at random. */
const inline = fc.oneof(
  fc.string({ maxLength: 8 }).map((t) => b.text(t)),
  fc.constant(b.strong('tebal')),
  fc.constant(b.br()),
  fc.constant<Inline>({ type: 'footnote', children: [b.paragraph('catatan')] }),
);
const words = fc.array(inline, { minLength: 1, maxLength: 3 });
const { block } = fc.letrec<{ block: Block; leaf: Block }>((tie) => ({
  leaf: fc.oneof(
    words.map((w) => b.paragraph(...w)),
    fc.tuple(fc.constantFrom<1 | 2 | 3>(1, 2, 3), fc.boolean(), words).map(([level, numbered, w]) => (numbered ? b.heading(level, ...w) : b.plainHeading(level, ...w))),
    fc.tuple(fc.integer({ min: 1, max: 3 }), fc.boolean()).map(([rows, caption]) =>
      b.table([['A', 'B']], Array.from({ length: rows }, (_, i) => [String(i), 'isi']), caption ? { caption: [b.text('Tabel')] } : {}),
    ),
    fc.boolean().map((caption) => b.figure(png, caption ? 'Gambar' : undefined)),
    fc.constant(b.pageBreak()),
    fc.constantFrom<'contents' | 'tabel' | 'gambar'>('contents', 'tabel', 'gambar').map((kind) => b.toc(kind)),
  ),
  block: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    tie('leaf'),
    fc.tuple(fc.boolean(), fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }), fc.array(fc.array(tie('block'), { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 3 })).map(
      ([ordered, start, items]): Block => ({ type: 'list', ordered, ...(start !== undefined ? { start } : {}), items: items.map((children) => ({ children })) }),
    ),
    fc.tuple(fc.boolean(), fc.array(tie('leaf'), { maxLength: 2 })).map(([always, children]): Block => ({ type: 'landscape', always, children })),
  ),
}));

describe('DOCX written as its blocks are made', () => {
  it('writes the fixture book as docx writes it made whole', async () => {
    const doc = fixtureDoc();
    for (const o of [{ draft: true }, {}, { pageNumbers: false as const }]) {
      const { written, whole } = await madeAsWritten(doc, o);
      expect(written.equals(whole)).toBe(true);
    }
  });

  it('writes a book with footnotes, tables, images, tables of contents and several sections as docx writes it whole', async () => {
    const doc = syntheticBook();
    const pages = new Map([0, 1, 2, 3, 5, 8].map((key) => [key, String(key + 1)]));
    for (const o of [{}, { draft: true, paper: 'F4' as const }, { pages }, { pageNumbers: 'layout' as const }]) {
      const { written, whole } = await madeAsWritten(doc, o);
      expect(written.equals(whole)).toBe(true);
    }
    const xml = docxParts((await madeAsWritten(doc)).written)['word/document.xml'] ?? '';
    // Four sections: cover, front matter (ending with a table of contents), body, landscape, body again.
    expect(xml.match(/<w:sectPr>/g)).toHaveLength(5);
    expect(xml).toContain('BAB II');
  }, 60_000);

  it('writes long tables in slices of their rows as docx writes them whole', async () => {
    const note: Inline = { type: 'footnote', children: [b.paragraph('Catatan di sel')] };
    // Rows that name a group only where one starts, a footnote deep in the table, a header of two rows.
    const rows = (n: number): Inline[][] =>
      Array.from({ length: n }, (_, i) => [b.text(i % 7 === 0 ? `Grup ${String(i)}` : ''), b.text(String(i + 1)), ...(i === SLICE_ROWS + 3 ? [note] : [b.text(`isi ${String(i)}`)])]);
    const sizes = [SLICE_ROWS + 1, 2 * SLICE_ROWS, 2 * SLICE_ROWS + 5];
    const doc = b.doc(
      'Tabel Panjang',
      b.toc('tabel'),
      // The body starts with a table: its start is bookmarked in a paragraph before it.
      ...sizes.map((n, i) =>
        b.table([['Grup', 'No', 'Isi'], ['', '(1)', '(2)']], rows(n), {
          group: 0,
          ...(i > 0 ? { caption: [b.text(`Tabel ${String(i)}`)] } : {}),
          ...(i === 1 ? { source: [b.text('BPS')] } : {}),
        }),
      ),
      b.heading(1, 'Sesudah'),
      // A landscape run that ends with a long table, which ends its section.
      b.landscape(b.paragraph('Lanskap'), b.table([['A', 'B']], rows(SLICE_ROWS + 2).map((r) => r.slice(1)))),
      b.paragraph('Akhir'),
    );
    for (const o of [{}, { draft: true }, { pageNumbers: 'layout' as const }]) {
      const { written, whole } = await madeAsWritten(doc, o);
      expect(written.equals(whole)).toBe(true);
    }
    const xml = docxParts((await madeAsWritten(doc)).written)['word/document.xml'] ?? '';
    // Each table is one table, with all its rows; the body's restart is bookmarked before the first.
    expect(xml.match(/<w:tbl>/g)).toHaveLength(4);
    expect(xml.indexOf('<w:bookmarkStart')).toBeLessThan(xml.indexOf('<w:tbl>'));
    expect(xml.match(/<w:tr>/g)).toHaveLength(sizes.reduce((a, n) => a + n + 2, 0) + SLICE_ROWS + 2 + 1);
    // Not vacuous: a table longer than a slice is made in slices, a shorter one whole.
    const ctx = { ...createContext(resolveOptions({})), textWidth: 9000, textHeight: 13000 };
    const outputs = (n: number) => writeBlock(b.table([['A']], Array.from({ length: n }, (_, i) => [String(i)])), ctx, undefined);
    expect(outputs(SLICE_ROWS + 1).some((out) => 'slices' in out)).toBe(true);
    expect(outputs(SLICE_ROWS).some((out) => 'slices' in out)).toBe(false);
  }, 60_000);

  it('writes a section of more text than one chunk of bytes holds as docx does whole', async () => {
    // No headings, bookmarks or braces: the whole section is one run of bytes, over several chunks.
    const long = 'Teks panjang yang diulang tanpa henti. '.repeat(20);
    const doc = b.doc('Panjang', ...Array.from({ length: 6000 }, (_, i) => b.paragraph(`${String(i)} ${long}`)));
    const { written, whole } = await madeAsWritten(doc, { pageNumbers: false });
    expect(written.equals(whole)).toBe(true);
    const xml = docxParts(written)['word/document.xml'] ?? '';
    expect(xml.length).toBeGreaterThan(4 << 20);
    expect(xml).toContain('<w:t xml:space="preserve">5999 Teks');
  }, 60_000);

  it('writes any book of paragraphs, headings, lists, tables, figures, breaks, landscape runs and tables of contents as docx does whole', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(block, { minLength: 1, maxLength: 8 }), fc.boolean(), async (children, cover) => {
        const doc = b.doc('Acak', ...(cover ? [b.cover({ title: 'Acak' })] : []), ...children);
        const { written, whole } = await madeAsWritten(doc);
        expect(written.equals(whole)).toBe(true);
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
