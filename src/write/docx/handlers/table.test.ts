import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as b from '../../../doc/builders.js';
import { longestWordEm } from '../measure.js';
import { proportional, rowHeights, tableLayout } from './table.js';

/** The least width of a column at a size: its longest word, header (bold) included, with the cell padding. */
function minimum(header: string, cells: readonly string[], sizePt: number): number {
  const em = Math.max(1, longestWordEm(header, true), ...cells.map((c) => longestWordEm(c)));
  return Math.ceil(em * sizePt * 20 * 1.03) + 114;
}

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

  it('takes the width a hinted column lacks from the wrapping text columns, not from a narrow No column', () => {
    // The monitoring table of Buku II on a landscape page: "Satuan" needs more than its hint.
    const header = ['No', 'Quick Win atau Program', 'Indikator', 'Satuan', 'Kondisi Awal', 'Target', 'Perangkat Daerah'];
    const row = ['12', 'Quick win Pengembangan Ekosistem', 'Persentase kelurahan yang menggunakan aplikasi', 'persentase-kelurahan-terlayani', '0', '100', 'Diskominfo'];
    const hints = [1.1, 5.5, 6.5, 2.6, 2.2, 2.2, 2.6];
    const total = 12870;
    const { sizePt, widths } = tableLayout(b.table([header], [row], { widths: hints }), total, 10);
    const hinted = proportional(hints, total);
    expect(sizePt).toBe(10);
    expect(widths.reduce((a, w) => a + w, 0)).toBe(total);
    expect(widths[0]).toBe(hinted[0]);
    expect(widths[5]).toBe(hinted[5]);
    expect(widths[3]).toBeGreaterThanOrEqual(minimum(header[3] ?? '', [row[3] ?? ''], 10));
    // The two long text columns give most of it.
    expect((hinted[1] ?? 0) - (widths[1] ?? 0) + (hinted[2] ?? 0) - (widths[2] ?? 0)).toBeGreaterThan(((widths[3] ?? 0) - (hinted[3] ?? 0)) * 0.7);
  });

  it('keeps narrow columns whole when even 8 pt is too wide, narrowing the widest', () => {
    const header = ['No', ...Array.from({ length: 8 }, () => 'Rp1.250.000.000')];
    const { sizePt, widths } = tableLayout(b.table([header], [['21', ...header.slice(1)]]), 7938, 10);
    expect(sizePt).toBe(8);
    expect(widths.reduce((a, w) => a + w, 0)).toBe(7938);
    expect(widths[0]).toBe(minimum('No', ['21'], 8));
    expect(Math.max(...widths.slice(1)) - Math.min(...widths.slice(1))).toBeLessThanOrEqual(1);
  });

  it('never makes a column narrower than its longest word while the words fit (property)', () => {
    const word = fc.string({ unit: fc.constantFrom(...Array.from('aiuemnrstlkpgdb0123456789.-')), minLength: 1, maxLength: 18 });
    const cell = fc.array(word, { minLength: 1, maxLength: 8 }).map((w) => w.join(' '));
    const table = fc.integer({ min: 1, max: 9 }).chain((n) =>
      fc.record({
        header: fc.array(cell, { minLength: n, maxLength: n }),
        rows: fc.array(fc.array(cell, { minLength: n, maxLength: n }), { maxLength: 4 }),
        hints: fc.option(fc.array(fc.double({ min: 0.5, max: 10, noNaN: true }), { minLength: n, maxLength: n }), { nil: undefined }),
        total: fc.integer({ min: 4000, max: 13000 }),
      }),
    );
    fc.assert(
      fc.property(table, ({ header, rows, hints, total }) => {
        const node = b.table([header], rows, hints !== undefined ? { widths: hints } : {});
        const { sizePt, widths } = tableLayout(node, total, 10);
        expect(widths.reduce((a, w) => a + w, 0)).toBe(total);
        const min = header.map((h, c) => minimum(h, rows.map((r) => r[c] ?? ''), sizePt));
        if (min.reduce((a, m) => a + m, 0) <= total) widths.forEach((w, c) => expect(w).toBeGreaterThanOrEqual(min[c] ?? 0));
        // Otherwise only the widest are narrowed, to one width: a column is whole, or as wide as the widest.
        else widths.forEach((w, c) => expect(w === min[c] || w >= Math.max(...widths) - 1).toBe(true));
      }),
      { numRuns: 300 },
    );
  });
});

describe('table measures kept between layouts', () => {
  const cell = fc.oneof(fc.constantFrom('', 'Rp1.250.000.000', 'Pembangunan pusat data dan jaringan', '2026'), fc.string({ maxLength: 30 }));
  const table = fc
    .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 5 }))
    .chain(([columns, rows]) =>
      fc.tuple(fc.array(cell, { minLength: columns, maxLength: columns }), fc.array(fc.array(cell, { minLength: 0, maxLength: columns + 1 }), { minLength: rows, maxLength: rows })),
    )
    .map(([header, rows]) => b.table([header], rows));

  it('lays a table out, at any width and size, as a fresh copy of it is laid out', () => {
    fc.assert(
      fc.property(table, fc.integer({ min: 2000, max: 14000 }), fc.constantFrom(8, 9, 10, 11), (t, width, size) => {
        const first = tableLayout(t, width, size);
        const again = tableLayout(t, width + 500, size);
        expect(tableLayout(t, width, size)).toEqual(first);
        expect(again).toEqual(tableLayout(structuredClone(t), width + 500, size));
        expect(rowHeights(t, first)).toEqual(rowHeights(structuredClone(t), first));
        expect(rowHeights(t, again)).toEqual(rowHeights(structuredClone(t), again));
      }),
      { numRuns: 300 },
    );
  });
});
