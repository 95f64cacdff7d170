import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { newYaml, updateYaml, withNote } from './yaml-out.js';

const TEXT = `# yaml-language-server: $schema=../../schema/opd.schema.json
# Profil OPD.

nama: Dinas Contoh   # nama resmi
singkatan: Dinas
tupoksi: >-
  Melaksanakan urusan pemerintahan yang
  sangat panjang.
sdm: { asn: 10, non_asn: 2, tik: 1 }
aplikasi:
  - nama: Portal
    status: aktif
`;

describe('updateYaml', () => {
  it('leaves a file alone when nothing changes', () => {
    expect(updateYaml(TEXT, parse(TEXT) as Record<string, unknown>, 'Diimpor dari formulir f.xlsx (OPD x).')).toBe(TEXT);
  });

  it('replaces only the changed values, keeping comments and layout', () => {
    const data = parse(TEXT) as Record<string, unknown>;
    const next = updateYaml(TEXT, { ...data, nama: 'Dinas: Baru', tupoksi: 'Singkat.', sdm: { asn: 11, non_asn: 2, tik: 1 } }, 'Diimpor dari formulir f.xlsx (OPD x).');
    expect(next).toBe(`# yaml-language-server: $schema=../../schema/opd.schema.json
# Diimpor dari formulir f.xlsx (OPD x).
# Profil OPD.

nama: "Dinas: Baru"   # nama resmi
singkatan: Dinas
tupoksi: Singkat.
sdm: { asn: 11, non_asn: 2, tik: 1 }
aplikasi:
  - nama: Portal
    status: aktif
`);
  });

  it('patches added and removed entries, keeping the comments', () => {
    const data = parse(TEXT) as Record<string, unknown>;
    const next = updateYaml(TEXT, { ...data, singkatan: undefined, aplikasi: [{ nama: 'Portal', status: 'aktif' }, { nama: 'Baru', status: 'pengembangan' }] }, 'n');
    expect(parse(next)).toEqual({ ...data, singkatan: undefined, aplikasi: [{ nama: 'Portal', status: 'aktif' }, { nama: 'Baru', status: 'pengembangan' }] });
    expect(next).toContain('# nama resmi');
    expect(next).not.toContain('singkatan');
  });

  it('replaces an earlier import note', () => {
    expect(withNote('# yaml-language-server: x\n# Diimpor dari formulir a.xlsx.\na: 1\n', 'Diimpor dari formulir b.xlsx.')).toBe('# yaml-language-server: x\n# Diimpor dari formulir b.xlsx.\na: 1\n');
  });

  it('writes new files with the schema line first', () => {
    const text = newYaml('# yaml-language-server: $schema=../../schema/quickwin.schema.json', { nama: '=SUM(A1)', opd: 'x' }, 'Diimpor dari formulir f.xlsx (OPD x).');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../schema/quickwin.schema.json');
    expect(parse(text)).toEqual({ nama: '=SUM(A1)', opd: 'x' });
  });
});
