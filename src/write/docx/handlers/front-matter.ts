/** The front matter: cover page, foreword with its signature, and the tables of contents. */
import { InternalHyperlink, Paragraph, TableOfContents, Tab, TextRun, type FileChild } from 'docx';
import type { Toc } from '../../../doc/ast.js';
import type { Output, WriteContext } from '../context.js';
import { entryBookmark } from '../bookmarks.js';
import { rightTab } from '../styles.js';
import { fitImage, imageRun } from './figure.js';
import { unnumberedChapter } from './heading.js';
import type { BlockHandler } from './types.js';

const cm = 567;

/**
 * The cover: title and subtitle at the top, the logo (or empty space) in the middle, daerah and year
 * below. Spacing places them, rather than vertical centring, which not every reader honours.
 */
export const cover: BlockHandler<'cover'> = (node, ctx) => {
  const lines: Paragraph[] = [
    new Paragraph({ style: 'CoverTitle', spacing: { before: 2 * cm }, children: brokenLines(node.title) }),
  ];
  if (node.subtitle !== undefined) lines.push(new Paragraph({ style: 'CoverSubtitle', children: brokenLines(node.subtitle) }));
  if (node.logo !== undefined) {
    lines.push(
      new Paragraph({
        style: 'CoverText',
        spacing: { before: 3 * cm, after: 3 * cm },
        // At most 5 cm wide and 5 cm tall.
        children: [imageRun(node.logo, fitImage(node.logo, Math.min(5 * cm, ctx.textWidth), 5 * cm), ctx, 'Logo')],
      }),
    );
  }
  const gap = node.logo === undefined ? { spacing: { before: 9 * cm } } : {};
  if (node.daerah !== undefined) lines.push(new Paragraph({ style: 'CoverText', ...gap, children: [new TextRun(node.daerah)] }));
  if (node.year !== undefined) {
    lines.push(new Paragraph({ style: 'CoverText', ...(node.daerah === undefined ? gap : {}), children: [new TextRun(node.year)] }));
  }
  return lines;
};

/** A cover text with its line breaks kept: one run per line, each after the first starting a new line. */
function brokenLines(text: string): TextRun[] {
  return text.split('\n').map((line, i) => new TextRun({ text: line, ...(i > 0 ? { break: 1 } : {}) }));
}

/** The foreword: an unnumbered chapter, its paragraphs, then the signature block. */
export const foreword: BlockHandler<'foreword'> = (node, ctx, write) => {
  const out: Output[] = [unnumberedChapter(node.title, ctx), ...write(node.children, ctx)];
  const s = node.signature;
  if (s !== undefined) {
    const placeDate = [s.place, s.date].filter((x) => x !== undefined).join(', ');
    const line = (text: string, extra: { bold?: boolean; before?: number } = {}): Paragraph =>
      new Paragraph({
        style: 'Signature',
        ...(extra.before !== undefined ? { spacing: { before: extra.before } } : {}),
        // The rule mistakes the run option `bold` for the deprecated String.prototype.bold.
        // eslint-disable-next-line @typescript-eslint/no-deprecated
        children: [new TextRun({ text, ...(extra.bold === true ? { bold: true } : {}) })],
      });
    if (placeDate !== '') out.push(line(placeDate, { before: cm }));
    if (s.role !== undefined) out.push(line(s.role, placeDate === '' ? { before: cm } : {}));
    if (s.name !== undefined) out.push(line(s.name, { bold: true, before: 2 * cm }));
  }
  return out;
};

/** The paragraphs of the entries, linked to their headings and captions, with page numbers when they are known. */
function entryParagraphs(node: Toc, ctx: WriteContext, textWidth: number): Paragraph[] {
  return ctx.entries
    .filter((e) => e.list === node.kind)
    .map(
      (e) =>
        new Paragraph({
          style: node.kind === 'contents' ? `TOC${e.level}` : 'TableOfFigures',
          tabStops: [rightTab(textWidth, 'dot')],
          // Each line links to its heading or caption, as Word's own entries do.
          children: [
            new InternalHyperlink({
              anchor: entryBookmark(e.key),
              children: [new TextRun(e.title), new TextRun({ children: [new Tab()] }), new TextRun(ctx.pages.get(e.key) ?? '')],
            }),
          ],
        }),
    );
}

/**
 * A table of contents, list of tables or list of figures: its title, then a TOC field (headings 1–3,
 * or captions `\c "Tabel"` / `\c "Gambar"`) already filled with the entries, so it reads correctly
 * before Word updates it and in applications that never do. The entries are written as the field's
 * content rather than docx's `cachedEntries`, whose page numbers can only be arabic; the front matter
 * is numbered in roman.
 */
export const toc: BlockHandler<'toc'> = (node, ctx) => {
  const title = unnumberedChapter(node.title, ctx);
  const textWidth = ctx.textWidth;
  const field = {
    deferred: (done: WriteContext): FileChild[] => {
      const entries = entryParagraphs(node, done, textWidth);
      const tableOfContents = new TableOfContents(node.title, {
        ...(node.kind === 'contents'
          ? { headingStyleRange: '1-3' }
          : { captionLabelIncludingNumbers: node.kind === 'tabel' ? 'Tabel' : 'Gambar' }),
        contentChildren: entries,
      });
      // The field's first and last paragraphs hold its begin and end marks; the entries are between.
      done.layoutBlocks.set(tableOfContents, entries.length + 2);
      return [tableOfContents];
    },
  };
  return [title, field];
};
