/**
 * Tables: explicit DXA grid and cell widths (LibreOffice ignores one without the other), fixed layout,
 * header rows repeated on each page, rows never split, small tables never split and long ones never
 * leaving one row alone, single borders, space below.
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
import type { Block, Inline, Table as DocTable, TableRow as DocRow } from '../../../doc/ast.js';
import { inlineText } from '../../../doc/walk.js';
import type { Output, SlicedTable } from '../context.js';
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
 * Narrows some columns by an amount in total, each in proportion to how far it is above its floor and
 * never below it; in whole twips.
 * @param widths the widths, changed in place
 * @param floors the least width of each column
 * @param columns the columns that may be narrowed
 * @param amount how much to take, twips
 * @returns how much was taken: the amount, or all the spare width of those columns if less
 */
function takeBack(widths: number[], floors: readonly number[], columns: readonly number[], amount: number): number {
  const spare = columns.map((c) => Math.max(0, (widths[c] ?? 0) - (floors[c] ?? 0)));
  const available = spare.reduce((a, b) => a + b, 0);
  const take = Math.min(Math.max(0, amount), available);
  if (take === 0) return 0;
  const cut = spare.map((x) => Math.floor((take * x) / available));
  // The rounding remainder, a twip at a time, to the columns that still have spare width.
  for (let rest = take - cut.reduce((a, b) => a + b, 0), i = 0; rest > 0; i = (i + 1) % cut.length) {
    if ((cut[i] ?? 0) < (spare[i] ?? 0)) {
      cut[i] = (cut[i] ?? 0) + 1;
      rest--;
    }
  }
  columns.forEach((c, i) => (widths[c] = (widths[c] ?? 0) - (cut[i] ?? 0)));
  return take;
}

/**
 * Narrows the widest columns to a common width so that all sum to the total, the others untouched.
 * @param widths the widths wanted
 * @param total the width to fit in, twips (less than their sum)
 * @returns the widths, summing to the total
 */
function levelDown(widths: readonly number[], total: number): number[] {
  const sorted = [...widths].sort((a, b) => b - a);
  let rest = widths.reduce((a, b) => a + b, 0);
  let level = 0;
  for (let k = 1; k <= sorted.length; k++) {
    rest -= sorted[k - 1] ?? 0;
    level = Math.floor((total - rest) / k);
    if (level >= (sorted[k] ?? 0)) break;
  }
  const out = widths.map((w) => Math.min(w, level));
  // What the rounding down left, a twip each to the narrowed columns.
  for (let left = total - out.reduce((a, b) => a + b, 0), c = 0; left > 0; c = (c + 1) % out.length) {
    if ((widths[c] ?? 0) > level) {
      out[c] = (out[c] ?? 0) + 1;
      left--;
    }
  }
  return out;
}

/** What {@link tableLayout} measures of a table's columns, which does not depend on the width it is given. */
interface ColumnEms {
  /** The longest word of each column, header included, ems (at least 1). */
  readonly wordEm: readonly number[];
  /** The longest text of each column on one line, ems (at least 1). */
  readonly lineEm: readonly number[];
}

/** The measures of the tables laid out so far: a table is laid out for both orientations, estimated and written. */
const columnEmsOf = new WeakMap<DocTable, ColumnEms>();

/**
 * The longest word and the longest text of each column of a table, in ems, header cells bold.
 * @param node the table
 * @returns one measure of each per column
 */
function columnEms(node: DocTable): ColumnEms {
  const known = columnEmsOf.get(node);
  if (known !== undefined) return known;
  const wordEm: number[] = [];
  const lineEm: number[] = [];
  for (let c = 0; c < node.align.length; c++) {
    const cells = [
      ...node.header.map((r) => ({ text: inlineText(r.cells[c]?.children ?? []), bold: true })),
      ...node.rows.map((r) => ({ text: inlineText(r.cells[c]?.children ?? []), bold: false })),
    ];
    wordEm.push(Math.max(1, ...cells.map((x) => longestWordEm(x.text, x.bold))));
    lineEm.push(Math.max(1, ...cells.map((x) => textEm(x.text, x.bold))));
  }
  const ems = { wordEm, lineEm };
  columnEmsOf.set(node, ems);
  return ems;
}

/**
 * Column widths of a table in twips, summing to the text width. Every column is at least as wide as
 * its longest word, its header's included (so numbers and names do not break); when the words cannot
 * all fit, the table's text is made smaller, down to 8 pt, and if they still do not, only the widest
 * columns are narrowed. The rest of the width is shared in proportion to the template's `lebar` hints,
 * or else to how much longer each column's longest text is than its longest word. Where the hints
 * leave a column narrower than its longest word, the width it needs is taken first from the columns
 * whose text wraps anyway (the long text columns), then from the others, never from a column at its
 * minimum: a narrow "No" or year column keeps its hinted width as long as the text columns can give.
 * @param node the table
 * @param total the width of the text, twips
 * @param sizePt the font size of the table style, points
 * @returns the size of the text and one width per column
 */
export function tableLayout(node: DocTable, total: number, sizePt: number): TableLayout {
  const columns = node.align.length;
  const { wordEm, lineEm } = columnEms(node);
  // 3% to spare: renderers differ a little in how they measure.
  const toTwips = (em: number, size: number): number => Math.ceil(em * size * 20 * 1.03) + CELL_PADDING;
  let size = sizePt;
  while (size > MIN_TABLE_PT && wordEm.reduce((a, em) => a + toTwips(em, size), 0) > total) size -= 0.5;
  const min = wordEm.map((em) => toTwips(em, size));
  const minSum = min.reduce((a, b) => a + b, 0);
  // Too many long words even at 8 pt: the widest columns give, the narrow ones keep their words whole.
  if (minSum >= total) return { sizePt: size, widths: levelDown(min, total) };
  // The width each column's longest text needs to stay on one line.
  const oneLine = lineEm.map((em, c) => Math.max(min[c] ?? 0, toTwips(em, size)));
  if (node.widths?.length === columns) {
    const widths = proportional(node.widths, total).map((t, c) => Math.max(t, min[c] ?? 0));
    let over = widths.reduce((a, b) => a + b, 0) - total;
    const all = widths.map((_, c) => c);
    const wrapping = all.filter((c) => (oneLine[c] ?? 0) > (widths[c] ?? 0));
    const others = all.filter((c) => !wrapping.includes(c));
    // First the columns whose text wraps anyway, down to their longest word; then the others, first
    // down to the width their text needs on one line, and only then down to their longest word.
    over -= takeBack(widths, min, wrapping, over);
    over -= takeBack(widths, oneLine, others, over);
    takeBack(widths, min, others, over);
    return { sizePt: size, widths };
  }
  const extra = proportional(oneLine.map((p, c) => p - (min[c] ?? 0)), total - minSum);
  return { sizePt: size, widths: min.map((m, c) => m + (extra[c] ?? 0)) };
}

/** The share of the text height a table may take and still be kept whole on one page (a SWOT table, a small summary). */
export const KEEP_WHOLE_SHARE = 0.4;

/** The text of inlines, a line break as a new line. */
function cellText(inlines: readonly Inline[]): string {
  return inlines.map((i): string => (i.type === 'break' ? '\n' : i.type === 'strong' || i.type === 'emphasis' ? cellText(i.children) : inlineText([i]))).join('');
}

/** The measures of the rows laid out so far, header rows (bold) and body rows apart. */
const lineEmsOf = { bold: new WeakMap<DocRow, number[][]>(), regular: new WeakMap<DocRow, number[][]>() };

/**
 * The width of each line of each cell of a row, in ems: what {@link rowHeights} wraps in the column
 * widths, which it is asked for with several.
 * @param row the row
 * @param bold whether its text is bold (a header row)
 * @returns for each cell, the width of each of its lines
 */
function lineEms(row: DocRow, bold: boolean): number[][] {
  const cache = bold ? lineEmsOf.bold : lineEmsOf.regular;
  const known = cache.get(row);
  if (known !== undefined) return known;
  const ems = row.cells.map((cell) =>
    cellText(cell.children)
      .split('\n')
      .map((part) => textEm(part, bold)),
  );
  cache.set(row, ems);
  return ems;
}

/**
 * The height of each row of a table as written, twips, from the measured width of its text in its
 * columns: what the writer keeps together and the page estimate places.
 * @param node the table
 * @param layout its size and column widths
 * @returns the height of the header rows together, and of each body row
 */
export function rowHeights(node: DocTable, layout: TableLayout): { header: number; rows: number[] } {
  const lineTw = layout.sizePt * 20 * 1.15;
  const height = (r: DocRow, bold: boolean): number => {
    const ems = lineEms(r, bold);
    const lines = layout.widths.map((w, c) =>
      (ems[c] ?? [0]).reduce((n, em) => n + Math.max(1, Math.ceil((em * layout.sizePt * 20 * 1.03) / Math.max(1, w - CELL_PADDING))), 0),
    );
    return Math.max(1, ...lines) * lineTw + cellMargins.top + cellMargins.bottom + 20;
  };
  return { header: node.header.reduce((h, r) => h + height(r, true), 0), rows: node.rows.map((r) => height(r, false)) };
}

/**
 * The groups of a table with a group column: for each body row, the index of the first row of its
 * group (the row itself when it names a group, or when the table has no group column).
 * @param node the table
 * @returns one index per body row
 */
export function groupStarts(node: DocTable): number[] {
  const g = node.group;
  let start = 0;
  return node.rows.map((r, i) => {
    if (g === undefined || i === 0 || cellText(r.cells[g]?.children ?? []).trim() !== '') start = i;
    return start;
  });
}

/**
 * A table as written: the rows of a group too long to be kept on one page name their group in the
 * group column (where the template left it empty), so every page it continues on says which group
 * its rows belong to.
 * @param node the table
 * @param layout its size and column widths
 * @param textHeight the height of the page's text, twips
 * @returns the table, and for each body row whether its group name is such a repetition
 */
export function namedGroups(node: DocTable, layout: TableLayout, textHeight: number): { node: DocTable; repeated: boolean[] } {
  const g = node.group;
  const starts = groupStarts(node);
  if (g === undefined) return { node, repeated: node.rows.map(() => false) };
  const { header, rows } = rowHeights(node, layout);
  const heights = new Map<number, number>();
  starts.forEach((s, i) => heights.set(s, (heights.get(s) ?? 0) + (rows[i] ?? 0)));
  const repeated = starts.map((s, i) => s !== i && header + (heights.get(s) ?? 0) > KEEP_WHOLE_SHARE * textHeight);
  const named = node.rows.map((r, i) => {
    const name = node.rows[starts[i] ?? i]?.cells[g];
    return repeated[i] === true && name !== undefined ? { cells: r.cells.map((c, k) => (k === g ? name : c)) } : r;
  });
  return { node: { ...node, rows: named }, repeated };
}

/**
 * Which body rows are kept with the row after them: every row but the last of a table small enough
 * to stand whole on a page (it is never split); else the first (so a page never ends with the header
 * and one row), the one before the last (so the last row, often a total, never stands alone on a
 * continued page), and every row of a group with the next row of the same group when the group is
 * short enough to be kept on one page.
 * @param node the table
 * @param layout its size and column widths
 * @param textHeight the height of the page's text, twips
 * @returns for each body row, whether it is kept with the next
 */
export function keptWithNext(node: DocTable, layout: TableLayout, textHeight: number): boolean[] {
  const n = node.rows.length;
  const { header, rows } = rowHeights(node, layout);
  const whole = header + rows.reduce((a, b) => a + b, 0) <= KEEP_WHOLE_SHARE * textHeight;
  const starts = groupStarts(node);
  const { repeated } = namedGroups(node, layout, textHeight);
  const inGroup = (i: number): boolean => node.group !== undefined && starts[i + 1] === starts[i] && repeated[i + 1] !== true;
  return node.rows.map((_, i) => i < n - 1 && (whole || i === 0 || i === n - 2 || inGroup(i)));
}

/** The colour of a group's name repeated on the rows after its first. */
const REPEATED_GROUP = '7F7F7F';

function row(r: DocRow, layout: TableLayout, node: DocTable, header: boolean, baseSize: number, keepNext = false, repeatedGroup = false): TableRow {
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
            ...(keepNext ? { keepNext: true } : {}),
            ...(align !== undefined ? { alignment: alignments[align] } : {}),
            children: inlinesToRuns(r.cells[c]?.children ?? [], repeatedGroup && c === node.group ? { ...format, color: REPEATED_GROUP } : format),
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

/**
 * The body rows of a table made at a time when the document is written block by block: a longer
 * table is made and written in slices (see `SlicedTable`).
 */
export const SLICE_ROWS = 64;

/** A table, with its numbered caption above and its source (or the space) below. */
export const table: BlockHandler<'table'> = (node, ctx, _write, next) => {
  const baseSize = tableTextSize(ctx.options.style);
  const layout = tableLayout(node, ctx.textWidth, baseSize);
  const widths = layout.widths;
  if (widths.length === 0) return [];
  const keep = keptWithNext(node, layout, ctx.textHeight);
  const { node: named, repeated } = namedGroups(node, layout, ctx.textHeight);
  const out: Output[] = [];
  if (node.caption !== undefined) out.push(captionParagraph('tabel', node.caption, ctx, true));
  const width = { size: ctx.textWidth, type: WidthType.DXA };
  const tableOf = (rows: TableRow[]): Table => new Table({ width, columnWidths: widths, layout: TableLayoutType.FIXED, borders, rows });
  const header = (): TableRow[] => node.header.map((r) => row(r, layout, node, true, baseSize));
  const body = (from: number, to: number): TableRow[] =>
    named.rows.slice(from, to).map((r, i) => row(r, layout, node, false, baseSize, keep[from + i], repeated[from + i]));
  const n = named.rows.length;
  if (n <= SLICE_ROWS) out.push(tableOf([...header(), ...body(0, n)]));
  else {
    // No cell spans rows, so each slice's rows are written as they would be in the whole table.
    out.push({
      whole: () => tableOf([...header(), ...body(0, n)]),
      slices: function* () {
        yield tableOf([...header(), ...body(0, SLICE_ROWS)]);
        for (let from = SLICE_ROWS; from < n; from += SLICE_ROWS) yield tableOf(body(from, from + SLICE_ROWS));
      },
    } satisfies SlicedTable);
  }
  if (node.source !== undefined) out.push(sourceParagraph(node.source));
  if (spaceAfterTable(node, next)) out.push(new Paragraph({ style: 'AfterTable' }));
  return out;
};
