/**
 * Opens an untrusted XLSX archive safely before any spreadsheet library sees it: the central
 * directory is checked first (entry count, declared sizes, compression ratios), then every entry is
 * inflated with a hard cap, and the sheets are checked for merges and column ranges that would make
 * exceljs allocate without bound. What passes is repacked uncompressed for exceljs.
 */
import { Inflate, zipSync, type Zippable } from 'fflate';
import type { ZipReason } from '../diagnostics/codes/xlsx.js';

export const ZIP_LIMITS = {
  /** Largest file accepted (a filled form is normally under 1 MB). */
  fileBytes: 10 * 1024 * 1024,
  entries: 1000,
  /** Sum of the uncompressed sizes. */
  totalBytes: 64 * 1024 * 1024,
  /** Ratio above which a large entry is treated as a bomb. */
  ratio: 200,
  /** Entries smaller than this may have any ratio (a sheet of empty styled cells compresses well). */
  ratioFloor: 1024 * 1024,
  /** Cells covered by merges, over all sheets. */
  mergedCells: 100_000,
  /** Highest column number Excel has (XFD). */
  columns: 16_384,
} as const;

/** What is wrong with an archive, as data: the reason, the entry it concerns and a figure (rendered at the edge). */
export interface ZipFinding {
  readonly reason: ZipReason;
  readonly entry?: string;
  readonly n?: number;
}

export type GuardProblem =
  | { code: 'xlsx/too-large' }
  | { code: 'xlsx/not-zip' }
  | ({ code: 'xlsx/corrupt' | 'xlsx/zip-bomb' } & ZipFinding);
export type GuardResult = { ok: true; bytes: Uint8Array; entries: ReadonlyMap<string, Uint8Array> } | ({ ok: false } & GuardProblem);

const corrupt = (reason: ZipReason, entry?: string, n?: number): GuardProblem => ({
  code: 'xlsx/corrupt', reason, ...(entry !== undefined ? { entry } : {}), ...(n !== undefined ? { n } : {}),
});
const bomb = (reason: ZipReason, entry?: string, n?: number): GuardProblem => ({
  code: 'xlsx/zip-bomb', reason, ...(entry !== undefined ? { entry } : {}), ...(n !== undefined ? { n } : {}),
});

function u16(b: Uint8Array, o: number): number {
  return (b[o] ?? 0) | ((b[o + 1] ?? 0) << 8);
}

function u32(b: Uint8Array, o: number): number {
  return (u16(b, o) + u16(b, o + 2) * 0x10000) >>> 0;
}

interface Entry {
  readonly name: string;
  readonly method: number;
  readonly compressed: number;
  readonly size: number;
  readonly local: number;
}

function centralDirectory(b: Uint8Array): Entry[] | GuardProblem {
  // The end record sits in the last 22 + 65535 bytes.
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
    if (u32(b, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return corrupt('end-missing');
  const count = u16(b, eocd + 10);
  const cdSize = u32(b, eocd + 12);
  const cdOffset = u32(b, eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) return bomb('zip64');
  if (count > ZIP_LIMITS.entries) return bomb('entries', undefined, count);
  if (cdOffset + cdSize > eocd) return corrupt('directory-truncated');
  const entries: Entry[] = [];
  let p = cdOffset;
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > eocd || u32(b, p) !== 0x02014b50) return corrupt('directory-damaged');
    const method = u16(b, p + 10);
    const compressed = u32(b, p + 20);
    const size = u32(b, p + 24);
    const nameLen = u16(b, p + 28);
    const name = new TextDecoder().decode(b.subarray(p + 46, p + 46 + nameLen));
    const local = u32(b, p + 42);
    p += 46 + nameLen + u16(b, p + 30) + u16(b, p + 32);
    if (method !== 0 && method !== 8) return corrupt('method', name, method);
    total += size;
    if (total > ZIP_LIMITS.totalBytes) return bomb('total-size', undefined, ZIP_LIMITS.totalBytes);
    if (size > ZIP_LIMITS.ratioFloor && size > compressed * ZIP_LIMITS.ratio) {
      return bomb('ratio', name, Math.round(size / Math.max(1, compressed)));
    }
    if (local + 30 > b.length) return corrupt('truncated', name);
    entries.push({ name, method, compressed, size, local });
  }
  return entries;
}

function inflateEntry(b: Uint8Array, e: Entry): Uint8Array | GuardProblem {
  if (u32(b, e.local) !== 0x04034b50) return corrupt('header', e.name);
  const start = e.local + 30 + u16(b, e.local + 26) + u16(b, e.local + 28);
  const data = b.subarray(start, start + e.compressed);
  if (start + e.compressed > b.length) return corrupt('truncated', e.name);
  if (e.method === 0) return data.length === e.size ? data : corrupt('size', e.name);
  const out = new Uint8Array(e.size);
  let filled = 0;
  let over = false;
  const inflater = new Inflate((chunk) => {
    if (over) return;
    if (filled + chunk.length > e.size) {
      over = true;
      return;
    }
    out.set(chunk, filled);
    filled += chunk.length;
  });
  try {
    // Small input chunks bound what one push can inflate to (deflate expands at most ~1032:1).
    const step = 8192;
    // `over` is set by the inflater's callback, which the type checker does not follow.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
    for (let o = 0; o < data.length && !over; o += step) inflater.push(data.subarray(o, Math.min(data.length, o + step)), o + step >= data.length);
  } catch {
    return corrupt('inflate', e.name);
  }
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- set by the inflater's callback
  if (over) return bomb('larger-than-declared', e.name);
  if (filled !== e.size) return corrupt('truncated', e.name);
  return out;
}

function sheetChecks(name: string, xml: string): GuardProblem | number {
  let merged = 0;
  for (const m of xml.matchAll(/<mergeCell\s+ref="([A-Z]{1,3})(\d{1,7}):([A-Z]{1,3})(\d{1,7})"/g)) {
    const width = Math.abs(colNumber(m[3] as string) - colNumber(m[1] as string)) + 1;
    const height = Math.abs(Number(m[4]) - Number(m[2])) + 1;
    merged += width * height;
    if (merged > ZIP_LIMITS.mergedCells) return bomb('merged-cells', name, ZIP_LIMITS.mergedCells);
  }
  for (const m of xml.matchAll(/<col\b[^>]*\bmax="(\d+)"/g)) {
    if (Number(m[1]) > ZIP_LIMITS.columns) return bomb('column', name, Number(m[1]));
  }
  return merged;
}

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/**
 * Checks and unpacks an XLSX file.
 * @param bytes the file content
 * @returns the entries and a repacked archive for exceljs, or the problem found
 */
export function guardXlsx(bytes: Uint8Array): GuardResult {
  if (bytes.length > ZIP_LIMITS.fileBytes) return { ok: false, code: 'xlsx/too-large' };
  if (bytes.length < 4 || u32(bytes, 0) !== 0x04034b50) return { ok: false, code: 'xlsx/not-zip' };
  const cd = centralDirectory(bytes);
  if (!Array.isArray(cd)) return { ok: false, ...cd };
  const entries = new Map<string, Uint8Array>();
  let merged = 0;
  for (const e of cd) {
    if (e.name.endsWith('/')) continue;
    const data = inflateEntry(bytes, e);
    if (!(data instanceof Uint8Array)) return { ok: false, ...data };
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(e.name)) {
      const r = sheetChecks(e.name, new TextDecoder().decode(data));
      if (typeof r !== 'number') return { ok: false, ...r };
      merged += r;
      if (merged > ZIP_LIMITS.mergedCells) return { ok: false, ...bomb('merged-cells', undefined, ZIP_LIMITS.mergedCells) };
    }
    entries.set(e.name, data);
  }
  if (!entries.has('[Content_Types].xml') || !entries.has('xl/workbook.xml')) {
    return { ok: false, ...corrupt('workbook-missing') };
  }
  const zippable: Zippable = {};
  for (const [name, data] of entries) zippable[name] = [data, { level: 0 }];
  return { ok: true, bytes: zipSync(zippable, { level: 0 }), entries };
}
