/** Body paragraphs and page breaks. */
import { AlignmentType, PageBreak, Paragraph } from 'docx';
import type { Align } from '../../../doc/ast.js';
import { inlinesToRuns } from './inlines.js';
import type { BlockHandler } from './types.js';

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

/** A forced page break. */
export const pageBreak: BlockHandler<'pageBreak'> = () => [new Paragraph({ children: [new PageBreak()] })];
