import { describe, expect, it } from 'vitest';
import { COMPLETENESS_FIELDS, opdCompleteness } from './completeness.js';

describe('opdCompleteness', () => {
  it('counts the optional parts of the schema, not the required ones or ekstra', () => {
    expect(COMPLETENESS_FIELDS).toContain('sdm');
    expect(COMPLETENESS_FIELDS).toContain('aplikasi');
    expect(COMPLETENESS_FIELDS).not.toContain('nama');
    expect(COMPLETENESS_FIELDS).not.toContain('ekstra');
  });

  it('an explicit empty list counts as answered, an empty object does not', () => {
    const c = opdCompleteness({ nama: 'A', singkatan: 'A', aplikasi: [], kontak: {} });
    const filled = Object.fromEntries(c.fields.map((f) => [f.field, f.filled]));
    expect(filled['aplikasi']).toBe(true);
    expect(filled['kontak']).toBe(false);
    expect(filled['sdm']).toBe(false);
    expect(c.filled).toBe(1);
    expect(c.share).toBeCloseTo(1 / COMPLETENESS_FIELDS.length);
  });

  it('a section object counts once one of its parts has content', () => {
    const filled = (opd: Parameters<typeof opdCompleteness>[0]) => Object.fromEntries(opdCompleteness(opd).fields.map((f) => [f.field, f.filled]));
    expect(filled({ nama: 'A', singkatan: 'A', swot: { kekuatan: [] } })['swot']).toBe(false);
    expect(filled({ nama: 'A', singkatan: 'A', swot: { kekuatan: [], peluang: ['wisata bahari'] } })['swot']).toBe(true);
    expect(filled({ nama: 'A', singkatan: 'A', kontak: { telepon: '0283 351' } })['kontak']).toBe(true);
  });
});
