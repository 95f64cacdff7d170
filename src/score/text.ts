/** Small text helpers of the scoring stage: data paths, decimals and rupiah in message arguments. */
import type { Lang } from '../diagnostics/spec.js';

/**
 * A data path in the dotted form diagnostics carry: `penilaian.perbandingan[2]`.
 * @param path path segments
 * @returns the dotted path
 */
export function dottedPath(path: ReadonlyArray<string | number>): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out === '' ? seg : `.${seg}`;
  }
  return out;
}

/**
 * A number with at most `digits` decimals, trailing zeros dropped, with a decimal comma in
 * Indonesian and a point in English. Non-finite values print as `-`.
 * @param value the number
 * @param digits maximum decimals
 * @param lang output language
 * @returns the text
 */
export function formatDecimal(value: number, digits: number, lang: Lang): string {
  if (!Number.isFinite(value)) return '-';
  let text = value.toFixed(digits);
  if (text.includes('.')) text = text.replace(/0+$/, '').replace(/\.$/, '');
  if (text === '-0') text = '0';
  return lang === 'id' ? text.replace('.', ',') : text;
}

/**
 * Rupiah the Indonesian way, `Rp1.250.000.000` (SPEC §6), independent of the platform's locale data.
 * @param value whole rupiah
 * @returns the text
 */
export function formatRupiah(value: number): string {
  if (!Number.isFinite(value)) return 'Rp-';
  const negative = value < 0;
  const digits = Math.round(Math.abs(value)).toString();
  let grouped = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) grouped += '.';
    grouped += digits[i];
  }
  return `${negative ? '-' : ''}Rp${grouped}`;
}
