/** Headings: chapters "BAB I" with the title on the next line, sections "1.1", subsections "1.1.1", and their TOC entries. */
import { Bookmark, Paragraph, Tab, TextRun, type ParagraphChild } from 'docx';
import type { Heading } from '../../../doc/ast.js';
import { inlineText } from '../../../doc/walk.js';
import { romawi } from '../../../doc/numbering.js';
import { entryBookmark } from '../bookmarks.js';
import { addEntry, type WriteContext } from '../context.js';
import { inlinesToRuns } from './inlines.js';
import type { BlockHandler } from './types.js';

const upper = (s: string): string => s.toLocaleUpperCase('id-ID');

/** Advances the counters for a numbered heading and returns its number as shown ("I", "1.2", "1.2.3"). */
function nextNumber(level: Heading['level'], ctx: WriteContext): string {
  const n = ctx.numbers;
  if (level === 1) {
    n.chapter++;
    n.section = 0;
    n.subsection = 0;
    n.tabel = 0;
    n.gambar = 0;
    return romawi(n.chapter);
  }
  if (level === 2) {
    n.section++;
    n.subsection = 0;
    return n.chapter > 0 ? `${n.chapter}.${n.section}` : `${n.section}`;
  }
  n.subsection++;
  return [n.chapter, n.section, n.subsection].filter((x, i) => x > 0 || i > 0).join('.');
}

/**
 * The runs of an entry's paragraph inside the bookmark of the entry about to be added, which its line
 * in the table of contents links to and by which its page is read back from a rendering; as they are
 * in a book without a table of contents.
 * @param ctx write context
 * @param children the paragraph's runs
 * @returns the paragraph's children
 */
export function entryMark(ctx: WriteContext, children: ParagraphChild[]): ParagraphChild[] {
  return ctx.bookmarks ? [new Bookmark({ id: entryBookmark(ctx.entries.length), children })] : children;
}

/**
 * The paragraph of a level-1 heading without a number (Kata Pengantar, Daftar Isi …), listed in the
 * table of contents.
 * @param title the title
 * @param ctx write context
 * @returns the paragraph
 */
export function unnumberedChapter(title: string, ctx: WriteContext): Paragraph {
  const p = new Paragraph({ style: 'Heading1', pageBreakBefore: true, children: entryMark(ctx, [new TextRun(upper(title))]) });
  addEntry(ctx, { list: 'contents', level: 1, title: upper(title), target: p });
  return p;
}

/**
 * Numbers are computed and written as text rather than as Word list numbering: LibreOffice and older
 * Word versions then show the same "1.1" (not "I.1"), and the table of contents can be filled in advance.
 */
export const heading: BlockHandler<'heading'> = (node, ctx) => {
  const style = `Heading${node.level}`;
  const title = inlineText(node.children).trim();
  if (node.level === 1) {
    if (!node.numbered) return [unnumberedChapter(title, ctx)];
    const label = `BAB ${nextNumber(1, ctx)}`;
    const p = new Paragraph({
      style,
      pageBreakBefore: true,
      children: entryMark(ctx, [new TextRun(label), new TextRun({ break: 1 }), ...inlinesToRuns(node.children, { transform: upper })]),
    });
    addEntry(ctx, { list: 'contents', level: 1, title: `${label} ${upper(title)}`, target: p });
    return [p];
  }
  const number = node.numbered ? nextNumber(node.level, ctx) : undefined;
  const p = new Paragraph({
    style,
    ...(number === undefined ? { indent: { left: 0, hanging: 0 } } : {}),
    children: entryMark(ctx, [
      ...(number !== undefined ? [new TextRun(number), new TextRun({ children: [new Tab()] })] : []),
      ...inlinesToRuns(node.children),
    ]),
  });
  addEntry(ctx, { list: 'contents', level: node.level, title: number !== undefined ? `${number} ${title}` : title, target: p });
  return [p];
};
