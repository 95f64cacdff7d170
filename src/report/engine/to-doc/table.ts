/** Mapping of a GFM table to a document table, with the column width hints of its `:::tabel` container. */
import type { Table as MdTable } from 'mdast';
import type { Inline, Table, TableRow } from '../../../doc/ast.js';
import { report, type MapContext } from './context.js';
import { phrasingToInlines } from './inlines.js';

/** Optional parts a `:::tabel` container adds. */
export interface TableExtras {
  readonly caption?: readonly Inline[];
  readonly source?: readonly Inline[];
  readonly widths?: readonly number[];
  /** The column naming the group of its rows, 1-based as written in `grup`. */
  readonly group?: number;
  /** The key authored text refers to the table by. */
  readonly key?: string;
}

/**
 * Maps a GFM table: its first row is the header; short rows are padded with empty cells. Width
 * hints that do not give one number per column are reported and dropped.
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
  const group = extras.group;
  if (group !== undefined && (!Number.isInteger(group) || group > columns)) {
    report(ctx, 'report/bad-attribute', node, { name: 'tabel', attribute: 'grup', value: String(group), expected: `nomor kolom 1–${String(columns)}` });
  }
  return {
    type: 'table',
    header: rows.slice(0, 1),
    rows: rows.slice(1),
    ...(extras.widths?.length === columns ? { widths: [...extras.widths] } : {}),
    align: Array.from({ length: columns }, (_, c) => node.align?.[c] ?? undefined),
    ...(extras.caption !== undefined ? { caption: extras.caption } : {}),
    ...(extras.source !== undefined ? { source: extras.source } : {}),
    ...(group !== undefined && Number.isInteger(group) && group <= columns ? { group: group - 1 } : {}),
    ...(extras.key !== undefined ? { key: extras.key } : {}),
  };
}
