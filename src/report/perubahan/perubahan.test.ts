/** The change notes in words: every field has a name, values read as the books write them, the view in order. */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { ProjectDiff, SideFile } from '../../diff/index.js';
import { KINDS, SCHEMAS, type Kind } from '../../schema/index.js';
import { catatanPerubahan, fieldLabel, fieldTables, fieldWords, nameBook, patternOf, valueWords } from './index.js';

type AnyZod = z.ZodType;

function unwrap(s: AnyZod): AnyZod {
  let cur = s;
  while (cur instanceof z.ZodOptional || cur instanceof z.ZodDefault || cur instanceof z.ZodNullable) cur = cur.unwrap() as AnyZod;
  return cur;
}

/** Every field pattern of a schema, read from the zod schema itself. */
function patterns(s: AnyZod, prefix = ''): string[] {
  const t = unwrap(s);
  const out: string[] = [];
  if (t instanceof z.ZodObject) {
    for (const [key, child] of Object.entries<AnyZod>(t.shape)) {
      const p = prefix === '' ? key : `${prefix}.${key}`;
      out.push(p);
      if (key !== 'ekstra') out.push(...patterns(child, p));
    }
  } else if (t instanceof z.ZodArray) {
    const el = unwrap(t.element as AnyZod);
    if (el instanceof z.ZodObject) out.push(...patterns(el, `${prefix}[]`));
  } else if (t instanceof z.ZodRecord) {
    out.push(`${prefix}.*`);
  }
  return out;
}

const files = (list: Array<Partial<SideFile> & { path: string; kind: Kind }>): SideFile[] => list.map((f) => ({ text: '', ...f }));

describe('field names', () => {
  it('names every field of every kind of input file, and only fields that exist', () => {
    for (const kind of KINDS) {
      const all = patterns(SCHEMAS[kind] as AnyZod);
      const missing = all.filter((p) => fieldWords(kind, p) === undefined);
      expect(missing, `${kind} fields without a name`).toEqual([]);
      const stale = Object.keys(fieldTables()[kind]).filter((k) => !all.includes(k));
      expect(stale, `${kind} names of fields that do not exist`).toEqual([]);
    }
  });

  it('names a field inside a list by its item, a score by its criterion', () => {
    const names = nameBook([files([{ path: 'masterplan.yaml', kind: 'masterplan', data: { penilaian: { kriteria: [{ id: 'dampak', nama: 'Dampak' }] } } }])]);
    const opd = { anggaran: [{ tahun: 2023, pagu: 1 }, { tahun: 2024, pagu: 2 }], aplikasi: [{ nama: 'SiPeDe', status: 'aktif' }], sdm: { tik: 1 } };
    expect(fieldLabel('opd', ['anggaran', 1, 'pagu'], opd, names)).toBe('Anggaran tahun 2024: Pagu');
    expect(fieldLabel('opd', ['aplikasi', 0, 'status'], opd, names)).toBe('Aplikasi “SiPeDe”: Status');
    expect(fieldLabel('opd', ['aplikasi', 0], opd, names)).toBe('Aplikasi “SiPeDe”');
    expect(fieldLabel('opd', ['sdm', 'tik'], opd, names)).toBe('Jumlah SDM TIK');
    expect(fieldLabel('quickwin', ['skor', 'dampak'], {}, names)).toBe('Skor Dampak');
    const qw = { penilaian: [{ penilai: 'Budi', skor: { dampak: 4 } }] };
    expect(fieldLabel('quickwin', ['penilaian', 0, 'skor', 'dampak'], qw, names)).toBe('Penilaian oleh “Budi”: Skor Dampak');
    expect(fieldLabel('masterplan', ['bimtek', 0, 'tanggal'], { bimtek: [{ tahap: 2, tanggal: '2024-07-16' }] }, names)).toBe('Bimtek tahap 2: Tanggal');
    expect(fieldLabel('quickwin', ['indikator', 1, 'target'], { indikator: [{ satuan: 'x' }, { satuan: 'y' }] }, names)).toBe('Indikator ke-2: Target');
    expect(fieldLabel('opd', ['ekstra', 'catatan'], {}, names)).toBe('Data tambahan (ekstra.catatan)');
    expect(fieldLabel('kesiapan', ['struktur', 'sdm', 'skor'], {}, names)).toBe('Kesiapan Struktur, sumber daya manusia: skor');
    expect(patternOf('quickwin', ['penilaian', 3, 'skor', 'urgensi'])).toBe('penilaian[].skor.*');
  });
});

describe('values in words', () => {
  const names = nameBook([
    files([
      { path: 'data/opd/dinsos.yaml', kind: 'opd', id: 'dinsos', data: { nama: 'Dinas Sosial', singkatan: 'Dinsos' } },
      { path: 'data/isu/air.yaml', kind: 'isu', id: 'air', data: { judul: 'Air bersih' } },
    ]),
  ]);
  it('writes Rupiah, dates, months, years, labels, names, Ya/Tidak and Indonesian numbers', () => {
    expect(valueWords(2_100_000_000, 'quickwin', ['anggaran', 'nilai'], names)).toBe('Rp2.100.000.000');
    expect(valueWords(400_000_000, 'opd', ['anggaran', 0, 'tik'], names)).toBe('Rp400.000.000');
    expect(valueWords(12, 'opd', ['sdm', 'tik'], names)).toBe('12');
    expect(valueWords(1250, 'opd', ['infrastruktur', 'komputer'], names)).toBe('1.250');
    expect(valueWords(2.5, 'opd', ['infrastruktur', 'bandwidth_mbps'], names)).toBe('2,5');
    expect(valueWords(2024, 'opd', ['anggaran', 0, 'tahun'], names)).toBe('2024');
    expect(valueWords(2025, 'masterplan', ['periode', 'mulai'], names)).toBe('2025');
    expect(valueWords('2022-06-21', 'masterplan', ['bimtek', 0, 'tanggal'], names)).toBe('21 Juni 2022');
    expect(valueWords('2025-03', 'quickwin', ['mulai'], names)).toBe('Maret 2025');
    expect(valueWords('pengembangan', 'opd', ['aplikasi', 0, 'status'], names)).toBe('Dalam pengembangan');
    expect(valueWords('CSR', 'quickwin', ['anggaran', 'sumber'], names)).toBe('Tanggung jawab sosial perusahaan (CSR)');
    expect(valueWords('dinsos', 'quickwin', ['opd'], names)).toBe('Dinsos');
    expect(valueWords(['air', 'banjir'], 'quickwin', ['isu'], names)).toBe('Air bersih; banjir');
    expect(valueWords('living', 'quickwin', ['dimensi'], names)).toBe('Smart Living');
    expect(valueWords(true, 'opd', ['infrastruktur', 'pusat_data'], names)).toBe('Ya');
    expect(valueWords(undefined, 'opd', ['tupoksi'], names)).toBe('—');
    expect(valueWords({ asn: 30, non_asn: 10, tik: 12 }, 'opd', ['sdm'], names)).toBe('Jumlah pegawai ASN: 30; Jumlah pegawai non-ASN: 10; Jumlah SDM TIK: 12');
    expect(valueWords([{ nama: 'A', status: 'aktif' }, { nama: 'B', status: 'aktif' }], 'opd', ['aplikasi'], names)).toBe('A; B');
    expect(valueWords([], 'opd', ['aplikasi'], names)).toBe('(kosong)');
    expect(valueWords('x'.repeat(300), 'opd', ['tupoksi'], names)).toMatch(/^x{159}…$/);
  });
});

describe('catatanPerubahan', () => {
  const old = files([
    { path: 'masterplan.yaml', kind: 'masterplan', data: { daerah: { nama: 'Kota Uji' } } },
    { path: 'data/opd/dinsos.yaml', kind: 'opd', id: 'dinsos', data: { nama: 'Dinas Sosial', singkatan: 'Dinsos', sdm: { asn: 1, non_asn: 0, tik: 5 } } },
    { path: 'data/quickwin/sapa.yaml', kind: 'quickwin', id: 'sapa', data: { nama: 'Sapa Warga', opd: 'dinsos' } },
  ]);
  const now = files([
    { path: 'masterplan.yaml', kind: 'masterplan', data: { daerah: { nama: 'Kota Uji' } } },
    { path: 'data/opd/dinsos.yaml', kind: 'opd', id: 'dinsos', data: { nama: 'Dinas Sosial', singkatan: 'Dinsos', sdm: { asn: 1, non_asn: 0, tik: 12 } } },
  ]);
  const diff: ProjectDiff = {
    files: [
      { file: 'data/opd/dinsos.yaml', status: 'changed', kind: 'opd', id: 'dinsos', opd: 'dinsos', changes: [{ path: ['sdm', 'tik'], old: 5, new: 12 }] },
      { file: 'data/quickwin/sapa.yaml', status: 'removed', kind: 'quickwin', id: 'sapa', opd: 'dinsos', changes: [{ path: ['nama'], old: 'Sapa Warga' }] },
      { file: 'masterplan.yaml', status: 'changed', kind: 'masterplan', opd: null, changes: [{ path: ['visi'], new: 'Kota cerdas' }] },
    ],
    effects: {
      ranking: [{ id: 'sapa', opd: 'dinsos', oldRank: 2, newRank: null, oldSelected: true, newSelected: null, oldScore: 0.5, newScore: null }],
      completeness: [{ opd: 'dinsos', old: 0.5, new: 1 }],
      totals: { quickwinAnggaran: { old: 2_030_000_000, new: 2_100_000_000 }, quickwinTerpilihAnggaran: { old: 5, new: 5 }, programAnggaranIndikatif: { old: 9, new: 4 } },
    },
  };

  it('groups the files by OPD, city-wide first, and writes every change and effect in words', () => {
    const vm = catatanPerubahan({ diff, since: { source: 'git', ref: 'a1b2c3d', date: '2024-07-15', asked: '2024-07-16', tahap: 2 }, old, now, daerah: 'Kota Uji', stage: 2 });
    expect(vm.pengantar).toBe(
      'Catatan ini memuat perubahan data Masterplan Smart City Kota Uji sejak Bimbingan Teknis Tahap II tanggal 16 Juli 2024, dibandingkan dengan versi data pada commit a1b2c3d (15 Juli 2024). Perubahan dibaca dari data yang telah diperiksa, bukan dari naskah buku; setiap butir menunjukkan nilai semula dan nilai yang berlaku dalam draf ini.',
    );
    expect(vm.ringkasan).toBe('Sejak versi tersebut tercatat 2 berkas diubah dan 1 berkas dihapus.');
    expect(vm.kelompok.map((k) => k.judul)).toEqual(['Data Tingkat Kota', 'Dinas Sosial (Dinsos)']);
    expect(vm.kelompok[0]?.berkas[0]?.rincian).toEqual([{ butir: 'Visi smart city', semula: '—', menjadi: 'Kota cerdas' }]);
    const dinsos = vm.kelompok[1]?.berkas ?? [];
    expect(dinsos.map((b) => [b.jenis, b.nama, b.keadaan])).toEqual([['Profil OPD', 'Dinas Sosial', 'diubah'], ['Quick win', 'Sapa Warga', 'dihapus']]);
    expect(dinsos[0]?.rincian).toEqual([{ butir: 'Jumlah SDM TIK', semula: '5', menjadi: '12' }]);
    expect(dinsos[1]?.rincian).toEqual([]);
    expect(vm.peringkat?.baris).toEqual([{ nama: 'Sapa Warga', opd: 'Dinsos', semula: '2', kini: '—', terpilihSemula: 'Terpilih', terpilihKini: '—', keterangan: 'usulan dihapus; semula peringkat 2 dan terpilih' }]);
    expect(vm.kelengkapan).toEqual({ tahap: 'II', baris: [{ opd: 'Dinas Sosial (Dinsos)', semula: '50%', kini: '100%' }] });
    expect(vm.anggaran?.baris.map((b) => [b.semula, b.kini, b.selisih])).toEqual([
      ['Rp2.030.000.000', 'Rp2.100.000.000', 'bertambah Rp70.000.000'],
      ['Rp5', 'Rp5', 'tetap'],
      ['Rp9', 'Rp4', 'berkurang Rp5'],
    ]);
  });

  it('says what could not be compared, and names a snapshot as the earlier version', () => {
    const vm = catatanPerubahan({ diff: { files: [] }, since: { source: 'snapshot', date: '2024-07-10' }, old, now, daerah: 'Kota Uji', stage: 4, invalid: { old: 3 } });
    expect(vm.pengantar).toContain('sejak salinan data yang disimpan saat penyusunan tanggal 10 Juli 2024.');
    expect(vm.ringkasan).toBe('Sejak versi tersebut tidak ada berkas data yang berubah.');
    expect(vm.adaPerubahan).toBe(false);
    expect(vm.peringkat).toBeNull();
    expect(vm.kelengkapan).toBeNull();
    expect(vm.anggaran).toBeNull();
    expect(vm.catatan).toEqual([
      'Versi data semula tidak lolos pemeriksaan (3 galat), sehingga peringkat quick win, kelengkapan data, dan jumlah anggaran tidak dibandingkan; berkas yang lolos pemeriksaan tetap dibandingkan.',
    ]);
  });
});
