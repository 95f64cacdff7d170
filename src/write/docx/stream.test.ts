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
import { docxParts } from '../../../test/support/unzip-docx.js';
import { docxDocument } from './index.js';
import { packDocx } from './normalise.js';
import { canStream } from './stream.js';

const options = { date: new Date(Date.UTC(2025, 5, 21)), language: 'id-ID' };

/**
 * The parts of a package, with the ids docx draws at random or from counters shared by the whole
 * process (hyperlink relationships, table-of-contents bookmarks, drawings) numbered in order of appearance.
 */
function parts(bytes: Buffer): Record<string, string> {
  const ids = new Map<string, number>();
  const renumber = (id: string): string => {
    if (!ids.has(id)) ids.set(id, ids.size + 1);
    return `#${String(ids.get(id))}`;
  };
  return Object.fromEntries(Object.entries(docxParts(bytes)).map(([name, xml]) => [name, xml.replace(/rId[0-9a-z_-]{12,}|_Toc\d+|(?<=<wp:docPr id=")\d+/gi, renumber)]));
}

/** Packs the document made twice, block by block and as docx writes it whole, and returns both. */
async function bothWays(make: () => Document): Promise<{ streamed: Buffer; whole: Buffer; streams: boolean }> {
  const first = make();
  const streams = canStream(first);
  const streamed = Buffer.from(await packDocx(first, options, true));
  const whole = Buffer.from(await packDocx(make(), options, false));
  return { streamed, whole, streams };
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
    expect(parts(streamed)).toEqual(parts(whole));
  });

  it('leaves a table of contents docx fills from the headings to docx', async () => {
    const make = (): Document =>
      new Document({ sections: [{ children: [new TableOfContents('Isi', { headingStyleRange: '1-3' }), new Paragraph({ text: 'Bab', heading: 'Heading1' })] }] });
    const { streamed, whole, streams } = await bothWays(make);
    expect(streams).toBe(false);
    expect(parts(streamed)).toEqual(parts(whole));
    expect(parts(streamed)['word/document.xml']).toContain('PAGEREF #1');
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
