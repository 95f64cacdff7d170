/** Body paragraphs and page breaks. */
import { AlignmentType, LineRuleType, Paragraph } from 'docx';
import type { Align, Block, Paragraph as DocParagraph } from '../../../doc/ast.js';
import { inlineText } from '../../../doc/walk.js';
import { inlinesToRuns } from './inlines.js';
import type { BlockHandler } from './types.js';

/** Height of the paragraph that makes a page break, twips (1 pt). */
export const PAGE_BREAK_TWIPS = 20;

const alignments = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const satisfies Record<Align, string>;

/**
 * Whether a paragraph introduces what follows it: it ends with a colon ("Usulan quick win:") and a
 * list, a table or a figure comes next. Such a lead-in is kept on the page of what it introduces.
 * @param node the paragraph
 * @param next the block after it
 * @returns whether it is a lead-in
 */
export function isLeadIn(node: DocParagraph, next: Block | undefined): boolean {
  return (next?.type === 'list' || next?.type === 'table' || next?.type === 'figure') && inlineText(node.children).trim().endsWith(':');
}

/** A body paragraph; centred or right-aligned ones lose the first-line indent, small ones are source notes, lead-ins stay with what they introduce. */
export const paragraph: BlockHandler<'paragraph'> = (node, _ctx, _write, next) => [
  new Paragraph({
    style: node.small === true ? 'SourceNote' : 'BodyText',
    // Never one line alone at the foot or the head of a page (LibreOffice applies it only when asked).
    ...(node.small === true ? {} : { widowControl: true }),
    ...(isLeadIn(node, next) ? { keepNext: true, keepLines: true } : {}),
    ...(node.align !== undefined ? { alignment: alignments[node.align] } : {}),
    ...(node.align === 'center' || node.align === 'right' ? { indent: { firstLine: 0 } } : {}),
    children: inlinesToRuns(node.children),
  }),
];

/**
 * A forced page break: an empty paragraph, 1 pt high, that starts on a new page. Not a page break
 * character in a paragraph of its own: when the page before is full to its foot, that paragraph goes
 * to the next page as Word lays it out, and its break to the one after, leaving a blank page.
 */
export const pageBreak: BlockHandler<'pageBreak'> = () => [
  new Paragraph({
    pageBreakBefore: true,
    spacing: { line: PAGE_BREAK_TWIPS, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    run: { size: 2 },
  }),
];
