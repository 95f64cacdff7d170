/** Body paragraphs and page breaks. */
import { AlignmentType, LineRuleType, Paragraph } from 'docx';
import type { Align } from '../../../doc/ast.js';
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

/** A body paragraph; centred or right-aligned ones lose the first-line indent, small ones are source notes. */
export const paragraph: BlockHandler<'paragraph'> = (node) => [
  new Paragraph({
    style: node.small === true ? 'SourceNote' : 'BodyText',
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
