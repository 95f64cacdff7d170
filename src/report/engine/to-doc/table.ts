/** Mapping of a GFM table to a document table, with column widths from hints or from the contents. */
import type { Table as MdTable } from 'mdast';
import type { Inline, Table, TableRow } from '../../../doc/ast.js';
import { inlineText } from '../../../doc/walk.js';
import { report, type MapContext } from './context.js';
import { phrasingToInlines } from './inlines.js';

/** Optional parts a `:::tabel` container adds. */
export interface TableExtras {
  readonly caption?: readonly Inline[];
  readonly source?: readonly Inline[];
  readonly widths?: readonly number[];
}

/**
 * Width weights from the contents: the longest text of each column, bounded so that a long
 * description does not squeeze a number column to nothing.
 * @param rows all rows
 * @param columns number of columns
 * @returns one weight per column
 */
export function contentWidths(rows: readonly TableRow[], columns: number): number[] {
  return Array.from({ length: columns }, (_, c) => {
    const longest = Math.max(0, ...rows.map((r) => inlineText(r.cells[c]?.children ?? []).length));
    return Math.min(40, Math.max(4, longest));
  });
}

/**
 * Maps a GFM table: its first row is the header; short rows are padded with empty cells.
 * @param node the mdast table
 * @param ctx mapping context
 * @param extras caption, source and width hints
 * @returns the document table
 */
export function tableToDoc(node: MdTable, ctx: MapContext, extras: TableExtras = {}): Table {
  const columns = Math.max(node.align?.length ?? 0, ...node.children.map((r) => r.children.length));
  const rows: TableRow[] = node.children.map((row) => ({
    cells: Array.from({ length: columns }, (_, c) => ({
      children: phrasingToInlines(row.children[c]?.children ?? [], ctx),
    })),
  }));
  if (extras.widths !== undefined && extras.widths.length !== columns) {
    report(ctx, 'report/bad-attribute', node, {
      name: 'tabel',
      attribute: 'lebar',
      value: extras.widths.join(' '),
      expected: `${columns} angka, satu per kolom`,
    });
  }
  const widths = extras.widths !== undefined && extras.widths.length === columns ? extras.widths : contentWidths(rows, columns);
  return {
    type: 'table',
    header: rows.slice(0, 1),
    rows: rows.slice(1),
    widths: [...widths],
    align: Array.from({ length: columns }, (_, c) => node.align?.[c] ?? undefined),
    ...(extras.caption !== undefined ? { caption: extras.caption } : {}),
    ...(extras.source !== undefined ? { source: extras.source } : {}),
  };
}
