/**
 * The number and list formats a text uses for its arguments, per language: a decimal comma in
 * Indonesian and a point in English; Rupiah the Indonesian way in both.
 */
import { rupiah } from '../report/format/number.js';
import type { Text } from './index.js';

export interface Formats {
  /**
   * A number with at most `digits` decimals, trailing zeros dropped; non-finite values print as `-`.
   * @param value the number
   * @param digits maximum decimals
   */
  decimal(value: number, digits: number): string;
  /**
   * A number with exactly `digits` decimals (columns that line up); non-finite values print as `-`.
   * @param value the number
   * @param digits decimals
   */
  fixed(value: number, digits: number): string;
  /**
   * A fraction as a whole percentage: 0.5 → `50%`.
   * @param fraction the value (1 = 100%)
   */
  percent(fraction: number): string;
  /**
   * Whole rupiah, `Rp1.250.000.000`.
   * @param value amount in rupiah
   */
  rupiah(value: number): string;
  /**
   * A size in bytes: `512 B`, `2.0 KB`, `6.1 MB`.
   * @param n number of bytes
   */
  bytes(n: number): string;
  /**
   * Items joined with ", ".
   * @param items the items
   * @param each how to write one item (default: as it is)
   */
  list<T>(items: readonly T[], each?: (item: T) => string): string;
  /**
   * An optional part: empty when the value is absent.
   * @param value the optional argument
   * @param part the text made from it
   */
  opt<T>(value: T | undefined, part: (value: T) => string): string;
  /**
   * A text without arguments (a label) in the same language.
   * @param text the label
   */
  text(text: Text): string;
}

/** The formats other than {@link Formats.text}, which the renderer adds. */
export type NumberFormats = Omit<Formats, 'text'>;

function decimalPoint(value: number, digits: number): string {
  if (!Number.isFinite(value)) return '-';
  let text = value.toFixed(digits);
  if (text.includes('.')) text = text.replace(/0+$/, '').replace(/\.$/, '');
  return text === '-0' ? '0' : text;
}

function fixedPoint(value: number, digits: number): string {
  return Number.isFinite(value) ? value.toFixed(digits) : '-';
}

function bytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} B`;
}

/** Percentages by language, made on first use: the first Intl format a process makes loads the locale data. */
const percentFormats = new Map<string, Intl.NumberFormat>();

function percent(locale: 'id-ID' | 'en-US', fraction: number): string {
  let f = percentFormats.get(locale);
  if (f === undefined) {
    f = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    percentFormats.set(locale, f);
  }
  return f.format(fraction);
}

const shared = {
  rupiah,
  bytes,
  list: <T>(items: readonly T[], each: (item: T) => string = String) => items.map((i) => each(i)).join(', '),
  opt: <T>(value: T | undefined, part: (value: T) => string) => (value === undefined ? '' : part(value)),
};

const comma = (s: string) => s.replace('.', ',');

/** The formats of each language. */
export const NUMBER_FORMATS: { readonly id: NumberFormats; readonly en: NumberFormats } = {
  id: {
    ...shared,
    decimal: (v, d) => comma(decimalPoint(v, d)),
    fixed: (v, d) => comma(fixedPoint(v, d)),
    percent: (x) => percent('id-ID', x),
  },
  en: {
    ...shared,
    decimal: decimalPoint,
    fixed: fixedPoint,
    percent: (x) => percent('en-US', x),
  },
};

/** Formats for an outline: every formatted argument shows as "?", optional parts are left out. */
export const OUTLINE_FORMATS: NumberFormats = {
  decimal: () => '?',
  fixed: () => '?',
  percent: () => '?',
  rupiah: () => '?',
  bytes: () => '?',
  list: () => '?',
  opt: () => '',
};
