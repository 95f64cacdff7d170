/** Indonesian number formatting through Intl (id-ID): Rupiah, plain numbers and percentages. */

const LOCALE = 'id-ID';

/** Number formats by their options, made once: constructing an Intl.NumberFormat is costly. */
const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify(options);
  let f = formats.get(key);
  if (f === undefined) {
    f = new Intl.NumberFormat(LOCALE, options);
    formats.set(key, f);
  }
  return f;
}

/** Whole rupiah, made on first use like every format here: the first Intl format a process makes loads the locale data. */
let rupiahFormat: Intl.NumberFormat | undefined;

/** Intl writes -0 as "-0"; a book never should. */
function noNegativeZero(n: number): number {
  return Object.is(n, -0) ? 0 : n;
}

function finite(n: number, what: string): number {
  if (!Number.isFinite(n)) throw new RangeError(`${what}: not a finite number: ${String(n)}`);
  return noNegativeZero(n);
}

/**
 * Formats whole rupiah: `Rp1.250.000.000` (no space, no decimals; rounded half away from zero).
 * @param value amount in rupiah
 * @returns the formatted amount, `-Rp5.000` when negative
 */
export function rupiah(value: number): string {
  const n = noNegativeZero(Math.round(finite(value, 'rupiah')));
  // Intl puts a (non-breaking) space between "Rp" and the digits; the Indonesian convention has none.
  rupiahFormat ??= new Intl.NumberFormat(LOCALE, { style: 'currency', currency: 'IDR', minimumFractionDigits: 0, maximumFractionDigits: 0 });
  return rupiahFormat
    .formatToParts(n)
    .filter((p) => p.type !== 'literal')
    .map((p) => p.value)
    .join('');
}

/**
 * Formats a number: `1.234`, `1.234,5`.
 * @param value the number
 * @param decimals exact number of decimals; when omitted, up to 2 as needed
 * @returns the formatted number
 */
export function angka(value: number, decimals?: number): string {
  const n = finite(value, 'angka');
  const options: Intl.NumberFormatOptions =
    decimals === undefined
      ? { maximumFractionDigits: 2 }
      : { minimumFractionDigits: decimals, maximumFractionDigits: decimals };
  return fixZero(numberFormat(options).format(n));
}

/**
 * Formats a fraction as a percentage: 0.125 → `12,5%`.
 * @param fraction the value as a fraction (1 = 100%)
 * @param decimals exact number of decimals; when omitted, up to 1 as needed
 * @returns the formatted percentage
 */
export function persen(fraction: number, decimals?: number): string {
  const n = finite(fraction, 'persen');
  const options: Intl.NumberFormatOptions =
    decimals === undefined
      ? { style: 'percent', maximumFractionDigits: 1 }
      : { style: 'percent', minimumFractionDigits: decimals, maximumFractionDigits: decimals };
  return fixZero(numberFormat(options).format(n));
}

/** A value that rounds to zero from below comes out as "-0"; show "0". */
function fixZero(s: string): string {
  return /^-0(,0+)?%?$/.test(s) ? s.slice(1) : s;
}
