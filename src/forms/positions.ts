/** Where each value of a returned form came from, so diagnostics on the merged data point at `Sheet!A1`. */
import type { Position } from '../diagnostics/diagnostic.js';
import type { DataPath } from '../diagnostics/diagnostic.js';
import { cellAddress } from '../sheet/index.js';

/** A cell of a form. */
export interface CellRef {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
}

/** The rows and columns of one table sheet. */
export interface TablePositions {
  readonly sheet: string;
  readonly headerRow: number;
  /** Row of the n-th record read from the sheet. */
  readonly rows: number[];
  /** Column of each field, by dotted path (`anggaran.nilai`; `''` for a list of texts). */
  readonly cols: ReadonlyMap<string, number>;
  /** Column of the ID, or of the first field. */
  readonly firstCol: number;
}

/** A sheet of entries of a list inside items (a program's activities, a quick win's schedule). */
export interface ItemListPositions {
  readonly table: TablePositions;
  /** For each item row (its index on the item sheet), the indices of its entries among the table's rows. */
  readonly byItem: Map<number, number[]>;
}

export interface FormPositions {
  /** Profile fields by dotted path. */
  readonly profile: Map<string, CellRef>;
  /** OPD lists (`aplikasi` …) by key. */
  readonly lists: Map<string, TablePositions>;
  /** Quick-win and program sheets. */
  readonly items: Map<'quickwin' | 'program', TablePositions>;
  /** The sheets of lists inside quick wins and programs, by `<item>.<key>` (`program.kegiatan`). */
  readonly itemLists: Map<string, ItemListPositions>;
  /** Where problems with no better place point. */
  readonly fallback: CellRef;
}

/**
 * A position in a form.
 * @param file the form's path relative to the project
 * @param c the cell
 * @returns the diagnostic position
 */
export function toPosition(file: string, c: CellRef): Position {
  return { file, line: c.row, column: c.col, sheet: c.sheet, cell: cellAddress(c.row, c.col) };
}

function inTable(t: TablePositions, index: number | undefined, rest: DataPath): CellRef {
  const row = index === undefined ? t.headerRow : (t.rows[index] ?? t.headerRow);
  const fields = rest.filter((s): s is string => typeof s === 'string');
  // The longest column path that starts the data path, then a column the path starts.
  for (let n = fields.length; n > 0; n--) {
    const col = t.cols.get(fields.slice(0, n).join('.'));
    if (col !== undefined) return { sheet: t.sheet, row, col };
  }
  const prefix = fields.join('.');
  if (prefix !== '') {
    for (const [key, col] of t.cols) if (key.startsWith(`${prefix}.`)) return { sheet: t.sheet, row, col };
  }
  const whole = t.cols.get('');
  return { sheet: t.sheet, row, col: whole ?? t.firstCol };
}

/**
 * The cell of a data path of the OPD record.
 * @param p the form's positions
 * @param path data path in the OPD's data
 * @returns the cell
 */
export function opdCell(p: FormPositions, path: DataPath): CellRef {
  const head = path[0];
  if (typeof head === 'string') {
    const list = p.lists.get(head);
    if (list !== undefined) return inTable(list, typeof path[1] === 'number' ? path[1] : undefined, path.slice(2));
    const keys = path.filter((s): s is string => typeof s === 'string');
    for (let n = keys.length; n > 0; n--) {
      const c = p.profile.get(keys.slice(0, n).join('.'));
      if (c !== undefined) return c;
    }
    for (const [key, c] of p.profile) if (key.startsWith(`${head}.`)) return c;
  }
  return p.fallback;
}

/**
 * The cell of a data path of a quick win or program read from the form.
 * @param p the form's positions
 * @param kind item sheet
 * @param index the record's index on its sheet
 * @param path data path in the item's data
 * @returns the cell
 */
export function itemCell(p: FormPositions, kind: 'quickwin' | 'program', index: number, path: DataPath): CellRef {
  const head = path[0];
  const list = typeof head === 'string' ? p.itemLists.get(`${kind}.${head}`) : undefined;
  if (list !== undefined) {
    const entry = typeof path[1] === 'number' ? list.byItem.get(index)?.[path[1]] : undefined;
    return inTable(list.table, entry, path.slice(2));
  }
  const t = p.items.get(kind);
  return t === undefined ? p.fallback : inTable(t, index, path);
}
