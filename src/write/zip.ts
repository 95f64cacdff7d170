/**
 * Zip normalisation for reproducible office files: the same entries in a fixed order, with a fixed
 * timestamp and compression, so identical content gives identical bytes (DOCX now, XLSX too).
 */
import { unzipSync, zipSync, type Zippable } from 'fflate';

export interface NormaliseZipOptions {
  /** Timestamp of every entry (zip stores local date-time fields; these are written from the UTC fields). */
  readonly date?: Date;
  /**
   * Entry order. Default: `[Content_Types].xml` first (as Office writes it, and some readers expect), then
   * by name.
   */
  readonly order?: (names: readonly string[]) => string[];
  /** Rewrites an entry's bytes (e.g. to pin a timestamp inside an XML part); return the bytes unchanged otherwise. */
  readonly transform?: (name: string, data: Uint8Array) => Uint8Array;
  /** Deflate level, 0–9 (default 6). */
  readonly level?: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
}

/** The earliest date a zip entry can hold. */
const DOS_EPOCH = Date.UTC(1980, 0, 1);

/**
 * The default entry order of office files.
 * @param names entry names
 * @returns `[Content_Types].xml` first, then the rest sorted by code point
 */
export function officeOrder(names: readonly string[]): string[] {
  const rest = names.filter((n) => n !== '[Content_Types].xml').sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return names.includes('[Content_Types].xml') ? ['[Content_Types].xml', ...rest] : rest;
}

/**
 * A Date whose local fields equal the UTC fields of the given instant: the zip writer reads local
 * fields, so this keeps the stored time independent of the machine's time zone.
 */
function zipTime(date: Date): Date {
  const d = new Date(Math.max(DOS_EPOCH, date.getTime()));
  return new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds());
}

/**
 * Re-zips an archive deterministically.
 * @param bytes the zip archive
 * @param options timestamp, order, per-entry rewrite, compression level
 * @returns the normalised archive
 */
export function normaliseZip(bytes: Uint8Array, options: NormaliseZipOptions = {}): Uint8Array {
  return zipEntries(unzipSync(bytes), options);
}

/**
 * Zips entries deterministically: what {@link normaliseZip} makes of an archive holding them, without
 * an archive to inflate first (a writer that has its parts uncompressed hands them over directly).
 * @param entries entry bytes by name; names ending in `/` (folders) are left out
 * @param options timestamp, order, per-entry rewrite, compression level
 * @returns the archive
 */
export function zipEntries(entries: Readonly<Record<string, Uint8Array>>, options: NormaliseZipOptions = {}): Uint8Array {
  const mtime = zipTime(options.date ?? new Date(DOS_EPOCH));
  const level = options.level ?? 6;
  const names = (options.order ?? officeOrder)(Object.keys(entries).filter((n) => !n.endsWith('/')));
  const out: Zippable = {};
  for (const name of names) {
    const data = entries[name];
    if (data === undefined) continue;
    // Images are compressed already; deflating them again costs time and saves nothing.
    const entryLevel = /\.(png|jpe?g|gif)$/i.test(name) ? 0 : level;
    out[name] = [options.transform ? options.transform(name, data) : data, { mtime, level: entryLevel }];
  }
  return zipSync(out);
}

/**
 * The entries of an archive, by name, for reading or tests.
 * @param bytes the zip archive
 * @returns entry bytes by name
 */
export function readZip(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}
