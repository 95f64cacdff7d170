/**
 * The layout of an OPD data-collection form: which sheets it has, which field each row or column
 * holds, and a hash of that layout so a form made from an older layout is recognised when it returns.
 * Field types, enum options and bounds come from the zod schemas; only labels and widths are written here.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { OpdSchema, ProgramSchema, QuickWinSchema } from '../schema/index.js';
import { labelsOf } from './choices.js';
import { elementOf, fieldType, schemaAt, type FieldType } from './fields.js';

/** Raised when the meaning of a sheet or column changes, so older forms are refused rather than misread. */
export const FORM_VERSION = 2;

/** Sheet names of the fixed parts. */
export const GUIDE_SHEET = 'Petunjuk';
export const LIST_SHEET = 'Daftar';
export const META_SHEET = 'Metadata';

/** Rows of a data sheet: title, hint, column headers, then data. */
export const HEADER_ROW = 3;
export const FIRST_DATA_ROW = 4;
/** Rows prepared with validation and unlocked for entry (a bounded range, never whole columns). */
export const DATA_ROWS = 500;
/** Most data rows read from one sheet of a returned form. */
export const MAX_READ_ROWS = 2000;

/** Marks a workbook as a masterplan form in its metadata. */
export const FORM_KIND = 'masterplan-formulir-opd';

/** Which project items a reference column lists. */
export type RefList = 'isu' | 'opd' | 'quickwin';

export interface FormField {
  /** Path inside the record (OPD, row, quick win); empty for a list of plain texts. */
  readonly path: readonly string[];
  readonly label: string;
  readonly hint: string;
  readonly type: FieldType;
  readonly required: boolean;
  readonly width: number;
  readonly refList?: RefList;
}

export type OpdListKey = 'anggaran' | 'aplikasi' | 'data_set' | 'layanan' | 'permasalahan';

export type TableTarget = { readonly kind: 'opd-list'; readonly key: OpdListKey } | { readonly kind: 'item'; readonly item: 'quickwin' | 'program' };

export interface ProfileSheet {
  readonly kind: 'profile';
  readonly name: string;
  readonly title: string;
  readonly fields: readonly FormField[];
}

export interface TableSheet {
  readonly kind: 'table';
  readonly name: string;
  readonly title: string;
  readonly hint: string;
  readonly target: TableTarget;
  /** Quick wins and programs carry their file id in a first "ID" column. */
  readonly idColumn: boolean;
  readonly fields: readonly FormField[];
}

export type FormSheet = ProfileSheet | TableSheet;

/** Header of the id column of item sheets. */
export const ID_HEADER = 'ID';

type Opts = { hint?: string; width?: number; long?: boolean; refList?: RefList };

function isRequired(root: z.ZodType, path: readonly string[]): boolean {
  let parent = schemaAt(root, []);
  for (const key of path) {
    if (!(parent instanceof z.ZodObject)) return false;
    const child = (parent.shape as Record<string, z.ZodType | undefined>)[key];
    if (child === undefined || child instanceof z.ZodOptional || child instanceof z.ZodDefault) return false;
    parent = schemaAt(child, []);
  }
  return true;
}

function field(root: z.ZodType, path: string, label: string, o: Opts = {}): FormField {
  const p = path === '' ? [] : path.split('.');
  const raw = fieldType(root, p, o.long ?? false);
  // A closed list shows labels; the values stay what the data holds.
  const type: FieldType = raw.kind === 'enum' ? { ...raw, labels: labelsOf(raw.options) } : raw;
  const width = o.width ?? (o.long ? 48 : type.kind === 'text' ? 28 : type.kind === 'refs' ? 26 : 16);
  return { path: p, label, hint: o.hint ?? '', type, required: isRequired(root, p), width, ...(o.refList ? { refList: o.refList } : {}) };
}

const app = elementOf(OpdSchema, 'aplikasi');
const anggaran = elementOf(OpdSchema, 'anggaran');
const dataSet = elementOf(OpdSchema, 'data_set');
const layanan = elementOf(OpdSchema, 'layanan');
const masalah = elementOf(OpdSchema, 'permasalahan');
/** Columns of several ids: free text (a dropdown picks one value), with the ids listed on the instructions sheet. */
const IDS = 'id, pisahkan dengan koma';

/** The form's data sheets, in order. */
export const FORM_SHEETS: readonly FormSheet[] = [
  {
    kind: 'profile',
    name: 'Profil',
    title: 'Profil OPD',
    fields: [
      field(OpdSchema, 'nama', 'Nama OPD', { hint: 'Nama lengkap, mis. Dinas Komunikasi dan Informatika' }),
      field(OpdSchema, 'singkatan', 'Singkatan', { hint: 'Singkatan resmi, mis. Diskominfo' }),
      field(OpdSchema, 'jenis', 'Jenis OPD', { hint: 'Pilih dari daftar' }),
      field(OpdSchema, 'kepala.nama', 'Nama kepala OPD'),
      field(OpdSchema, 'kepala.jabatan', 'Jabatan kepala OPD'),
      field(OpdSchema, 'tupoksi', 'Tugas pokok dan fungsi', { long: true }),
      field(OpdSchema, 'kontak.email', 'Surel (email)', { hint: 'mis. diskominfo@kotacontoh.go.id' }),
      field(OpdSchema, 'kontak.telepon', 'Telepon'),
      field(OpdSchema, 'kontak.alamat', 'Alamat kantor', { long: true }),
      field(OpdSchema, 'sdm.asn', 'Jumlah pegawai ASN', { hint: 'Bilangan bulat ≥ 0' }),
      field(OpdSchema, 'sdm.non_asn', 'Jumlah pegawai non-ASN', { hint: 'Bilangan bulat ≥ 0' }),
      field(OpdSchema, 'sdm.tik', 'Jumlah SDM TIK', { hint: 'Pegawai yang menangani TIK; tidak melebihi ASN + non-ASN' }),
      field(OpdSchema, 'infrastruktur.bandwidth_mbps', 'Bandwidth internet (Mbps)', { hint: 'Angka ≥ 0, boleh desimal' }),
      field(OpdSchema, 'infrastruktur.server', 'Jumlah server'),
      field(OpdSchema, 'infrastruktur.komputer', 'Jumlah komputer'),
      field(OpdSchema, 'infrastruktur.cctv', 'Jumlah CCTV'),
      field(OpdSchema, 'infrastruktur.pusat_data', 'Memiliki pusat data sendiri', { hint: 'Ya atau Tidak' }),
    ],
  },
  {
    kind: 'table', name: 'Anggaran', title: 'Anggaran OPD per tahun', idColumn: false,
    hint: 'Satu baris per tahun anggaran. Nilai dalam rupiah penuh, tanpa titik atau "Rp".',
    target: { kind: 'opd-list', key: 'anggaran' },
    fields: [
      field(anggaran, 'tahun', 'Tahun'),
      field(anggaran, 'pagu', 'Pagu (Rp)'),
      field(anggaran, 'realisasi', 'Realisasi (Rp)'),
      field(anggaran, 'tik', 'Belanja TIK (Rp)'),
    ],
  },
  {
    kind: 'table', name: 'Aplikasi', title: 'Aplikasi yang dimiliki OPD', idColumn: false,
    hint: 'Satu baris per aplikasi. Bila OPD tidak memiliki aplikasi, biarkan kosong.',
    target: { kind: 'opd-list', key: 'aplikasi' },
    fields: [
      field(app, 'nama', 'Nama aplikasi'),
      field(app, 'fungsi', 'Fungsi', { long: true }),
      field(app, 'dimensi', 'Dimensi'),
      field(app, 'status', 'Status'),
      field(app, 'tahun', 'Tahun mulai dipakai'),
      field(app, 'tautan', 'Tautan (https://…)'),
      field(app, 'terintegrasi', 'Terintegrasi'),
      field(app, 'pengembang', 'Pengembang'),
    ],
  },
  {
    kind: 'table', name: 'Data Set', title: 'Data set yang dikelola OPD', idColumn: false,
    hint: 'Satu baris per data set.',
    target: { kind: 'opd-list', key: 'data_set' },
    fields: [
      field(dataSet, 'nama', 'Nama data set', { width: 40 }),
      field(dataSet, 'format', 'Format (mis. XLSX, CSV)', { width: 18 }),
      field(dataSet, 'frekuensi', 'Frekuensi pemutakhiran'),
      field(dataSet, 'satu_data', 'Masuk Satu Data'),
    ],
  },
  {
    kind: 'table', name: 'Layanan', title: 'Layanan publik OPD', idColumn: false,
    hint: 'Satu baris per layanan publik.',
    target: { kind: 'opd-list', key: 'layanan' },
    fields: [field(layanan, 'nama', 'Nama layanan', { width: 48 }), field(layanan, 'jenis', 'Jenis layanan')],
  },
  {
    kind: 'table', name: 'Permasalahan', title: 'Permasalahan yang dihadapi OPD', idColumn: false,
    hint: 'Satu permasalahan per baris.',
    target: { kind: 'opd-list', key: 'permasalahan' },
    fields: [field(masalah, '', 'Permasalahan', { long: true, width: 80 })],
  },
  {
    kind: 'table', name: 'Quick Win', title: 'Usulan quick win OPD', idColumn: true,
    hint: 'Satu baris per usulan. Kosongkan ID untuk usulan baru; skor diisi Tim Pelaksana.',
    target: { kind: 'item', item: 'quickwin' },
    fields: [
      field(QuickWinSchema, 'nama', 'Nama quick win', { width: 32 }),
      field(QuickWinSchema, 'dimensi', 'Dimensi'),
      field(QuickWinSchema, 'elemen', 'Elemen', { hint: 'Harus termasuk dimensi yang dipilih' }),
      field(QuickWinSchema, 'isu', `Isu strategis (${IDS})`, { refList: 'isu' }),
      field(QuickWinSchema, 'opd_pendukung', `OPD pendukung (${IDS})`, { refList: 'opd' }),
      field(QuickWinSchema, 'anggaran.nilai', 'Anggaran (Rp)'),
      field(QuickWinSchema, 'anggaran.sumber', 'Sumber dana'),
      field(QuickWinSchema, 'durasi_bulan', 'Durasi (bulan)'),
      field(QuickWinSchema, 'mulai', 'Bulan mulai'),
      field(QuickWinSchema, 'latar_belakang', 'Latar belakang', { long: true }),
      field(QuickWinSchema, 'tujuan', 'Tujuan', { long: true }),
      field(QuickWinSchema, 'deskripsi', 'Deskripsi', { long: true }),
      field(QuickWinSchema, 'penerima_manfaat', 'Penerima manfaat', { long: true }),
    ],
  },
  {
    kind: 'table', name: 'Program', title: 'Program pembangunan OPD', idColumn: true,
    hint: 'Satu baris per program. Kosongkan ID untuk program baru.',
    target: { kind: 'item', item: 'program' },
    fields: [
      field(ProgramSchema, 'nama', 'Nama program', { width: 32 }),
      field(ProgramSchema, 'dimensi', 'Dimensi'),
      field(ProgramSchema, 'elemen', 'Elemen'),
      field(ProgramSchema, 'kategori', 'Kategori'),
      field(ProgramSchema, 'jangka', 'Jangka'),
      field(ProgramSchema, 'tahun.mulai', 'Tahun mulai'),
      field(ProgramSchema, 'tahun.selesai', 'Tahun selesai'),
      field(ProgramSchema, 'isu', `Isu strategis (${IDS})`, { refList: 'isu' }),
      field(ProgramSchema, 'anggaran_indikatif', 'Anggaran indikatif (Rp)'),
      field(ProgramSchema, 'sumber_dana', 'Sumber dana'),
      field(ProgramSchema, 'quickwin', 'Lanjutan quick win (id)', { refList: 'quickwin' }),
    ],
  },
];

/** The header text of a column as written in the form (required fields carry " *"). */
export function headerText(f: FormField): string {
  return f.required ? `${f.label} *` : f.label;
}

/**
 * Top-level keys of a record that a sheet governs: importing replaces them and keeps the others.
 * @param target `opd` or an item kind
 * @returns the keys
 */
export function governedKeys(target: 'opd' | 'quickwin' | 'program'): string[] {
  const keys = new Set<string>();
  for (const s of FORM_SHEETS) {
    if (target === 'opd') {
      if (s.kind === 'profile') for (const f of s.fields) keys.add(f.path[0] as string);
      else if (s.target.kind === 'opd-list') keys.add(s.target.key);
    } else if (s.kind === 'table' && s.target.kind === 'item' && s.target.item === target) {
      for (const f of s.fields) keys.add(f.path[0] as string);
    }
  }
  return [...keys];
}

/**
 * A short hash of the layout (sheet names, headers, field paths and types). A returned form whose
 * hash differs was made from another layout and is not read.
 * @returns 12 hex characters
 */
export function layoutHash(): string {
  const layout = FORM_SHEETS.map((s) => ({
    name: s.name,
    kind: s.kind,
    fields: s.fields.map((f) => [headerText(f), f.path.join('.'), f.type]),
  }));
  return createHash('sha256').update(JSON.stringify({ v: FORM_VERSION, layout })).digest('hex').slice(0, 12);
}
