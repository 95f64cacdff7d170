import { describe, expect, it } from 'vitest';
import { cellText, columnLetter, looksLikeFormula, quoteSheet } from './index.js';

describe('sheet addresses and cell text', () => {
  it('names columns', () => {
    expect([1, 26, 27, 52, 53, 702, 703, 16384].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA', 'XFD']);
  });

  it('recognises text a spreadsheet would take for a formula', () => {
    for (const t of ['=1+1', '+62', '-2', '@SUM(A1)', '\t=x']) expect(looksLikeFormula(t)).toBe(true);
    for (const t of ['Dinas', '1-2', 'a=b', '']) expect(looksLikeFormula(t)).toBe(false);
  });

  it('drops characters XML cannot hold and cuts at the cell limit', () => {
    expect(cellText('a\u0000b\u0007c\nd\te')).toBe('abc\nd\te');
    expect(cellText('x'.repeat(40_000))).toHaveLength(32_767);
  });

  it('quotes sheet names only when needed', () => {
    expect(quoteSheet('Daftar')).toBe('Daftar');
    expect(quoteSheet('Data Set')).toBe("'Data Set'");
    expect(quoteSheet("O'Brien")).toBe("'O''Brien'");
  });
});
