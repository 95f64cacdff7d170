import { describe, expect, it } from 'vitest';
import * as b from '../../../doc/builders.js';
import { proportional, tableLayout } from './table.js';

describe('table column widths', () => {
  it('splits exactly, in proportion', () => {
    expect(proportional([1, 1, 2], 1000)).toEqual([250, 250, 500]);
    expect(proportional([1, 1, 1], 1000)).toEqual([333, 333, 334]);
    expect(proportional([0, 0], 10)).toEqual([5, 5]);
  });

  it('keeps every column as wide as its longest word and gives the rest to the long texts', () => {
    const table = b.table(
      [['No', 'Uraian', 'Anggaran']],
      [['1', 'Pembangunan pusat data dan jaringan serat optik antarkantor perangkat daerah', 'Rp1.250.000.000']],
    );
    const { sizePt, widths } = tableLayout(table, 7938, 10);
    expect(sizePt).toBe(10);
    expect(widths.reduce((a, w) => a + w, 0)).toBe(7938);
    const [no, uraian, anggaran] = widths as [number, number, number];
    // "Rp1.250.000.000" is 7.9 em of 10 pt: at least 1580 twips plus the cell padding.
    expect(anggaran).toBeGreaterThan(1580 + 114);
    expect(no).toBeLessThan(600);
    expect(uraian).toBeGreaterThan(anggaran);
  });

  it('follows the lebar hints, but never below a column’s longest word', () => {
    const table = b.table([['Kode', 'Nama']], [['Rp1.250.000.000', 'x']], { widths: [1, 9] });
    const [first, second] = tableLayout(table, 7938, 10).widths as [number, number];
    expect(first).toBeGreaterThan(1694);
    expect(first + second).toBe(7938);
    expect(tableLayout(b.table([['a', 'b']], [['c', 'd']], { widths: [1, 3] }), 8000, 10).widths).toEqual([2000, 6000]);
  });

  it('makes the text smaller when the longest words cannot all fit, down to 8 pt', () => {
    const row = Array.from({ length: 6 }, () => 'Rp1.250.000.000');
    const { sizePt, widths } = tableLayout(b.table([row], [row]), 7938, 10);
    expect(sizePt).toBeLessThan(10);
    expect(sizePt).toBeGreaterThanOrEqual(8);
    expect(widths.reduce((a, w) => a + w, 0)).toBe(7938);
    const crowded = Array.from({ length: 12 }, () => 'Rp1.250.000.000');
    expect(tableLayout(b.table([crowded], []), 7938, 10).sizePt).toBe(8);
  });
});
