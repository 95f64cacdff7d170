import { describe, expect, it } from 'vitest';
import { fromCell, parseNumber, toCell } from './convert.js';

describe('parseNumber', () => {
  it.each([
    ['1250000000', true, 1_250_000_000],
    ['Rp1.250.000.000', true, 1_250_000_000],
    ['Rp 1.250.000', true, 1_250_000],
    ['1,250,000', true, 1_250_000],
    ['12,5', false, 12.5],
    ['12.5', false, 12.5],
    ['1.250,75', false, 1250.75],
    ['1,250.75', false, 1250.75],
    ['1.5', true, 1.5],
  ])('%s (integer %s) → %s', (text, integer, expected) => {
    expect(parseNumber(text, integer)).toBe(expected);
  });

  it.each(['', 'dua', '12a', '1.2.3,4,5', 'Rp'])('%s is not a number', (text) => {
    expect(parseNumber(text, true)).toBeUndefined();
  });
});

describe('fromCell and toCell', () => {
  it('reads Ya/Tidak and other spellings of yes and no', () => {
    for (const v of ['Ya', 'ya', 'YES', 'true', 1, true]) expect(fromCell(v, { kind: 'bool' })).toEqual({ value: true });
    for (const v of ['Tidak', 'no', 'false', 0, false]) expect(fromCell(v, { kind: 'bool' })).toEqual({ value: false });
    expect(fromCell('mungkin', { kind: 'bool' })).toHaveProperty('bad');
  });

  it('reads months from dates and from text', () => {
    expect(fromCell(new Date(Date.UTC(2024, 6, 1)), { kind: 'ym' })).toEqual({ value: '2024-07' });
    expect(fromCell('2024-7', { kind: 'ym' })).toEqual({ value: '2024-07' });
    expect(fromCell('07/2024', { kind: 'ym' })).toEqual({ value: '2024-07' });
    expect(toCell('2024-07', { kind: 'ym' })).toEqual(new Date(Date.UTC(2024, 6, 1)));
  });

  it('matches enum values loosely but passes unknown ones on for the schema to name', () => {
    const dim = { kind: 'enum', options: ['governance', 'living'] } as const;
    expect(fromCell('Smart Living', dim)).toEqual({ value: 'living' });
    expect(fromCell(' governance ', dim)).toEqual({ value: 'governance' });
    expect(fromCell('mars', dim)).toEqual({ value: 'mars' });
    expect(fromCell('Tidak aktif', { kind: 'enum', options: ['aktif', 'tidak-aktif'] })).toEqual({ value: 'tidak-aktif' });
  });

  it('splits id lists and keeps text as text', () => {
    expect(fromCell('air-bersih, kemiskinan;tata-kelola', { kind: 'refs' })).toEqual({ value: ['air-bersih', 'kemiskinan', 'tata-kelola'] });
    expect(toCell(['a', 'b'], { kind: 'refs' })).toBe('a, b');
    expect(fromCell(81234, { kind: 'text', long: false })).toEqual({ value: '81234' });
    expect(fromCell('  =1+2 ', { kind: 'text', long: false })).toEqual({ value: '=1+2' });
  });
});
