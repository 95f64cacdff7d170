/**
 * What an import changes in one record, as data for its summary: the fields whose value changed,
 * and for each table of rows (applications, budget years …) the rows added, changed and removed.
 * Rows are matched by what names them (`nama`, `tahun`, the text itself), not by position, so
 * removing the first row is one removal, not a change of every row below it.
 */
import { isRaw, type Raw } from './form-input.js';

/** One row of a table that an import adds, changes or removes. */
export interface RowChange {
  /** The table (`aplikasi`, `anggaran` …). */
  readonly list: string;
  readonly action: 'added' | 'changed' | 'removed';
  /** What names the row: its `nama`, its `tahun`, or its text. */
  readonly label: string;
  /** For a changed row: its fields that changed. */
  readonly fields?: readonly string[];
}

/** The changes an import makes to one record. */
export interface RecordChanges {
  /** Dotted paths of the fields (outside the tables) whose value changed, was added or was removed. */
  readonly fields: readonly string[];
  readonly rows: readonly RowChange[];
}

const present = (v: unknown) => v !== undefined && v !== null;

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));
}

function sorted(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sorted);
  if (!isRaw(v)) return v ?? null;
  return Object.fromEntries(Object.keys(v).filter((k) => present(v[k])).sort().map((k) => [k, sorted(v[k])]));
}

/** The changed leaf fields between two values, as dotted paths below `prefix`. */
function fieldChanges(a: unknown, b: unknown, prefix: string): string[] {
  if (same(a, b)) return [];
  if (isRaw(a) && isRaw(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    return keys.flatMap((k) => fieldChanges(a[k], b[k], prefix === '' ? k : `${prefix}.${k}`));
  }
  return [prefix];
}

/** What names a row of a table. */
function rowLabel(row: unknown): string {
  if (typeof row === 'string') return row;
  if (isRaw(row)) {
    if (typeof row['nama'] === 'string') return row['nama'];
    if (typeof row['tahun'] === 'number') return String(row['tahun']);
  }
  return JSON.stringify(row);
}

const key = (row: unknown) => rowLabel(row).replace(/\s+/g, ' ').trim().toLowerCase();

function rowChanges(list: string, before: readonly unknown[], after: readonly unknown[]): RowChange[] {
  const out: RowChange[] = [];
  const left = new Map<string, unknown[]>();
  for (const row of before) left.set(key(row), [...(left.get(key(row)) ?? []), row]);
  for (const row of after) {
    const candidates = left.get(key(row)) ?? [];
    const match = candidates.shift();
    if (match === undefined) out.push({ list, action: 'added', label: rowLabel(row) });
    else if (!same(match, row)) out.push({ list, action: 'changed', label: rowLabel(row), fields: fieldChanges(match, row, '') });
  }
  for (const rows of left.values()) for (const row of rows) out.push({ list, action: 'removed', label: rowLabel(row) });
  return out;
}

/**
 * The changes from a record as its file holds it to the record an import writes.
 * @param before the file's data (undefined for a new file)
 * @param after the record to write
 * @param lists the keys that hold tables of rows
 * @returns the changed fields and rows
 */
export function recordChanges(before: Raw | undefined, after: Raw, lists: ReadonlySet<string>): RecordChanges {
  const old = before ?? {};
  const fields: string[] = [];
  const rows: RowChange[] = [];
  for (const k of [...new Set([...Object.keys(old), ...Object.keys(after)])]) {
    const a = old[k];
    const b = after[k];
    if (lists.has(k) && (Array.isArray(a) || Array.isArray(b))) {
      rows.push(...rowChanges(k, Array.isArray(a) ? a : [], Array.isArray(b) ? b : []));
      // "None" ([]) answered for a table that had no answer, or the answer withdrawn.
      if (Array.isArray(a) !== Array.isArray(b) && ((Array.isArray(a) && a.length === 0) || (Array.isArray(b) && b.length === 0))) fields.push(k);
    } else fields.push(...fieldChanges(a, b, k));
  }
  return { fields, rows };
}
