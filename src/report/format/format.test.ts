import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { angka, bulan, persen, romawi, rupiah, tanggal, terbilang } from './index.js';

describe('rupiah', () => {
  it.each([
    [0, 'Rp0'],
    [1, 'Rp1'],
    [1000, 'Rp1.000'],
    [1_250_000_000, 'Rp1.250.000.000'],
    [999_999_999_999, 'Rp999.999.999.999'],
    [1499.5, 'Rp1.500'],
    [-5000, '-Rp5.000'],
    [-0, 'Rp0'],
  ])('%s → %s', (n, s) => {
    expect(rupiah(n)).toBe(s);
  });
  it('has no space and no decimals for any amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => {
        expect(rupiah(n)).toMatch(/^Rp\d{1,3}(\.\d{3})*$/);
      }),
    );
  });
  it('refuses NaN and infinity', () => {
    expect(() => rupiah(Number.NaN)).toThrow(RangeError);
    expect(() => rupiah(Infinity)).toThrow(RangeError);
  });
});

describe('angka', () => {
  it.each([
    [0, undefined, '0'],
    [1234, undefined, '1.234'],
    [1234.5, undefined, '1.234,5'],
    [1234.567, undefined, '1.234,57'],
    [1234.5, 2, '1.234,50'],
    [2.5, 0, '3'],
    [-1234.5, 1, '-1.234,5'],
    [-0.001, 1, '0,0'],
    [1e12, undefined, '1.000.000.000.000'],
  ] as const)('%s (%s decimals) → %s', (n, d, s) => {
    expect(angka(n, d)).toBe(s);
  });
});

describe('persen', () => {
  it.each([
    [0, undefined, '0%'],
    [0.125, undefined, '12,5%'],
    [1, undefined, '100%'],
    [0.3333, undefined, '33,3%'],
    [0.3333, 2, '33,33%'],
    [0.5, 1, '50,0%'],
    [-0.125, undefined, '-12,5%'],
    [12.5, undefined, '1.250%'],
  ] as const)('%s (%s decimals) → %s', (n, d, s) => {
    expect(persen(n, d)).toBe(s);
  });
});

describe('tanggal and bulan', () => {
  it.each([
    ['2022-06-21', '21 Juni 2022'],
    ['2024-01-01', '1 Januari 2024'],
    ['2023-12-31', '31 Desember 2023'],
    ['2024-02-29', '29 Februari 2024'],
    ['2025-08-17', '17 Agustus 2025'],
  ])('tanggal %s → %s', (iso, s) => {
    expect(tanggal(iso)).toBe(s);
  });
  it('does not depend on the time zone (the day never shifts)', () => {
    for (let mo = 1; mo <= 12; mo++) {
      const iso = `2023-${String(mo).padStart(2, '0')}-01`;
      expect(tanggal(iso)).toMatch(/^1 /);
    }
  });
  it('refuses impossible dates and other shapes', () => {
    expect(() => tanggal('2023-02-29')).toThrow(RangeError);
    expect(() => tanggal('2023-13-01')).toThrow(RangeError);
    expect(() => tanggal('21-06-2022')).toThrow(RangeError);
    expect(() => tanggal('')).toThrow(RangeError);
  });
  it.each([
    ['2023-06', 'Juni 2023'],
    ['2023-01', 'Januari 2023'],
    ['2030-12', 'Desember 2030'],
    ['2023-06-21', 'Juni 2023'],
  ])('bulan %s → %s', (ym, s) => {
    expect(bulan(ym)).toBe(s);
  });
  it('refuses a month 00 or 13', () => {
    expect(() => bulan('2023-00')).toThrow(RangeError);
    expect(() => bulan('2023-13')).toThrow(RangeError);
  });
});

describe('romawi', () => {
  it.each([
    [1, 'I'],
    [2, 'II'],
    [3, 'III'],
    [4, 'IV'],
    [5, 'V'],
    [6, 'VI'],
    [7, 'VII'],
    [8, 'VIII'],
    [9, 'IX'],
    [14, 'XIV'],
    [40, 'XL'],
    [90, 'XC'],
    [400, 'CD'],
    [1994, 'MCMXCIV'],
    [3999, 'MMMCMXCIX'],
  ])('%s → %s', (n, s) => {
    expect(romawi(n)).toBe(s);
  });
  it('refuses 0, negatives, fractions and 4000', () => {
    for (const n of [0, -1, 1.5, 4000]) expect(() => romawi(n)).toThrow(RangeError);
  });
});

describe('terbilang', () => {
  it.each([
    [0, 'nol'],
    [1, 'satu'],
    [10, 'sepuluh'],
    [11, 'sebelas'],
    [12, 'dua belas'],
    [19, 'sembilan belas'],
    [20, 'dua puluh'],
    [21, 'dua puluh satu'],
    [100, 'seratus'],
    [101, 'seratus satu'],
    [111, 'seratus sebelas'],
    [200, 'dua ratus'],
    [999, 'sembilan ratus sembilan puluh sembilan'],
    [1000, 'seribu'],
    [1001, 'seribu satu'],
    [1100, 'seribu seratus'],
    [2000, 'dua ribu'],
    [11000, 'sebelas ribu'],
    [100000, 'seratus ribu'],
    [101000, 'seratus satu ribu'],
    [1_000_000, 'satu juta'],
    [1_250_000, 'satu juta dua ratus lima puluh ribu'],
    [1_001_000, 'satu juta seribu'],
    [2_000_000_000, 'dua miliar'],
    [1_250_000_000, 'satu miliar dua ratus lima puluh juta'],
    [5_000_000_000_000, 'lima triliun'],
    [1_000_000_000_000_000, 'satu kuadriliun'],
    [-1500, 'minus seribu lima ratus'],
  ])('%s → %s', (n, s) => {
    expect(terbilang(n)).toBe(s);
  });
  it('appends rupiah on request', () => {
    expect(terbilang(1_250_000, { rupiah: true })).toBe('satu juta dua ratus lima puluh ribu rupiah');
  });
  it('never writes double spaces or "satu ribu"/"satu ratus"', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => {
        const w = terbilang(n);
        expect(w).not.toMatch(/ {2}|^ | $|(^|juta |miliar |triliun |kuadriliun )satu ribu|satu (ratus|puluh|belas)/);
      }),
    );
  });
  it('refuses values beyond the safe integer range', () => {
    expect(() => terbilang(Number.NaN)).toThrow(RangeError);
    expect(() => terbilang(2 ** 60)).toThrow(RangeError);
  });
});
