/** Inline nodes to docx runs: one handler per inline type, in a table the compiler checks for completeness. */
import { FootnoteReferenceRun, Paragraph, TextRun, type ParagraphChild } from 'docx';
import type { Inline, InlineType } from '../../../doc/ast.js';
import { placeholderText } from '../../../doc/walk.js';
import { placeholderRun } from '../styles.js';

/** Formatting inherited from enclosing inlines, and a text transform (upper case for chapter titles). */
export interface RunFormat {
  readonly bold?: boolean;
  readonly italics?: boolean;
  /** A size other than the paragraph style's, points (a table shrunk to fit). */
  readonly sizePt?: number;
  /** A text colour other than the style's, hex RRGGBB (a group's name repeated in a long table). */
  readonly color?: string;
  readonly transform?: (text: string) => string;
}

type InlineHandlers = {
  readonly [K in InlineType]: (node: Extract<Inline, { type: K }>, format: RunFormat) => ParagraphChild[];
};

function style(format: RunFormat): { bold?: boolean; italics?: boolean; size?: number; color?: string } {
  return {
    ...(format.color !== undefined ? { color: format.color } : {}),
    ...(format.bold === true ? { bold: true } : {}),
    ...(format.italics === true ? { italics: true } : {}),
    ...(format.sizePt !== undefined ? { size: Math.round(format.sizePt * 2) } : {}),
  };
}

function text(value: string, format: RunFormat): string {
  return format.transform ? format.transform(value) : value;
}

/** The inline handler table: one entry per inline type of the document model. */
export const inlineHandlers: InlineHandlers = {
  text: (node, format) => [new TextRun({ text: text(node.value, format), ...style(format) })],
  strong: (node, format) => inlinesToRuns(node.children, { ...format, bold: true }),
  emphasis: (node, format) => inlinesToRuns(node.children, { ...format, italics: true }),
  break: (_node, format) => [new TextRun({ break: 1, ...style(format) })],
  placeholder: (node, format) => [
    new TextRun({ text: placeholderText(node.what, node.opd), ...style(format), ...placeholderRun }),
  ],
  // A footnote of its own: docx adds its paragraphs to the document's footnotes, numbered in order.
  footnote: (node) => [
    new FootnoteReferenceRun({ children: node.children.map((p) => new Paragraph({ style: 'FootnoteText', children: inlinesToRuns(p.children) })) }),
  ],
};

/**
 * Writes inlines as runs.
 * @param inlines the inline nodes
 * @param format inherited formatting
 * @returns docx paragraph children
 */
export function inlinesToRuns(inlines: readonly Inline[], format: RunFormat = {}): ParagraphChild[] {
  return inlines.flatMap((node) => (inlineHandlers[node.type] as (n: Inline, f: RunFormat) => ParagraphChild[])(node, format));
}
