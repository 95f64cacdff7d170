/**
 * The changed fields between two validated values of one file. Maps are compared key by key; a list
 * of records is matched by the field that names its items (id, nama, tahun …) when that field is
 * unique on both sides, else by position; any other list is one value.
 */
import { isDeepStrictEqual } from 'node:util';
import type { DataPath } from '../diagnostics/diagnostic.js';
import type { FieldChange } from './types.js';

/** Fields that name the items of a list of records, in the order they are tried. */
export const ITEM_KEYS: readonly string[] = ['id', 'nama', 'tahun', 'tahap', 'penilai', 'kegiatan'];

type Rec = Record<string, unknown>;

const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Whether two validated values are the same.
 * @param a one value
 * @param b the other
 * @returns true when they are deeply equal
 */
export function sameValue(a: unknown, b: unknown): boolean {
  return isDeepStrictEqual(a, b);
}

/**
 * The field naming the items of two lists of records: present, a text or a number, and unique in each.
 * @param a the old list
 * @param b the new list
 * @returns the field, or undefined when none names every item
 */
export function itemKey(a: readonly unknown[], b: readonly unknown[]): string | undefined {
  if (!a.every(isRecord) || !b.every(isRecord)) return undefined;
  return ITEM_KEYS.find((key) => [a, b].every((list) => {
    const values = (list as Rec[]).map((r) => r[key]);
    return values.every((v) => typeof v === 'string' || typeof v === 'number') && new Set(values).size === values.length;
  }));
}

/**
 * The changed fields between two values.
 * @param old the value before
 * @param now the value now
 * @param path where they are in the file
 * @returns each change at the deepest path where both versions have a value
 */
export function diffValues(old: unknown, now: unknown, path: DataPath = []): FieldChange[] {
  if (sameValue(old, now)) return [];
  if (isRecord(old) && isRecord(now)) return diffRecords(old, now, path);
  if (Array.isArray(old) && Array.isArray(now) && old.length > 0 && now.length > 0 && old.every(isRecord) && now.every(isRecord)) {
    return diffLists(old, now, path);
  }
  return [{ path, old, new: now }];
}

function diffRecords(old: Rec, now: Rec, path: DataPath): FieldChange[] {
  const out: FieldChange[] = [];
  const keys = [...Object.keys(now), ...Object.keys(old).filter((k) => !(k in now))];
  for (const key of keys) {
    const at = [...path, key];
    const inOld = Object.prototype.hasOwnProperty.call(old, key) && old[key] !== undefined;
    const inNow = Object.prototype.hasOwnProperty.call(now, key) && now[key] !== undefined;
    if (inOld && !inNow) out.push({ path: at, old: old[key] });
    else if (!inOld && inNow) out.push({ path: at, new: now[key] });
    else if (inOld && inNow) out.push(...diffValues(old[key], now[key], at));
  }
  return out;
}

function diffLists(old: readonly Rec[], now: readonly Rec[], path: DataPath): FieldChange[] {
  const out: FieldChange[] = [];
  const key = itemKey(old, now);
  if (key === undefined) {
    const n = Math.max(old.length, now.length);
    for (let i = 0; i < n; i++) {
      if (i >= now.length) out.push({ path: [...path, i], old: old[i] });
      else if (i >= old.length) out.push({ path: [...path, i], new: now[i] });
      else out.push(...diffValues(old[i], now[i], [...path, i]));
    }
    return out;
  }
  const oldIndex = new Map(old.map((r, i) => [r[key], i]));
  const nowKeys = new Set(now.map((r) => r[key]));
  now.forEach((r, i) => {
    const j = oldIndex.get(r[key]);
    if (j === undefined) out.push({ path: [...path, i], new: r });
    else out.push(...diffValues(old[j], r, [...path, i]));
  });
  old.forEach((r, j) => {
    if (!nowKeys.has(r[key])) out.push({ path: [...path, j], old: r });
  });
  return out;
}

/**
 * The fields of a whole file that was added or removed, one change per top-level field.
 * @param data the file's validated data
 * @param side whether the file is new (`new`) or gone (`old`)
 * @returns the changes
 */
export function wholeFile(data: unknown, side: 'old' | 'new'): FieldChange[] {
  if (!isRecord(data)) return [];
  return Object.entries(data)
    .filter(([, v]) => v !== undefined)
    .map(([key, value]) => (side === 'new' ? { path: [key], new: value } : { path: [key], old: value }));
}
