/** The view models: plain data with every field present, sums and counts that match the model, gaps, orders and placeholders. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Analysis } from '../../pipeline/analyse.js';
import { loadAnalysis } from '../../../test/fixtures/books/example.js';
import { buildViewModel, createCtx, type BookNo, type ViewModelOptions } from './index.js';
import { isian, kosong } from './options.js';
import { kesiapanVM } from './kesiapan.js';
import { nilaiAhp } from './peringkat.js';
import { daftarKata } from './context.js';
import { BARIS_PER_GAMBAR, BATANG_MAKS, bagiGambar, ringkasBatang } from './peta-jalan.js';

const FINAL: ViewModelOptions = { draft: false, buildDate: new Date(Date.UTC(2022, 8, 14)) };
const DRAFT: ViewModelOptions = { ...FINAL, draft: true };

let a: Analysis;

beforeAll(async () => {
  a = await loadAnalysis();
});

/** Paths of values a strict template could not print: undefined, NaN, infinities, class instances. */
function badValues(value: unknown, at = '$'): string[] {
  if (value === undefined) return [at];
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [at];
  if (value === null || typeof value !== 'object') return [];
  if (Array.isArray(value)) return value.flatMap((v, i) => badValues(v, `${at}[${i}]`));
  if (Object.getPrototypeOf(value) !== Object.prototype) return [at];
  return Object.entries(value).flatMap(([k, v]) => badValues(v, `${at}.${k}`));
}

describe('every book view model', () => {
  it('is plain JSON data with no undefined, NaN or class instance anywhere', () => {
    for (const no of [1, 2, 3, 4] as BookNo[]) {
      for (const options of [FINAL, DRAFT]) {
        const vm = buildViewModel(a.model, a.ranking, no, options);
        expect(badValues(vm), `book ${no}`).toEqual([]);
        expect(JSON.parse(JSON.stringify(vm))).toEqual(vm);
      }
    }
  });

  it('is the same for the same input', () => {
    expect(JSON.stringify(buildViewModel(a.model, a.ranking, 2, FINAL))).toBe(JSON.stringify(buildViewModel(a.model, a.ranking, 2, FINAL)));
  });
});

describe('Buku I view model', () => {
  it('counts OPDs, staff and applications as the data does', () => {
    const vm = buildViewModel(a.model, a.ranking, 1, FINAL);
    const opd = a.model.opd;
    expect(vm.opd.jumlah).toBe(opd.length);
    expect(vm.opd.total.jumlah).toBe(opd.reduce((t, o) => t + (o.data.sdm ? o.data.sdm.asn + o.data.sdm.non_asn : 0), 0));
    expect(vm.opd.perJenis.reduce((t, j) => t + j.jumlah, 0)).toBe(opd.length);
    const apps = opd.flatMap((o) => o.data.aplikasi ?? []);
    expect(vm.aplikasi.jumlah).toBe(apps.length);
    expect(vm.aplikasi.perStatus.map((s) => s.jumlah)).toEqual(['aktif', 'pengembangan', 'tidak-aktif'].map((s) => apps.filter((x) => x.status === s).length));
    expect(vm.aplikasi.perDimensi.reduce((t, d) => t + d.jumlah, 0)).toBe(apps.length);
    expect(vm.aplikasi.opdTanpaAplikasi).toBe('Kecamatan Tegal Barat dan Kecamatan Tegal Timur');
    expect(vm.anggaran.totalPagu).toBe(opd.reduce((t, o) => t + ([...(o.data.anggaran ?? [])].sort((x, y) => y.tahun - x.tahun)[0]?.pagu ?? 0), 0));
  });

  it('orders the OPD table by kind, then name, and numbers it', () => {
    const rows = buildViewModel(a.model, a.ranking, 1, FINAL).opd.baris;
    expect(rows[0]?.nama).toBe('Sekretariat Daerah');
    expect(rows.map((r) => r.nomor)).toEqual(rows.map((_, i) => i + 1));
    expect(rows.filter((r) => r.jenis === 'Kecamatan').map((r) => r.nama)).toEqual([
      'Kecamatan Margadana',
      'Kecamatan Tegal Barat',
      'Kecamatan Tegal Selatan',
      'Kecamatan Tegal Timur',
    ]);
  });

  it('ticks each issue under each of its dimensions', () => {
    const isu = buildViewModel(a.model, a.ranking, 1, FINAL).isu;
    const air = isu.baris.find((b) => b.id === 'air-bersih');
    expect(air?.matriks.map((m) => m.tanda)).toEqual(['', '', '', '√', '', '√']);
    expect(air?.dimensi).toBe('Smart Living dan Smart Environment');
    expect(isu.kolom.map((k) => k.jumlah)).toEqual(a.model.dimensions.map((d) => d.isu.length));
  });

  it('describes an issue of several dimensions under the first and refers to it under the others', () => {
    const dims = buildViewModel(a.model, a.ranking, 1, FINAL).analisis;
    const judul = a.model.isu.find((x) => x.id === 'air-bersih')?.data.judul;
    const under = dims.flatMap((d) => d.isu.filter((x) => x.judul === judul).map((x) => ({ dim: d.id, rujukan: x.rujukan })));
    expect(under).toEqual([
      { dim: 'living', rujukan: null },
      { dim: 'environment', rujukan: 'Smart Living' },
    ]);
    // Every issue is described exactly once.
    const described = dims.flatMap((d) => d.isu.filter((x) => x.rujukan === null).map((x) => x.judul));
    expect(new Set(described).size).toBe(described.length);
    expect(described).toHaveLength(a.model.isu.length);
  });
});

describe('readiness', () => {
  it('averages each pillar and measures the gap to the target 5', () => {
    const k = kesiapanVM(createCtx(a.model, a.ranking, FINAL));
    expect(k.pilar.map((p) => p.rataRata)).toEqual([8 / 3, 10 / 3, 7 / 3]);
    expect(k.kesenjangan[0]).toMatchObject({ nama: 'Sumber daya manusia', skor: 2, kesenjangan: 3, prioritas: 'Tinggi', nomor: 1 });
    expect(k.kesenjangan.at(-1)).toMatchObject({ nama: 'Infrastruktur fisik', kesenjangan: 1, prioritas: 'Rendah' });
    expect(k.terlemah).toBe('sumber daya manusia, kebijakan, dan pelaksanaan');
  });

  it('stands in a placeholder for a missing assessment in a draft only', () => {
    const { kesiapan: _k, ...rest } = a.model;
    const model = { ...rest };
    const draft = kesiapanVM(createCtx(model, a.ranking, DRAFT));
    expect(draft.ada).toBe(false);
    expect(draft.kosong).toEqual(kosong('Penilaian kesiapan daerah', 'Tim Pelaksana Smart City'));
    expect(draft.pilar[0]?.aspek[0]?.kosong).toEqual(kosong('Skor aspek Sumber daya manusia', 'Tim Pelaksana Smart City'));
    expect(kesiapanVM(createCtx(model, a.ranking, FINAL)).kosong).toBeNull();
  });
});

describe('Buku II view model', () => {
  it('groups programs by horizon and by action-plan block, with subtotals that add up', () => {
    const p = buildViewModel(a.model, a.ranking, 2, FINAL).program;
    const total = a.model.program.reduce((t, x) => t + (x.data.anggaran_indikatif ?? 0), 0);
    expect(p.totalAnggaran).toBe(total);
    expect(p.perJangka.reduce((t, g) => t + g.totalAnggaran, 0)).toBe(total);
    expect(p.perKategori.reduce((t, g) => t + g.totalAnggaran, 0)).toBe(total);
    expect(p.perJangka.map((g) => g.jumlah)).toEqual(['pendek', 'menengah', 'panjang'].map((j) => a.model.program.filter((x) => x.data.jangka === j).length));
    expect(p.perKategori.map((g) => g.judul)).toEqual([
      'Pengembangan Kebijakan dan Kelembagaan',
      'Pengembangan Infrastruktur Pendukung',
      'Pengembangan Perangkat Lunak dan Aplikasi',
      'Penguatan Literasi dan Perubahan Pola Pikir',
    ]);
  });

  it('lays the roadmap over the years of the period, quick wins first in each dimension', () => {
    const pj = buildViewModel(a.model, a.ranking, 2, FINAL).petaJalan;
    expect(pj.tahun.map((t) => t.tahun)).toEqual([2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032]);
    expect(pj.jumlah).toBe(a.model.program.length + a.ranking.quickwins.filter((p) => p.selected).length);
    const governance = pj.kelompok[0];
    expect(governance?.baris[0]).toMatchObject({ nama: 'E-Kelurahan', jenis: 'Quick win' });
    expect(governance?.baris[0]?.sel.map((s) => s.isi).join('')).toBe('■');
    const fiber = governance?.baris.find((b) => b.nama.startsWith('Perluasan Jaringan Serat Optik'));
    expect(fiber?.sel.every((s) => s.isi === '■')).toBe(true);
    const running = (y: number): number => a.model.program.filter((x) => x.data.tahun.mulai <= y && x.data.tahun.selesai >= y).length;
    expect(pj.perTahun.map((t) => t.program)).toEqual(pj.tahun.map((t) => running(t.tahun)));
    expect(pj.perTahun[0]).toMatchObject({ tahun: 2023, quickwin: 6, jumlah: 6 + running(2023) });
    expect(pj.batang.find((b) => b.label === 'Asela Dijaketi')).toMatchObject({ mulai: 2023 + 1 / 12, rentang: 'Feb–Nov 2023' });
  });

  it('keeps the ranking order, the selection and the selected budget of the ranking', () => {
    const vm = buildViewModel(a.model, a.ranking, 2, FINAL);
    expect(vm.peringkat.baris.map((b) => b.id)).toEqual(a.ranking.quickwins.map((p) => p.id));
    expect(vm.peringkat.jumlahTerpilih).toBe(6);
    expect(vm.terpilih.totalAnggaran).toBe(2_225_000_000);
    expect(vm.terpilih.baris.map((b) => b.dimensi)).toEqual(a.model.dimensions.map((d) => d.info.nama));
    expect(vm.peringkat.baris.find((b) => b.id === 'pju-cerdas')).toMatchObject({
      memenuhi: false,
      status: 'Tidak memenuhi syarat',
      alasan: 'Durasi 18 bulan melebihi batas 12 bulan',
    });
    expect(vm.sensitivitas.ada).toBe(true);
    expect(vm.sensitivitas.baris).toHaveLength(a.ranking.quickwins.length);
    expect(vm.tim.pelaksana[0]?.peran).toBe('Ketua');
  });
});

describe('Buku IV view model', () => {
  it('profiles each selected quick win with its schedule and score breakdown', () => {
    const vm = buildViewModel(a.model, a.ranking, 4, FINAL);
    expect(vm.profil.map((p) => p.id)).toEqual(vm.terpilih.baris.map((b) => b.id));
    const asela = vm.profil.find((p) => p.id === 'asela-dijaketi');
    expect(asela?.jadwal.teks).toBe('Februari 2023 sampai November 2023');
    expect(asela?.opd).toBe('Dinas Sosial');
    expect(asela?.skor.rincian.map((r) => r.kriteria)).toEqual(a.ranking.criteria.map((c) => c.nama));
    expect(asela?.skor.rincian.at(-1)?.nilai).toBe('Rp275.000.000');
    expect(asela?.lanjutan).toBe('Integrasi Asela Dijaketi dengan Layanan Rujukan Sosial Terpadu');
    expect(vm.tidakMemenuhi.map((b) => b.id)).toEqual(['pju-cerdas']);
  });
});

describe('roadmap charts', () => {
  const bar = (dimensi: string, i: number) => ({ label: `P${i}`, dimensi, jenis: 'Jangka Menengah', mulai: 2024, selesai: 2028, rentang: '2024–2027' });

  it('draw a roadmap that fits one page as one chart', () => {
    const parts = bagiGambar(Array.from({ length: 25 }, (_, i) => bar(`D${Math.floor(i / 5)}`, i)));
    expect(parts.map((p) => [p.kunci, p.bagian, p.batang.length])).toEqual([['peta-jalan', '', 25]]);
  });

  it('split a long roadmap into full pages, a dimension continuing on the next: no chart holds only a few rows', () => {
    const bars = [...Array.from({ length: 20 }, (_, i) => bar('A', i)), ...Array.from({ length: 15 }, (_, i) => bar('B', i)), ...Array.from({ length: 40 }, (_, i) => bar('C', i))];
    const parts = bagiGambar(bars);
    expect(parts.map((p) => p.batang.length)).toEqual([28, 28, 19]);
    expect(parts.map((p) => p.kunci)).toEqual(['peta-jalan', 'peta-jalan-2', 'peta-jalan-3']);
    expect(parts[1]?.bagian).toBe('bagian 2 dari 3');
    expect(parts.every((p) => p.batang.length <= BARIS_PER_GAMBAR)).toBe(true);
    expect(parts.flatMap((p) => p.batang)).toEqual(bars);
  });

  it('draw a roadmap of more than three pages as one bar per dimension and kind', () => {
    const bars = [
      ...Array.from({ length: 3 }, (_, i) => ({ ...bar('A', i), jenis: 'Quick win', mulai: 2023 + i / 12, selesai: 2023.5 + i / 12 })),
      ...Array.from({ length: 50 }, (_, i) => ({ ...bar('A', i), mulai: 2024 + (i % 3), selesai: 2029 })),
      ...Array.from({ length: 40 }, (_, i) => bar('B', i)),
    ];
    expect(bars.length).toBeGreaterThan(BATANG_MAKS);
    expect(ringkasBatang(bars)).toEqual([
      { label: '3 quick win', dimensi: 'A', jenis: 'Quick win', mulai: 2023, selesai: 2023.5 + 2 / 12, rentang: '2023' },
      { label: '50 program jangka menengah', dimensi: 'A', jenis: 'Jangka Menengah', mulai: 2024, selesai: 2029, rentang: '2024–2028' },
      { label: '40 program jangka menengah', dimensi: 'B', jenis: 'Jangka Menengah', mulai: 2024, selesai: 2028, rentang: '2024–2027' },
    ]);
  });
});

describe('helpers', () => {
  it('writes missing text as a placeholder only in a draft', () => {
    expect(isian('  teks ', 'Data', 'Dinas', DRAFT)).toEqual({ ada: true, teks: 'teks', kosong: null });
    expect(isian(undefined, 'Data SDM', 'Dinas Sosial', DRAFT)).toEqual({ ada: true, teks: null, kosong: { apa: 'Data SDM', opd: 'Dinas Sosial' } });
    expect(isian(' ', 'Data SDM', 'Dinas Sosial', FINAL)).toEqual({ ada: false, teks: null, kosong: null });
  });

  it('joins names and writes AHP judgements the usual way', () => {
    expect(daftarKata([])).toBe('');
    expect(daftarKata(['A'])).toBe('A');
    expect(daftarKata(['A', 'B'])).toBe('A dan B');
    expect(daftarKata(['A', 'B', 'C'])).toBe('A, B, dan C');
    expect([3, 1 / 3, 1, 2.5].map(nilaiAhp)).toEqual(['3', '1/3', '1', '2,50']);
  });
});
