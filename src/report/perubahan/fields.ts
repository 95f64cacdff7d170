/**
 * The Indonesian name of every field of the input files, as the change notes print it: one label per
 * field path (`[]` stands for any item of a list, `*` for any key of a map), with the label tables of
 * the books for closed lists and the kind of item an id names. The type of a value (Rupiah, date,
 * month, year, number) comes from the zod schemas, not from here.
 */
import type { Kind } from '../../schema/index.js';
import { taxonomy } from '../../taxonomy/index.js';
import {
  FREKUENSI, JANGKA, JENIS_DAERAH, JENIS_INDIKATOR, JENIS_KRITERIA, JENIS_LAYANAN, JENIS_OPD, KATEGORI, METODE, PENGEMBANG, PERAN,
  STATUS_APLIKASI, STATUS_QUICKWIN, SUMBER_DANA, UNSUR,
} from '../labels.js';

/** What an id in a field names. */
export type RefKind = 'opd' | 'isu' | 'quickwin' | 'dimensi' | 'elemen' | 'kriteria';

/** How a field is named and its values read. */
export interface FieldWords {
  readonly label: string;
  /** For a list of records: what one item is called, before its name ("Aplikasi “SiPeDe”"). */
  readonly item?: string;
  /** Labels of the values of a closed list. */
  readonly values?: Readonly<Record<string, string>>;
  /** The kind of item the value (or each value of a list) is the id of. */
  readonly ref?: RefKind;
}

type Table = Readonly<Record<string, string | FieldWords>>;

const pairs = (list: ReadonlyArray<readonly [string, string, ...string[]]>): Record<string, string> => Object.fromEntries(list.map((p) => [p[0], p[1]]));

const INDIKATOR: Table = {
  'indikator': { label: 'Indikator', item: 'Indikator' },
  'indikator[].nama': 'Nama indikator',
  'indikator[].jenis': { label: 'Jenis indikator', values: JENIS_INDIKATOR },
  'indikator[].satuan': 'Satuan',
  'indikator[].baseline': 'Nilai dasar (baseline)',
  'indikator[].target': 'Target',
};

const EKSTRA: Table = { ekstra: 'Data tambahan (ekstra)' };

const MASTERPLAN: Table = {
  'daerah': 'Identitas daerah',
  'daerah.nama': 'Nama daerah',
  'daerah.jenis': { label: 'Jenis daerah', values: JENIS_DAERAH },
  'daerah.provinsi': 'Provinsi',
  'daerah.kepala_daerah': 'Kepala daerah',
  'daerah.logo': 'Berkas logo daerah',
  'periode': 'Periode masterplan',
  'periode.mulai': 'Tahun awal periode',
  'periode.selesai': 'Tahun akhir periode',
  'visi': 'Visi smart city',
  'misi': 'Misi smart city',
  'tim': 'Tim smart city',
  'tim.dewan': { label: 'Dewan Smart City', item: 'Anggota Dewan Smart City' },
  'tim.dewan[].nama': 'Nama',
  'tim.dewan[].jabatan': 'Jabatan',
  'tim.dewan[].unsur': { label: 'Unsur', values: UNSUR },
  'tim.pelaksana': { label: 'Tim Pelaksana', item: 'Anggota Tim Pelaksana' },
  'tim.pelaksana[].nama': 'Nama',
  'tim.pelaksana[].jabatan': 'Jabatan',
  'tim.pelaksana[].peran': { label: 'Peran', values: pairs(PERAN) },
  'tim.pelaksana[].opd': { label: 'Perangkat daerah', ref: 'opd' },
  'bimtek': { label: 'Jadwal bimbingan teknis', item: 'Bimtek tahap' },
  'bimtek[].tahap': 'Tahap',
  'bimtek[].tanggal': 'Tanggal',
  'bimtek[].tempat': 'Tempat',
  'dasar_hukum': 'Dasar hukum',
  'penilaian': 'Penilaian quick win',
  'penilaian.metode': { label: 'Metode penilaian', values: Object.fromEntries(Object.entries(METODE).map(([k, v]) => [k, v.singkat])) },
  'penilaian.skala': 'Skala skor',
  'penilaian.skala.min': 'Skor terendah',
  'penilaian.skala.max': 'Skor tertinggi',
  'penilaian.kriteria': { label: 'Kriteria penilaian', item: 'Kriteria' },
  'penilaian.kriteria[].id': 'Kode kriteria',
  'penilaian.kriteria[].nama': 'Nama kriteria',
  'penilaian.kriteria[].jenis': { label: 'Jenis kriteria', values: JENIS_KRITERIA },
  'penilaian.kriteria[].bobot': 'Bobot',
  'penilaian.kriteria[].dari': { label: 'Nilai diambil dari', values: { anggaran: 'Anggaran', durasi_bulan: 'Durasi (bulan)' } },
  'penilaian.perbandingan': 'Perbandingan berpasangan (AHP)',
  'penilaian.syarat': 'Syarat quick win',
  'penilaian.syarat.durasi_bulan_maks': 'Durasi paling lama (bulan)',
  'penilaian.syarat.anggaran_maks': 'Anggaran paling besar',
  'penilaian.syarat.isu_wajib': 'Wajib menjawab isu strategis',
  'penilaian.pilihan': 'Pemilihan quick win',
  'penilaian.pilihan.per_dimensi': 'Quick win terpilih per dimensi',
  'tahap': { label: 'Model tahap bimtek', item: 'Tahap' },
  'tahap[].tahap': 'Tahap',
  'tahap[].buku': 'Buku yang disusun',
  'tahap[].wajib': 'Data yang wajib',
  'keluaran': 'Keluaran',
  'keluaran.folder': 'Folder keluaran',
  'keluaran.kertas': 'Ukuran kertas',
  'keluaran.bahasa': { label: 'Bahasa pesan', values: { id: 'Bahasa Indonesia', en: 'Bahasa Inggris' } },
  ...EKSTRA,
};

const OPD: Table = {
  'nama': 'Nama OPD',
  'singkatan': 'Singkatan',
  'jenis': { label: 'Jenis OPD', values: pairs(JENIS_OPD) },
  'kepala': 'Kepala OPD',
  'kepala.nama': 'Nama kepala OPD',
  'kepala.jabatan': 'Jabatan kepala OPD',
  'tupoksi': 'Tugas pokok dan fungsi',
  'kontak': 'Kontak',
  'kontak.email': 'Surel',
  'kontak.telepon': 'Telepon',
  'kontak.alamat': 'Alamat kantor',
  'sdm': 'Data SDM',
  'sdm.asn': 'Jumlah pegawai ASN',
  'sdm.non_asn': 'Jumlah pegawai non-ASN',
  'sdm.tik': 'Jumlah SDM TIK',
  'anggaran': { label: 'Anggaran OPD', item: 'Anggaran tahun' },
  'anggaran[].tahun': 'Tahun',
  'anggaran[].pagu': 'Pagu',
  'anggaran[].realisasi': 'Realisasi',
  'anggaran[].tik': 'Belanja TIK',
  'aplikasi': { label: 'Daftar aplikasi', item: 'Aplikasi' },
  'aplikasi[].nama': 'Nama aplikasi',
  'aplikasi[].fungsi': 'Fungsi',
  'aplikasi[].dimensi': { label: 'Dimensi', ref: 'dimensi' },
  'aplikasi[].status': { label: 'Status', values: pairs(STATUS_APLIKASI) },
  'aplikasi[].tahun': 'Tahun mulai dipakai',
  'aplikasi[].tautan': 'Tautan',
  'aplikasi[].terintegrasi': 'Terintegrasi',
  'aplikasi[].pengembang': { label: 'Pengembang', values: PENGEMBANG },
  'infrastruktur': 'Infrastruktur TIK',
  'infrastruktur.bandwidth_mbps': 'Bandwidth internet (Mbps)',
  'infrastruktur.server': 'Jumlah server',
  'infrastruktur.komputer': 'Jumlah komputer',
  'infrastruktur.cctv': 'Jumlah CCTV',
  'infrastruktur.pusat_data': 'Memiliki pusat data sendiri',
  'data_set': { label: 'Data set', item: 'Data set' },
  'data_set[].nama': 'Nama data set',
  'data_set[].format': 'Format',
  'data_set[].frekuensi': { label: 'Frekuensi pemutakhiran', values: FREKUENSI },
  'data_set[].satu_data': 'Masuk Satu Data',
  'layanan': { label: 'Layanan publik', item: 'Layanan' },
  'layanan[].nama': 'Nama layanan',
  'layanan[].jenis': { label: 'Jenis layanan', values: JENIS_LAYANAN },
  'permasalahan': 'Permasalahan',
  'swot': 'Analisis SWOT OPD',
  'swot.kekuatan': 'SWOT OPD: kekuatan',
  'swot.kelemahan': 'SWOT OPD: kelemahan',
  'swot.peluang': 'SWOT OPD: peluang',
  'swot.ancaman': 'SWOT OPD: ancaman',
  ...EKSTRA,
};

const ISU: Table = {
  'judul': 'Judul isu',
  'deskripsi': 'Deskripsi',
  'dimensi': { label: 'Dimensi', ref: 'dimensi' },
  'opd': { label: 'OPD terkait', ref: 'opd' },
  'sumber': 'Sumber',
  'indikator': { label: 'Indikator', item: 'Indikator' },
  'indikator[].nama': 'Nama indikator',
  'indikator[].satuan': 'Satuan',
  'indikator[].baseline': 'Nilai dasar (baseline)',
  'indikator[].baseline.tahun': 'Tahun nilai dasar',
  'indikator[].baseline.nilai': 'Nilai dasar',
  'indikator[].target': 'Target',
  'indikator[].target.tahun': 'Tahun target',
  'indikator[].target.nilai': 'Nilai target',
  ...EKSTRA,
};

const QUICKWIN: Table = {
  'nama': 'Nama quick win',
  'opd': { label: 'OPD pemilik', ref: 'opd' },
  'opd_pendukung': { label: 'OPD pendukung', ref: 'opd' },
  'dimensi': { label: 'Dimensi', ref: 'dimensi' },
  'elemen': { label: 'Elemen', ref: 'elemen' },
  'isu': { label: 'Isu strategis', ref: 'isu' },
  'latar_belakang': 'Latar belakang',
  'tujuan': 'Tujuan',
  'deskripsi': 'Deskripsi',
  'penerima_manfaat': 'Penerima manfaat',
  'anggaran': 'Anggaran',
  'anggaran.nilai': 'Nilai anggaran',
  'anggaran.sumber': { label: 'Sumber dana', values: SUMBER_DANA },
  'durasi_bulan': 'Durasi (bulan)',
  'mulai': 'Bulan mulai',
  ...INDIKATOR,
  'kolaborator': { label: 'Kolaborator', item: 'Kolaborator' },
  'kolaborator[].nama': 'Nama',
  'kolaborator[].unsur': { label: 'Unsur', values: UNSUR },
  'skor': 'Skor',
  'skor.*': { label: 'Skor', ref: 'kriteria' },
  'penilaian': { label: 'Penilaian', item: 'Penilaian oleh' },
  'penilaian[].penilai': 'Penilai',
  'penilaian[].skor': 'Skor',
  'penilaian[].skor.*': { label: 'Skor', ref: 'kriteria' },
  'status': { label: 'Status usulan', values: STATUS_QUICKWIN },
  ...EKSTRA,
};

const PROGRAM: Table = {
  'nama': 'Nama program',
  'dimensi': { label: 'Dimensi', ref: 'dimensi' },
  'elemen': { label: 'Elemen', ref: 'elemen' },
  'opd': { label: 'OPD penanggung jawab', ref: 'opd' },
  'isu': { label: 'Isu strategis', ref: 'isu' },
  'kategori': { label: 'Kategori rencana aksi', values: pairs(KATEGORI) },
  'jangka': { label: 'Jangka waktu', values: pairs(JANGKA) },
  'tahun': 'Tahun pelaksanaan',
  'tahun.mulai': 'Tahun mulai',
  'tahun.selesai': 'Tahun selesai',
  'anggaran_indikatif': 'Anggaran indikatif',
  'sumber_dana': { label: 'Sumber dana', values: SUMBER_DANA },
  ...INDIKATOR,
  'quickwin': { label: 'Lanjutan quick win', ref: 'quickwin' },
  ...EKSTRA,
};

/** The readiness assessment, named from the shipped pillars and aspects. */
function kesiapanTable(): Table {
  const out: Record<string, string> = { ...(EKSTRA as Record<string, string>) };
  for (const p of taxonomy().pilar) {
    out[p.id] = p.nama;
    for (const a of p.aspek) {
      const name = `${p.nama}, ${a.nama.toLowerCase()}`;
      out[`${p.id}.${a.id}`] = name;
      out[`${p.id}.${a.id}.skor`] = `${name}: skor`;
      out[`${p.id}.${a.id}.catatan`] = `${name}: catatan`;
      out[`${p.id}.${a.id}.bukti`] = `${name}: bukti`;
    }
  }
  return out;
}

/** The SWOT per dimension, named from the shipped dimensions. */
function swotTable(): Table {
  const out: Record<string, string> = { ...(EKSTRA as Record<string, string>) };
  for (const d of taxonomy().dimensi) {
    out[d.id] = `SWOT ${d.nama}`;
    for (const part of ['kekuatan', 'kelemahan', 'peluang', 'ancaman']) out[`${d.id}.${part}`] = `SWOT ${d.nama}: ${part}`;
  }
  return out;
}

/** The front matter of a naskah file (every kind has its table; `diff` reads only the data files). */
const NASKAH: Table = {
  'penulis': { label: 'Penulis naskah', ref: 'opd' },
  'catatan': 'Catatan penyunting',
  ...EKSTRA,
};

let tables: Readonly<Record<Kind, Table>> | undefined;

/**
 * The label table of each kind of input file.
 * @returns the tables
 */
export function fieldTables(): Readonly<Record<Kind, Table>> {
  tables ??= { masterplan: MASTERPLAN, opd: OPD, isu: ISU, quickwin: QUICKWIN, program: PROGRAM, kesiapan: kesiapanTable(), swot: swotTable(), naskah: NASKAH };
  return tables;
}

/**
 * How a field is named: its entry in the table of its kind.
 * @param kind the kind of file
 * @param pattern the field's path with `[]` for list items and `*` for map keys
 * @returns the words, or undefined for a field the table does not know
 */
export function fieldWords(kind: Kind, pattern: string): FieldWords | undefined {
  const entry = (fieldTables() as Readonly<Record<string, Table | undefined>>)[kind]?.[pattern];
  if (entry === undefined) return undefined;
  return typeof entry === 'string' ? { label: entry } : entry;
}
