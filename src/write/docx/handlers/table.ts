/**
 * Tables: explicit DXA grid and cell widths (LibreOffice ignores one without the other), fixed layout,
 * header rows repeated on each page, rows never split, single borders, space below.
 */
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
} from 'docx';
import type { Block, Table as DocTable, TableRow as DocRow } from '../../../doc/ast.js';
import { inlineText } from '../../../doc/walk.js';
import type { Output } from '../context.js';
import { longestWordEm, textEm } from '../measure.js';
import { tableTextSize } from '../styles.js';
import { captionParagraph, sourceParagraph } from './caption.js';
import { inlinesToRuns } from './inlines.js';
import type { BlockHandler } from './types.js';

const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const borders = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border };
const cellMargins = { top: 40, bottom: 40, left: 57, right: 57 };
const alignments = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

/** Left and right cell margins together, twips. */
const CELL_PADDING = 2 * 57;

/**
 * Splits a total width in proportion to weights, in whole twips summing exactly to the total.
 * @param weights one non-negative weight per column
 * @param total the width to share, twips
 * @returns the shares, the rounding remainder given to the last column
 */
export function proportional(weights: readonly number[], total: number): number[] {
  const safe = weights.map((w) => (Number.isFinite(w) && w > 0 ? w : 0));
  const sum = safe.reduce((a, b) => a + b, 0);
  const shares = safe.map((w) => (sum > 0 ? Math.floor((total * w) / sum) : Math.floor(total / Math.max(1, safe.length))));
  const rest = total - shares.reduce((a, b) => a + b, 0);
  if (shares.length > 0) shares[shares.length - 1] = (shares[shares.length - 1] ?? 0) + rest;
  return shares;
}

/** The font size and column widths a table is written with. */
export interface TableLayout {
  /** Size of its text, points: the table style's, or smaller so that its words fit. */
  readonly sizePt: number;
  /** Column widths, twips, summing to the text width. */
  readonly widths: number[];
}

/** Smallest size a table's text is shrunk to so that its longest words fit. */
const MIN_TABLE_PT = 8;

/**
 * Column widths of a table in twips, summing to the text width. Every column is at least as wide as
 * its longest word (so numbers and names do not break); when the words cannot all fit, the table's
 * text is made smaller, down to 8 pt. The rest of the width is shared in proportion to the template's
 * `lebar` hints, or else to how much longer each column's longest text is than its longest word.
 * @param node the table
 * @param total the width of the text, twips
 * @param sizePt the font size of the table style, points
 * @returns the size of the text and one width per column
 */
export function tableLayout(node: DocTable, total: number, sizePt: number): TableLayout {
  const columns = node.align.length;
  const cellsOf = (c: number): { text: string; bold: boolean }[] => [
    ...node.header.map((r) => ({ text: inlineText(r.cells[c]?.children ?? []), bold: true })),
    ...node.rows.map((r) => ({ text: inlineText(r.cells[c]?.children ?? []), bold: false })),
  ];
  const wordEm = Array.from({ length: columns }, (_, c) => Math.max(1, ...cellsOf(c).map((x) => longestWordEm(x.text, x.bold))));
  const lineEm = Array.from({ length: columns }, (_, c) => Math.max(1, ...cellsOf(c).map((x) => textEm(x.text, x.bold))));
  // 3% to spare: renderers differ a little in how they measure.
  const toTwips = (em: number, size: number): number => Math.ceil(em * size * 20 * 1.03) + CELL_PADDING;
  let size = sizePt;
  while (size > MIN_TABLE_PT && wordEm.reduce((a, em) => a + toTwips(em, size), 0) > total) size -= 0.5;
  const min = wordEm.map((em) => toTwips(em, size));
  const minSum = min.reduce((a, b) => a + b, 0);
  if (minSum >= total) return { sizePt: size, widths: proportional(min, total) };
  if (node.widths !== undefined && node.widths.length === columns) {
    // The hinted shares, raised to the minimum where needed, the difference taken from the columns above theirs.
    const raised = proportional(node.widths, total).map((t, c) => Math.max(t, min[c] ?? 0));
    const over = raised.reduce((a, b) => a + b, 0) - total;
    const slack = raised.map((w, c) => w - (min[c] ?? 0));
    const cut = proportional(slack, Math.min(over, slack.reduce((a, b) => a + b, 0)));
    return { sizePt: size, widths: fit(raised.map((w, c) => w - (cut[c] ?? 0)), total) };
  }
  const preferred = lineEm.map((em) => toTwips(em, size));
  const extra = proportional(preferred.map((p, c) => Math.max(0, p - (min[c] ?? 0))), total - minSum);
  return { sizePt: size, widths: fit(min.map((m, c) => m + (extra[c] ?? 0)), total) };
}

/** Puts any rounding difference on the last column, so the widths sum exactly to the total. */
function fit(widths: number[], total: number): number[] {
  const diff = total - widths.reduce((a, b) => a + b, 0);
  if (widths.length > 0) widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) + diff;
  return widths;
}

function row(r: DocRow, layout: TableLayout, node: DocTable, header: boolean, baseSize: number): TableRow {
  const widths = layout.widths;
  const format = layout.sizePt !== baseSize ? { sizePt: layout.sizePt } : {};
  return new TableRow({
    tableHeader: header,
    cantSplit: true,
    children: widths.map((width, c) => {
      const align = header ? 'center' : node.align[c];
      return new TableCell({
        width: { size: width, type: WidthType.DXA },
        margins: cellMargins,
        ...(header ? { shading: { type: ShadingType.CLEAR, fill: 'D9D9D9', color: 'auto' } } : {}),
        children: [
          new Paragraph({
            style: header ? 'TableHeading' : 'TableText',
            ...(align !== undefined ? { alignment: alignments[align] } : {}),
            children: inlinesToRuns(r.cells[c]?.children ?? [], format),
          }),
        ],
      });
    }),
  });
}

/**
 * Whether a table is followed by the empty paragraph that spaces it from what comes next: not when a
 * source line or notes (small paragraphs) follow it, which are set close under it and end with space.
 * @param node the table
 * @param next the block after it, if any
 * @returns whether to write the spacing paragraph
 */
export function spaceAfterTable(node: DocTable, next: Block | undefined): boolean {
  return node.source === undefined && !(next?.type === 'paragraph' && next.small === true);
}

/** A table, with its numbered caption above and its source (or the space) below. */
export const table: BlockHandler<'table'> = (node, ctx, _write, next) => {
  const baseSize = tableTextSize(ctx.options.style);
  const layout = tableLayout(node, ctx.textWidth, baseSize);
  const widths = layout.widths;
  if (widths.length === 0) return [];
  const out: Output[] = [];
  if (node.caption !== undefined) out.push(captionParagraph('tabel', node.caption, ctx, true));
  out.push(
    new Table({
      width: { size: ctx.textWidth, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders,
      rows: [
        ...node.header.map((r) => row(r, layout, node, true, baseSize)),
        ...node.rows.map((r) => row(r, layout, node, false, baseSize)),
      ],
    }),
  );
  if (node.source !== undefined) out.push(sourceParagraph(node.source));
  if (spaceAfterTable(node, next)) out.push(new Paragraph({ style: 'AfterTable' }));
  return out;
};
