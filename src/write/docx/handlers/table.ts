/**
 * Tables: explicit DXA grid and cell widths (LibreOffice ignores one without the other), fixed layout,
 * header rows repeated on each page, rows never split, single borders.
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
import type { Table as DocTable, TableRow as DocRow } from '../../../doc/ast.js';
import type { Output } from '../context.js';
import { captionParagraph, sourceParagraph } from './caption.js';
import { inlinesToRuns } from './inlines.js';
import type { BlockHandler } from './types.js';

const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const borders = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border };
const cellMargins = { top: 40, bottom: 40, left: 80, right: 80 };
const alignments = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

/**
 * Column widths in twips from relative weights, summing exactly to the width.
 * @param weights one positive weight per column
 * @param total available width, twips
 * @returns widths, the rounding remainder given to the last column
 */
export function columnWidths(weights: readonly number[], total: number): number[] {
  const safe = weights.map((w) => (Number.isFinite(w) && w > 0 ? w : 1));
  const sum = safe.reduce((a, b) => a + b, 0);
  const widths = safe.map((w) => Math.floor((total * w) / sum));
  const rest = total - widths.reduce((a, b) => a + b, 0);
  if (widths.length > 0) widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) + rest;
  return widths;
}

function row(r: DocRow, widths: readonly number[], node: DocTable, header: boolean): TableRow {
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
            children: inlinesToRuns(r.cells[c]?.children ?? []),
          }),
        ],
      });
    }),
  });
}

/** A table, with its numbered caption above and its source below. */
export const table: BlockHandler<'table'> = (node, ctx) => {
  const widths = columnWidths(node.widths, ctx.textWidth);
  if (widths.length === 0) return [];
  const out: Output[] = [];
  if (node.caption !== undefined) out.push(captionParagraph('tabel', node.caption, ctx, true));
  out.push(
    new Table({
      width: { size: ctx.textWidth, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders,
      rows: [...node.header.map((r) => row(r, widths, node, true)), ...node.rows.map((r) => row(r, widths, node, false))],
    }),
  );
  if (node.source !== undefined) out.push(sourceParagraph(node.source));
  return out;
};
