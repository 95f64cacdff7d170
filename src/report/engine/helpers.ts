/** The formatting-only Handlebars helpers of the book templates; they format values and never compute. */
import type { HelperDelegate, HelperOptions } from 'handlebars';
import { angka, bulan, persen, romawi, rupiah, tanggal, terbilang } from '../format/index.js';
import { escapeAttribute, escapeMarkdown, MissingValueError } from './escape.js';

/** A helper failed on the value it was given; carries the helper name and template position. */
export class HelperError extends Error {
  constructor(
    readonly helper: string,
    readonly detail: string,
    readonly missing: boolean,
    readonly line: number,
    readonly column: number,
  ) {
    super(`${helper}: ${detail}`);
    this.name = 'HelperError';
  }
}

function num(v: unknown): number {
  if (v === undefined || v === null) throw new MissingValueError();
  if (typeof v !== 'number') throw new TypeError(`expected a number, got ${typeof v}`);
  return v;
}

function str(v: unknown): string {
  if (v === undefined || v === null) throw new MissingValueError();
  if (typeof v !== 'string') throw new TypeError(`expected text, got ${typeof v}`);
  return v;
}

function optionalDecimals(v: unknown): number | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 6) {
    throw new TypeError('the number of decimals must be an integer from 0 to 6');
  }
  return v;
}

type Impl = (args: readonly unknown[]) => string;

/** The helpers by name: what each does with its arguments (the Handlebars options object removed). */
const implementations: Readonly<Record<string, Impl>> = {
  md: ([v]) => escapeMarkdown(v),
  attr: ([v]) => escapeAttribute(v),
  rupiah: ([v]) => rupiah(num(v)),
  angka: ([v, d]) => angka(num(v), optionalDecimals(d)),
  persen: ([v, d]) => persen(num(v), optionalDecimals(d)),
  tanggal: ([v]) => tanggal(str(v)),
  bulan: ([v]) => bulan(str(v)),
  romawi: ([v]) => romawi(num(v)),
  terbilang: ([v]) => terbilang(num(v)),
  terbilangRupiah: ([v]) => terbilang(num(v), { rupiah: true }),
};

/** Names of the helpers, for `knownHelpers` with `knownHelpersOnly`. */
export const helperNames: readonly string[] = Object.keys(implementations);

function wrap(name: string, impl: Impl): HelperDelegate {
  return (...args: unknown[]): string => {
    const options = args.pop() as HelperOptions & { loc?: { start: { line: number; column: number } } };
    try {
      return impl(args);
    } catch (e) {
      const start = options.loc?.start ?? { line: 1, column: 0 };
      const missing = e instanceof MissingValueError;
      const detail = e instanceof Error ? e.message : String(e);
      throw new HelperError(name, detail, missing, start.line, start.column + 1);
    }
  };
}

/**
 * The helpers to register on a Handlebars environment.
 * @returns helper functions by name
 */
export function createHelpers(): Record<string, HelperDelegate> {
  return Object.fromEntries(Object.entries(implementations).map(([name, impl]) => [name, wrap(name, impl)]));
}
