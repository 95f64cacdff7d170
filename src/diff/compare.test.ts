/** Comparing two versions: fields of validated data, lists matched by name, renames, invalid files, effects. */
import { describe, expect, it } from 'vitest';
import { compareProjects } from './compare.js';
import { diffValues, itemKey, wholeFile } from './data.js';
import type { SideFile } from './types.js';

const opd = (id: string, data: unknown, text = JSON.stringify(data)): SideFile => ({ path: `data/opd/${id}.yaml`, kind: 'opd', id, text, data });

describe('diffValues', () => {
  it('reports each changed leaf at its path, a new field without old, a gone field without new', () => {
    const old = { nama: 'Dinas Sosial', sdm: { asn: 30, non_asn: 10, tik: 5 }, tupoksi: 'Lama' };
    const now = { nama: 'Dinas Sosial', sdm: { asn: 30, non_asn: 10, tik: 12 }, kontak: { email: 'a@b.id' } };
    expect(diffValues(old, now)).toEqual([
      { path: ['sdm', 'tik'], old: 5, new: 12 },
      { path: ['kontak'], new: { email: 'a@b.id' } },
      { path: ['tupoksi'], old: 'Lama' },
    ]);
  });

  it('matches the items of a list by their name, whatever their order', () => {
    const old = { aplikasi: [{ nama: 'A', status: 'aktif' }, { nama: 'B', status: 'aktif' }, { nama: 'C', status: 'aktif' }] };
    const now = { aplikasi: [{ nama: 'C', status: 'aktif' }, { nama: 'A', status: 'tidak-aktif' }, { nama: 'D', status: 'pengembangan' }] };
    expect(diffValues(old, now)).toEqual([
      { path: ['aplikasi', 1, 'status'], old: 'aktif', new: 'tidak-aktif' },
      { path: ['aplikasi', 2], new: { nama: 'D', status: 'pengembangan' } },
      { path: ['aplikasi', 1], old: { nama: 'B', status: 'aktif' } },
    ]);
  });

  it('matches budget years by tahun, and falls back to positions when no field names every item once', () => {
    expect(itemKey([{ tahun: 2023, pagu: 1 }], [{ tahun: 2024, pagu: 1 }, { tahun: 2023, pagu: 2 }])).toBe('tahun');
    expect(diffValues({ anggaran: [{ tahun: 2023, pagu: 1 }] }, { anggaran: [{ tahun: 2024, pagu: 3 }, { tahun: 2023, pagu: 2 }] })).toEqual([
      { path: ['anggaran', 0], new: { tahun: 2024, pagu: 3 } },
      { path: ['anggaran', 1, 'pagu'], old: 1, new: 2 },
    ]);
    const twice = [{ nama: 'x', satuan: 'a' }, { nama: 'x', satuan: 'b' }];
    expect(itemKey(twice, twice)).toBeUndefined();
    expect(diffValues({ l: twice }, { l: [{ nama: 'x', satuan: 'a' }, { nama: 'x', satuan: 'c' }] })).toEqual([{ path: ['l', 1, 'satuan'], old: 'b', new: 'c' }]);
  });

  it('treats a list of texts or ids as one value', () => {
    expect(diffValues({ isu: ['a', 'b'] }, { isu: ['a', 'c'] })).toEqual([{ path: ['isu'], old: ['a', 'b'], new: ['a', 'c'] }]);
    expect(diffValues({ isu: ['a'] }, { isu: ['a'] })).toEqual([]);
  });

  it('lists a whole file by its top-level fields, new or old only', () => {
    expect(wholeFile({ nama: 'X', sdm: { asn: 1 } }, 'new')).toEqual([{ path: ['nama'], new: 'X' }, { path: ['sdm'], new: { asn: 1 } }]);
    expect(wholeFile({ nama: 'X' }, 'old')).toEqual([{ path: ['nama'], old: 'X' }]);
  });
});

describe('compareProjects', () => {
  it('ignores a file whose text changed but whose data did not (comments, layout)', () => {
    const data = { nama: 'Dinas Sosial', singkatan: 'Dinsos' };
    const d = compareProjects({ files: [opd('dinsos', data, 'nama: Dinas Sosial\nsingkatan: Dinsos\n')] }, { files: [opd('dinsos', data, '# catatan\nnama: Dinas Sosial\nsingkatan: Dinsos\n')] });
    expect(d.files).toEqual([]);
  });

  it('pairs a file git reports renamed, and one whose content is the same, as one changed file', () => {
    const a = { path: 'data/program/a.yaml', kind: 'program' as const, id: 'a', text: 'nama: A\n', data: { nama: 'A', opd: 'dishub' } };
    const aNow = { path: 'data/program/a-baru.yaml', kind: 'program' as const, id: 'a-baru', text: 'nama: A2\n', data: { nama: 'A2', opd: 'dishub' } };
    const b = { path: 'data/program/b.yaml', kind: 'program' as const, id: 'b', text: 'nama: B\n', data: { nama: 'B', opd: 'dlh' } };
    const bNow = { ...b, path: 'data/program/b-lain.yaml', id: 'b-lain' };
    const c = { path: 'data/program/c.yaml', kind: 'program' as const, id: 'c', text: 'nama: C\n', data: { nama: 'C', opd: 'dlh' } };
    const d = compareProjects({ files: [a, b, c] }, { files: [aNow, bNow] }, { renames: new Map([['data/program/a-baru.yaml', 'data/program/a.yaml']]) });
    expect(d.files).toEqual([
      { file: 'data/program/a-baru.yaml', status: 'changed', oldFile: 'data/program/a.yaml', kind: 'program', id: 'a-baru', oldId: 'a', opd: 'dishub', changes: [{ path: ['nama'], old: 'A', new: 'A2' }] },
      { file: 'data/program/b-lain.yaml', status: 'changed', oldFile: 'data/program/b.yaml', kind: 'program', id: 'b-lain', oldId: 'b', opd: 'dlh', changes: [] },
      { file: 'data/program/c.yaml', status: 'removed', kind: 'program', id: 'c', opd: 'dlh', changes: [{ path: ['nama'], old: 'C' }, { path: ['opd'], old: 'dlh' }] },
    ]);
  });

  it('does not pair files of different kinds, nor a rename git reports onto another kind', () => {
    const p = { path: 'data/program/x.yaml', kind: 'program' as const, id: 'x', text: 'nama: X\n', data: { nama: 'X' } };
    const q = { path: 'data/quickwin/x.yaml', kind: 'quickwin' as const, id: 'x', text: 'nama: X\n', data: { nama: 'X' } };
    const d = compareProjects({ files: [p] }, { files: [q] }, { renames: new Map([[q.path, p.path]]) });
    expect(d.files.map((f) => [f.file, f.status])).toEqual([['data/program/x.yaml', 'removed'], ['data/quickwin/x.yaml', 'added']]);
  });

  it('marks a file whose version does not validate, and leaves out the effects', () => {
    const old = { ...opd('dinsos', undefined, 'nama: [\n'), data: undefined };
    const d = compareProjects({ files: [old] }, { files: [opd('dinsos', { nama: 'Dinas Sosial' })] });
    expect(d.files).toEqual([{ file: 'data/opd/dinsos.yaml', status: 'changed', kind: 'opd', id: 'dinsos', opd: 'dinsos', changes: [], invalid: 'old' }]);
    expect(d.effects).toBeUndefined();
  });

  it('names the OPD of each file: itself, the owner, the first OPD of an issue, none for city-wide files', () => {
    const files: SideFile[] = [
      opd('dinsos', { nama: 'Dinas Sosial' }),
      { path: 'data/quickwin/q.yaml', kind: 'quickwin', id: 'q', text: 'q', data: { opd: 'diskominfo' } },
      { path: 'data/isu/i.yaml', kind: 'isu', id: 'i', text: 'i', data: { opd: ['dlh', 'dinkes'] } },
      { path: 'data/isu/j.yaml', kind: 'isu', id: 'j', text: 'j', data: { judul: 'J' } },
      { path: 'data/kesiapan.yaml', kind: 'kesiapan', text: 'k', data: {} },
    ];
    expect(compareProjects({ files: [] }, { files }).files.map((f) => [f.file, f.opd])).toEqual([
      ['data/isu/i.yaml', 'dlh'],
      ['data/isu/j.yaml', null],
      ['data/kesiapan.yaml', null],
      ['data/opd/dinsos.yaml', 'dinsos'],
      ['data/quickwin/q.yaml', 'diskominfo'],
    ]);
  });
});
