import { describe, expect, it } from 'vitest';
import { allocateIds, mergeRecord, slugify } from './merge.js';

describe('slugify', () => {
  it('makes ids from names', () => {
    expect(slugify('E-Kelurahan Terpadu')).toBe('e-kelurahan-terpadu');
    expect(slugify('  Sistem Informasi Pedagang Kaki Lima (SIPKL)  ')).toBe('sistem-informasi-pedagang-kaki-lima-sipkl');
    const long = slugify('Pelayanan Terpadu Satu Pintu — Perizinan Usaha Mikro, Kecil, dan Menengah Secara Daring');
    expect(long.length).toBeLessThanOrEqual(64);
    expect(long).toBe('pelayanan-terpadu-satu-pintu-perizinan-usaha-mikro-kecil-dan');
    expect(slugify('Café Ñusantara')).toBe('cafe-nusantara');
    expect(slugify('***')).toBe('');
  });
});

describe('allocateIds', () => {
  const owners = new Map([['portal', { owner: 'diskominfo', nama: 'Portal' }], ['pju', { owner: 'dishub', nama: 'PJU' }]]);
  it('keeps given ids, names new rows after their names, and refuses other OPDs\' items', () => {
    const rows = [
      { id: 'portal', data: { nama: 'Portal' } },
      { data: { nama: 'Portal' } },
      { data: { nama: 'Portal' } },
      { id: 'pju', data: { nama: 'PJU' } },
      { id: 'Bad Id', data: {} },
      { id: 'portal', data: {} },
      { data: {} },
    ];
    expect(allocateIds(rows, 'diskominfo', owners, 'quickwin')).toEqual([
      { kind: 'ok', id: 'portal', isNew: false },
      { kind: 'ok', id: 'portal-2', isNew: true },
      { kind: 'ok', id: 'portal-3', isNew: true },
      { kind: 'foreign', id: 'pju', owner: 'dishub' },
      { kind: 'bad-id', id: 'Bad Id' },
      { kind: 'duplicate', id: 'portal', first: 0 },
      { kind: 'ok', id: 'quickwin-diskominfo', isNew: true },
    ]);
  });

  it('matches a row without an id to the item of this OPD with the same name, so a second import changes nothing (item 2)', () => {
    const existing = new Map([
      ['ambulans-gawat-darurat', { owner: 'dinkes', nama: 'Ambulans  Gawat Darurat' }],
      ['posyandu', { owner: 'dinkes', nama: 'Posyandu Digital' }],
      ['pju', { owner: 'dishub', nama: 'PJU' }],
    ]);
    expect(allocateIds([
      { data: { nama: 'ambulans gawat darurat ' } },
      { data: { nama: 'PJU' } },
      { id: 'posyandu', data: { nama: 'Posyandu Digital' } },
      { data: { nama: 'Posyandu Digital' } },
    ], 'dinkes', existing, 'quickwin')).toEqual([
      { kind: 'ok', id: 'ambulans-gawat-darurat', isNew: false },
      // Another OPD's item of the same name is not this row.
      { kind: 'ok', id: 'pju-2', isNew: true },
      { kind: 'ok', id: 'posyandu', isNew: false },
      // Claimed by the row with its id: this one is new.
      { kind: 'ok', id: 'posyandu-digital', isNew: true },
    ]);
  });
});

describe('mergeRecord', () => {
  it('replaces the fields the form governs and keeps the others', () => {
    const existing = { nama: 'Lama', singkatan: 'L', swot: { kekuatan: ['x'] }, tupoksi: 'hapus', ekstra: { catatan: 1 } };
    expect(mergeRecord('opd', existing, { nama: 'Baru', singkatan: 'B' })).toEqual({ nama: 'Baru', singkatan: 'B', swot: { kekuatan: ['x'] }, ekstra: { catatan: 1 } });
  });

  it('an empty table is "none" only where the file had a list', () => {
    expect(mergeRecord('opd', { nama: 'A', singkatan: 'A', aplikasi: [] }, { nama: 'A', singkatan: 'A', aplikasi: [], layanan: [] }))
      .toEqual({ nama: 'A', singkatan: 'A', aplikasi: [] });
    expect(mergeRecord('opd', { nama: 'A', singkatan: 'A', aplikasi: [{ nama: 'x', status: 'aktif' }] }, { nama: 'A', singkatan: 'A', aplikasi: [] }))
      .toEqual({ nama: 'A', singkatan: 'A', aplikasi: [] });
  });

  it('keeps a quick win\'s scores and sets its owner', () => {
    const existing = { nama: 'Q', opd: 'x', dimensi: 'living', skor: { dampak: 4 }, status: 'terpilih' };
    expect(mergeRecord('quickwin', existing, { nama: 'Q2', dimensi: 'living' }, { opd: 'dinkes' }))
      .toEqual({ nama: 'Q2', opd: 'dinkes', dimensi: 'living', skor: { dampak: 4 }, status: 'terpilih' });
  });
});
