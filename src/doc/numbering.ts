import type { Block, Doc, Figure, Table } from './ast.js';
import { walk } from './walk.js';

/**
 * How the document model is numbered: chapters in upper-case roman numerals (BAB I … VIII),
 * front-matter pages and roman-numbered lists in lower case, and the captions of tables and figures
 * (3.1) that references in authored text print. The views print these numbers and the writers lay
 * them out, so both take them from here.
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

/**
 * The number of every captioned table and figure, as the writer numbers them: the chapter (each
 * numbered level-1 heading), a point, and the count of that kind of caption in the chapter ("3.2");
 * before the first chapter, the count alone.
 * @param root a document or its blocks
 * @returns each captioned table's and figure's number, by node
 */
export function captionNumbers(root: Doc | readonly Block[]): Map<Table | Figure, string> {
  const numbers = new Map<Table | Figure, string>();
  let chapter = 0;
  const count = { tabel: 0, gambar: 0 };
  walk(root, (node) => {
    if (node.type === 'heading' && node.level === 1 && node.numbered) {
      chapter++;
      count.tabel = 0;
      count.gambar = 0;
    } else if ((node.type === 'table' || node.type === 'figure') && node.caption !== undefined) {
      const kind = node.type === 'table' ? 'tabel' : 'gambar';
      const n = ++count[kind];
      numbers.set(node, chapter > 0 ? `${chapter}.${n}` : String(n));
    }
  });
  return numbers;
}
