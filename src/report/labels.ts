/**
 * Indonesian labels of the closed lists of the input format and of the scoring, as the books and
 * the workbook print them: one label per value.
 */
import type { ProfileSection } from '../model/index.js';
import type { Ranking } from '../score/types.js';
import type { OpdData, ProgramData, ProjectConfig, QuickWinData } from '../schema/index.js';

type Jenis = NonNullable<OpdData['jenis']>;
type StatusAplikasi = NonNullable<OpdData['aplikasi']>[number]['status'];
type Pengembang = NonNullable<NonNullable<OpdData['aplikasi']>[number]['pengembang']>;
type Unsur = NonNullable<NonNullable<ProjectConfig['tim']>['dewan']>[number]['unsur'];
type Peran = NonNullable<NonNullable<ProjectConfig['tim']>['pelaksana']>[number]['peran'];

/** Kinds of OPD, in the order the OPD table groups them. */
export const JENIS_OPD: ReadonlyArray<readonly [Jenis, string]> = [
  ['sekretariat', 'Sekretariat'],
  ['inspektorat', 'Inspektorat'],
  ['badan', 'Badan'],
  ['dinas', 'Dinas'],
  ['rsud', 'Rumah Sakit Umum Daerah'],
  ['kecamatan', 'Kecamatan'],
  ['kelurahan', 'Kelurahan'],
  ['bumd', 'Badan Usaha Milik Daerah'],
  ['lainnya', 'Lainnya'],
];

/** Status of an existing application, in table order. */
export const STATUS_APLIKASI: ReadonlyArray<readonly [StatusAplikasi, string]> = [
  ['aktif', 'Aktif'],
  ['pengembangan', 'Dalam pengembangan'],
  ['tidak-aktif', 'Tidak aktif'],
];

/** Who built an application. */
export const PENGEMBANG: Readonly<Record<Pengembang, string>> = {
  internal: 'Internal',
  'pihak-ketiga': 'Pihak ketiga',
  pusat: 'Pusat',
};

/** The optional sections of an OPD profile, as the completeness tables name them. */
export const BAGIAN_PROFIL: Readonly<Record<ProfileSection, string>> = {
  jenis: 'Jenis',
  kepala: 'Kepala',
  tupoksi: 'Tupoksi',
  kontak: 'Kontak',
  sdm: 'SDM',
  anggaran: 'Anggaran',
  aplikasi: 'Aplikasi',
  infrastruktur: 'Infrastruktur',
  data_set: 'Data set',
  layanan: 'Layanan',
  permasalahan: 'Permasalahan',
  swot: 'SWOT',
};

/** Program horizons (docs/input.md): label and the usual span. */
export const JANGKA: ReadonlyArray<readonly [ProgramData['jangka'], string, string]> = [
  ['pendek', 'Jangka Pendek', 'satu tahun'],
  ['menengah', 'Jangka Menengah', 'lima tahun'],
  ['panjang', 'Jangka Panjang', 'sepuluh tahun'],
];

/** The four rencana aksi blocks (docs/input.md), with the sentence that introduces each. */
export const KATEGORI: ReadonlyArray<readonly [ProgramData['kategori'], string, string]> = [
  [
    'kebijakan',
    'Pengembangan Kebijakan dan Kelembagaan',
    'Rencana aksi ini menyiapkan regulasi, kebijakan, dan kelembagaan yang menjadi landasan penyelenggaraan smart city.',
  ],
  [
    'infrastruktur',
    'Pengembangan Infrastruktur Pendukung',
    'Rencana aksi ini membangun dan memperkuat infrastruktur fisik dan digital yang dibutuhkan layanan smart city.',
  ],
  [
    'aplikasi',
    'Pengembangan Perangkat Lunak dan Aplikasi',
    'Rencana aksi ini mengembangkan dan mengintegrasikan aplikasi yang melayani warga dan mendukung kerja pemerintah daerah.',
  ],
  [
    'literasi',
    'Penguatan Literasi dan Perubahan Pola Pikir',
    'Rencana aksi ini meningkatkan literasi digital aparatur dan warga serta membangun pola pikir dan pola tindak yang mendukung smart city.',
  ],
];

/** Pentahelix elements of the Dewan Smart City and of quick-win partners. */
export const UNSUR: Readonly<Record<Unsur, string>> = {
  pemerintah: 'Pemerintah',
  akademisi: 'Akademisi',
  'dunia-usaha': 'Dunia usaha',
  komunitas: 'Komunitas',
  media: 'Media',
};

/** Roles in the Tim Pelaksana, in the order the team table lists them. */
export const PERAN: ReadonlyArray<readonly [Peran, string]> = [
  ['ketua', 'Ketua'],
  ['sekretaris', 'Sekretaris'],
  ['anggota', 'Anggota'],
];

/** Funding sources. */
export const SUMBER_DANA: Readonly<Record<QuickWinData['anggaran']['sumber'], string>> = {
  APBD: 'APBD',
  APBN: 'APBN',
  DAK: 'Dana Alokasi Khusus (DAK)',
  CSR: 'Tanggung jawab sosial perusahaan (CSR)',
  swasta: 'Swasta',
  hibah: 'Hibah',
  lainnya: 'Sumber lain',
};

/** Kinds of quick-win indicators. */
export const JENIS_INDIKATOR: Readonly<Record<'output' | 'outcome', string>> = {
  output: 'Keluaran (output)',
  outcome: 'Hasil (outcome)',
};

/** Benefit and cost criteria. */
export const JENIS_KRITERIA: Readonly<Record<Ranking['criteria'][number]['jenis'], string>> = {
  benefit: 'Manfaat (benefit)',
  cost: 'Biaya (cost)',
};

/** The scoring methods of docs/scoring.md as the books and the workbook name them, with how each turns values into a score. */
export const METODE: Readonly<Record<Ranking['method'], { singkat: string; nama: string; cara: string }>> = {
  saw: {
    singkat: 'SAW',
    nama: 'Simple Additive Weighting (SAW)',
    cara:
      'Nilai setiap kriteria dinormalkan: pada kriteria manfaat nilai usulan dibagi nilai terbesar, pada kriteria biaya nilai terkecil dibagi nilai usulan. Nilai ternormalkan dikalikan bobot kriteria, lalu dijumlahkan menjadi skor akhir antara 0 dan 1.',
  },
  wp: {
    singkat: 'WP',
    nama: 'Weighted Product (WP)',
    cara:
      'Nilai setiap kriteria dipangkatkan dengan bobotnya (bertanda negatif pada kriteria biaya), hasilnya dikalikan, lalu dibagi jumlah hasil seluruh usulan sehingga skor akhir seluruh usulan berjumlah 1.',
  },
  topsis: {
    singkat: 'TOPSIS',
    nama: 'Technique for Order of Preference by Similarity to Ideal Solution (TOPSIS)',
    cara:
      'Nilai setiap kriteria dinormalkan dengan norma vektor dan dikalikan bobot. Skor akhir adalah kedekatan relatif usulan terhadap solusi ideal, yaitu jarak ke solusi anti-ideal dibagi jumlah jarak ke solusi ideal dan anti-ideal, antara 0 dan 1.',
  },
};

/** Readiness levels of a 1–5 score (local practice: 1 belum ada, 3 sebagian, 5 optimal). */
export const TINGKAT_KESIAPAN: Readonly<Record<1 | 2 | 3 | 4 | 5, string>> = {
  1: 'belum ada',
  2: 'terbatas',
  3: 'sebagian',
  4: 'memadai',
  5: 'optimal',
};

/** The title of the head of the region by kind of region. */
export const KEPALA_DAERAH: Readonly<Record<ProjectConfig['daerah']['jenis'], string>> = {
  kota: 'Wali Kota',
  kabupaten: 'Bupati',
  provinsi: 'Gubernur',
};

/**
 * Ya / Tidak for a flag; null when unknown.
 * @param b the flag
 * @returns the label or null
 */
export function yaTidak(b: boolean | undefined): string | null {
  return b === undefined ? null : b ? 'Ya' : 'Tidak';
}

/**
 * The label of a value in a list of [value, label] pairs.
 * @param pairs the list
 * @param value the value
 * @returns its label, or the value itself when unknown
 */
export function labelOf<T extends string>(pairs: ReadonlyArray<readonly [T, string, ...string[]]>, value: T): string {
  return pairs.find((p) => p[0] === value)?.[1] ?? value;
}

/** How often a data set is updated. */
export const FREKUENSI: Readonly<Record<NonNullable<NonNullable<OpdData['data_set']>[number]['frekuensi']>, string>> = {
  harian: 'Harian',
  mingguan: 'Mingguan',
  bulanan: 'Bulanan',
  tahunan: 'Tahunan',
  insidental: 'Insidental',
};

/** How a public service is delivered. */
export const JENIS_LAYANAN: Readonly<Record<NonNullable<NonNullable<OpdData['layanan']>[number]['jenis']>, string>> = {
  daring: 'Daring',
  luring: 'Luring',
  hibrid: 'Hibrid (daring dan luring)',
};

/** The status of a quick-win proposal. */
export const STATUS_QUICKWIN: Readonly<Record<QuickWinData['status'], string>> = {
  usulan: 'Usulan',
  terpilih: 'Terpilih',
  berjalan: 'Berjalan',
  selesai: 'Selesai',
};

/** Kinds of region. */
export const JENIS_DAERAH: Readonly<Record<ProjectConfig['daerah']['jenis'], string>> = {
  kota: 'Kota',
  kabupaten: 'Kabupaten',
  provinsi: 'Provinsi',
};
