/**
 * How the document model is numbered where the numbers are not digits: chapters in upper-case roman
 * numerals (BAB I … VIII), front-matter pages and roman-numbered lists in lower case. The views print
 * these numbers and the writers lay them out, so both take them from here.
 */

const NUMERALS: readonly (readonly [number, string])[] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/**
 * Upper-case roman numeral: 4 → `IV`.
 * @param n an integer from 1 to 3999
 * @returns the numeral
 * @throws RangeError outside 1–3999
 */
export function romawi(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999) throw new RangeError(`romawi: expected 1–3999, got ${String(n)}`);
  let rest = n;
  let out = '';
  for (const [value, numeral] of NUMERALS) {
    while (rest >= value) {
      out += numeral;
      rest -= value;
    }
  }
  return out;
}
