/** Codes of the spreadsheet stage: opening XLSX files safely and reading filled OPD forms. */
import type { Formats, Text } from '../../text/index.js';
import { code } from '../spec.js';

/** What a form cell should hold, by the kind of its field (`id` for an item's ID cell). */
export type ExpectedValue = 'text' | 'int' | 'number' | 'bool' | 'enum' | 'ym' | 'ref' | 'refs' | 'id';

const EXPECTED: Readonly<Record<ExpectedValue, Text>> = {
  text: { id: 'teks', en: 'text' },
  int: { id: 'bilangan bulat', en: 'a whole number' },
  number: { id: 'angka', en: 'a number' },
  bool: { id: 'Ya atau Tidak', en: 'Ya or Tidak (yes or no)' },
  enum: { id: 'pilihan dari daftar', en: 'a choice from the list' },
  ym: { id: 'bulan (tahun-bulan, mis. 2024-07)', en: 'a month (year-month, e.g. 2024-07)' },
  ref: { id: 'id dari daftar', en: 'an id from the list' },
  refs: { id: 'daftar id dipisah koma', en: 'a comma-separated list of ids' },
  id: { id: 'id (huruf kecil, angka, tanda hubung)', en: 'an id (lowercase letters, digits, hyphens)' },
};

/** What is wrong with an XLSX archive, found before any spreadsheet library opens it. */
export type ZipReason =
  | 'end-missing' | 'directory-truncated' | 'directory-damaged' | 'method' | 'truncated' | 'header' | 'size' | 'inflate'
  | 'workbook-missing' | 'zip64' | 'entries' | 'total-size' | 'ratio' | 'larger-than-declared' | 'merged-cells' | 'column'
  /** The spreadsheet library could not read the workbook; `detail` holds its words. */
  | 'unreadable';

/** A finding on an archive: its reason, the entry it concerns and a figure. */
type ZipArgs = { reason: ZipReason; entry?: string; n?: number; detail?: string };

type Phrases = { readonly id: (a: ZipArgs, f: Formats) => string; readonly en: (a: ZipArgs, f: Formats) => string };
const fixed = (id: string, en: string): Phrases => ({ id: () => id, en: () => en });

const ZIP_REASONS: Readonly<Record<ZipReason, Phrases>> = {
  'end-missing': fixed('akhir arsip zip tidak ditemukan', 'the end of the zip archive is missing'),
  'directory-truncated': fixed('direktori pusat arsip terpotong', 'the central directory is truncated'),
  'directory-damaged': fixed('direktori pusat arsip rusak', 'the central directory is damaged'),
  method: { id: (a) => `metode kompresi ${a.n ?? 0} tidak dikenal`, en: (a) => `unknown compression method ${a.n ?? 0}` },
  truncated: fixed('isinya terpotong', 'it is truncated'),
  header: fixed('kepala entrinya rusak', 'its header is damaged'),
  size: fixed('ukurannya tidak sesuai', 'it has the wrong size'),
  inflate: fixed('isinya tidak dapat diurai', 'it cannot be decompressed'),
  'workbook-missing': fixed('bagian workbook tidak ada', 'the workbook part is missing'),
  unreadable: { id: (a) => `tidak dapat dibaca sebagai lembar kerja: ${a.detail ?? ''}`, en: (a) => `it cannot be read as a workbook: ${a.detail ?? ''}` },
  zip64: fixed('arsip zip64', 'a zip64 archive'),
  entries: { id: (a) => `${a.n ?? 0} entri`, en: (a) => `${a.n ?? 0} entries` },
  'total-size': { id: (a, f) => `isi melebihi ${f.bytes(a.n ?? 0)}`, en: (a, f) => `the content exceeds ${f.bytes(a.n ?? 0)}` },
  ratio: { id: (a) => `rasio kompresi ${a.n ?? 0}:1`, en: (a) => `a compression ratio of ${a.n ?? 0}:1` },
  'larger-than-declared': fixed('isinya lebih besar dari ukuran yang dinyatakan', 'it is larger than declared'),
  'merged-cells': fixed('sel gabungan terlalu luas', 'merged cells cover too much'),
  column: { id: (a) => `kolom ke-${a.n ?? 0}`, en: (a) => `column ${a.n ?? 0}` },
};

/** The phrases of a reason; the catalogue page renders every code with placeholders, so an unknown reason is shown as itself. */
const phrases = (r: ZipReason): Phrases => (ZIP_REASONS as Readonly<Partial<Record<string, Phrases>>>)[r] ?? fixed(r, r);
const zipId = (a: ZipArgs, f: Formats) => `${f.opt(a.entry, (e) => `${e}: `)}${phrases(a.reason).id(a, f)}`;
const zipEn = (a: ZipArgs, f: Formats) => `${f.opt(a.entry, (e) => `${e}: `)}${phrases(a.reason).en(a, f)}`;

/** The items a form holds rows of. */
export type FormItemKind = 'quickwin' | 'program';

/** The same words in both languages, as the form's sheets name them. */
const ITEM_KINDS: Readonly<Record<FormItemKind, string>> = { quickwin: 'Quick win', program: 'Program' };

export const xlsxCodes = {
  'xlsx/too-large': code<{ size: number; limit: number }>('error', {
    id: (a, f) => `Berkas XLSX berukuran ${f.bytes(a.size)} melebihi batas ${f.bytes(a.limit)}; formulir OPD biasanya jauh lebih kecil. Hapus gambar atau lembar tambahan, lalu simpan ulang.`,
    en: (a, f) => `The XLSX file is ${f.bytes(a.size)}, over the ${f.bytes(a.limit)} limit; an OPD form is normally far smaller. Remove pictures or extra sheets and save it again.`,
  }),
  'xlsx/not-zip': code('error', {
    id: 'Berkas ini bukan berkas XLSX (bukan arsip zip), walaupun berekstensi .xlsx. Buka di Excel atau LibreOffice lalu simpan sebagai "Excel Workbook (.xlsx)".',
    en: 'This is not an XLSX file (not a zip archive), even though it is named .xlsx. Open it in Excel or LibreOffice and save it as "Excel Workbook (.xlsx)".',
  }),
  'xlsx/corrupt': code<ZipArgs>('error', {
    id: (a, f) => `Berkas XLSX rusak atau terpotong (${zipId(a, f)}). Minta OPD mengirim ulang berkasnya.`,
    en: (a, f) => `The XLSX file is damaged or truncated (${zipEn(a, f)}). Ask the OPD to send it again.`,
  }),
  'xlsx/zip-bomb': code<ZipArgs>('error', {
    id: (a, f) => `Isi arsip XLSX tidak wajar (${zipId(a, f)}); berkas ditolak tanpa dibuka demi keamanan.`,
    en: (a, f) => `The XLSX archive is abnormal (${zipEn(a, f)}); the file is refused without being opened, for safety.`,
  }),
  'xlsx/not-a-form': code('error', {
    id: 'Berkas ini bukan formulir masterplan (lembar metadata tidak ada). Buat formulir dengan "masterplan form <opd>" dan kirimkan ke OPD.',
    en: 'This file is not a masterplan form (its metadata sheet is missing). Create forms with "masterplan form <opd>" and send those to the OPDs.',
  }),
  'xlsx/form-outdated': code<{ version: string; layout: string; current: number; currentLayout: string; opd: string }>('error', {
    id: (a) => `Formulir dibuat dari templat lama (versi ${a.version}, tata letak ${a.layout}; sekarang versi ${a.current}, tata letak ${a.currentLayout}). Buat formulir baru dengan "masterplan form ${a.opd}" dan salin isiannya ke sana.`,
    en: (a) => `The form comes from an older template (version ${a.version}, layout ${a.layout}; now version ${a.current}, layout ${a.currentLayout}). Create a new form with "masterplan form ${a.opd}" and copy the entries into it.`,
  }),
  'xlsx/form-newer': code<{ version: number; current: number }>('error', {
    id: (a) => `Formulir dibuat oleh versi masterplan yang lebih baru (formulir versi ${a.version}, didukung ${a.current}); perbarui masterplan.`,
    en: (a) => `The form was made by a newer masterplan (form version ${a.version}, supported ${a.current}); update masterplan.`,
  }),
  'xlsx/form-other-project': code<{ found: string; expected: string }>('error', {
    id: (a) => `Formulir ini dibuat untuk ${a.found}, bukan untuk ${a.expected}; periksa apakah berkasnya tertukar.`,
    en: (a) => `This form was made for ${a.found}, not for ${a.expected}; check whether the files were mixed up.`,
  }),
  'xlsx/form-unknown-opd': code<{ opd: string }>('error', {
    id: (a) => `Formulir ini untuk OPD "${a.opd}" yang tidak ada di proyek; tambahkan data/opd/${a.opd}.yaml atau periksa berkasnya.`,
    en: (a) => `This form is for OPD "${a.opd}", which is not in the project; add data/opd/${a.opd}.yaml or check the file.`,
  }),
  'xlsx/form-name-mismatch': code<{ named: string; opd: string }>('error', {
    id: (a) => `Nama berkas menyebut OPD "${a.named}", tetapi formulir ini milik OPD "${a.opd}"; isiannya tidak dibaca. Pastikan formulir dikembalikan oleh OPD yang benar, lalu beri nama form-${a.opd}.xlsx.`,
    en: (a) => `The file name says OPD "${a.named}", but this form belongs to OPD "${a.opd}"; its entries are not read. Check that the right OPD returned it, then name it form-${a.opd}.xlsx.`,
  }),
  'xlsx/duplicate-form': code<{ opd: string; other: string }>('error', {
    id: (a) => `Ada lebih dari satu formulir untuk OPD "${a.opd}" (juga ${a.other}); simpan hanya yang terbaru di folder forms/.`,
    en: (a) => `There is more than one form for OPD "${a.opd}" (also ${a.other}); keep only the latest in forms/.`,
  }),
  'xlsx/missing-sheet': code<{ sheet: string }>('error', {
    id: (a) => `Lembar "${a.sheet}" tidak ada di formulir; jangan menghapus atau mengganti nama lembar.`,
    en: (a) => `Sheet "${a.sheet}" is missing from the form; do not delete or rename sheets.`,
  }),
  'xlsx/missing-column': code<{ header: string }>('error', {
    id: (a) => `Kolom "${a.header}" tidak ditemukan di baris judul lembar ini; jangan menghapus atau mengganti judul kolom.`,
    en: (a) => `Column "${a.header}" is not in this sheet's header row; do not delete or rename column headers.`,
  }),
  'xlsx/missing-field': code<{ label: string }>('error', {
    id: (a) => `Baris "${a.label}" tidak ditemukan di kolom A lembar ini; jangan menghapus atau mengganti keterangan baris.`,
    en: (a) => `Row "${a.label}" is not in column A of this sheet; do not delete or rename the row labels.`,
  }),
  'xlsx/extra-sheet': code<{ sheet: string }>('info', {
    id: (a) => `Lembar "${a.sheet}" bukan bagian formulir dan diabaikan.`,
    en: (a) => `Sheet "${a.sheet}" is not part of the form and is ignored.`,
  }),
  'xlsx/extra-column': code<{ header: string }>('info', {
    id: (a) => `Kolom "${a.header}" bukan bagian formulir dan diabaikan.`,
    en: (a) => `Column "${a.header}" is not part of the form and is ignored.`,
  }),
  'xlsx/too-many-rows': code<{ limit: number }>('error', {
    id: (a) => `Lembar ini berisi lebih dari ${a.limit} baris data; pecah isiannya atau hubungi Tim Pelaksana.`,
    en: (a) => `This sheet holds more than ${a.limit} data rows; split the entries or contact the Tim Pelaksana.`,
  }),
  'xlsx/formula-no-value': code<{ formula: string }>('error', {
    id: (a) => `Sel berisi rumus (=${a.formula}) tanpa hasil tersimpan, sehingga nilainya tidak dapat dibaca. Ganti rumus dengan nilainya (salin, lalu tempel sebagai nilai) dan simpan ulang.`,
    en: (a) => `The cell holds a formula (=${a.formula}) without a stored result, so its value cannot be read. Replace the formula by its value (copy, paste as values) and save again.`,
  }),
  'xlsx/formula': code<{ formula: string; value: string }>('info', {
    id: (a) => `Sel berisi rumus (=${a.formula}); hasil tersimpannya "${a.value}" yang dibaca.`,
    en: (a) => `The cell holds a formula (=${a.formula}); its stored result "${a.value}" is read.`,
  }),
  'xlsx/cell-error': code<{ error: string }>('error', {
    id: (a) => `Sel berisi galat ${a.error}; isi dengan nilai yang benar.`,
    en: (a) => `The cell holds the error ${a.error}; enter a proper value.`,
  }),
  'xlsx/merged-cell': code<{ range: string }>('warning', {
    id: (a) => `Sel digabung (${a.range}); hanya nilai sel kiri atas yang dibaca. Pisahkan kembali sel-selnya.`,
    en: (a) => `Cells are merged (${a.range}); only the top-left cell's value is read. Unmerge the cells.`,
  }),
  'xlsx/hidden-row': code('warning', {
    id: 'Baris ini tersembunyi tetapi berisi data; isiannya tetap dibaca. Tampilkan barisnya atau hapus isiannya bila tidak dimaksudkan.',
    en: 'This row is hidden but holds data; its entries are read. Unhide the row, or clear it if the data is not meant to be there.',
  }),
  'xlsx/bad-value': code<{ value: string; expected: ExpectedValue }>('error', {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- SARIF rule texts render with placeholder arguments
    id: (a, f) => `Nilai "${a.value}" tidak dapat dibaca sebagai ${f.text(EXPECTED[a.expected] ?? { id: '?', en: '?' })}.`,
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- SARIF rule texts render with placeholder arguments
    en: (a, f) => `Value "${a.value}" cannot be read as ${f.text(EXPECTED[a.expected] ?? { id: '?', en: '?' })}.`,
  }),
  'xlsx/foreign-item': code<{ kind: FormItemKind; id: string; owner: string }>('error', {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- SARIF rule texts render with placeholder arguments
    id: (a) => `${ITEM_KINDS[a.kind] ?? a.kind} "${a.id}" milik OPD "${a.owner}", bukan OPD formulir ini; formulir hanya dapat mengubah data OPD-nya sendiri. Kosongkan kolom ID untuk usulan baru.`,
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- SARIF rule texts render with placeholder arguments
    en: (a) => `${ITEM_KINDS[a.kind] ?? a.kind} "${a.id}" belongs to OPD "${a.owner}", not to this form's OPD; a form can only change its own OPD's data. Leave the ID empty for a new proposal.`,
  }),
  'xlsx/duplicate-id': code<{ id: string; row: number | string }>('error', {
    id: (a) => `ID "${a.id}" dipakai lebih dari sekali di lembar ini (juga baris ${a.row}); setiap baris butuh ID sendiri.`,
    en: (a) => `ID "${a.id}" is used more than once on this sheet (also row ${a.row}); each row needs its own ID.`,
  }),
  'xlsx/item-not-in-form': code<{ kind: FormItemKind; id: string }>('info', {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- SARIF rule texts render with placeholder arguments
    id: (a) => `${ITEM_KINDS[a.kind] ?? a.kind} "${a.id}" milik OPD ini tidak ada di formulir; berkasnya tidak diubah. Hapus berkasnya sendiri bila memang dibatalkan.`,
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- SARIF rule texts render with placeholder arguments
    en: (a) => `${ITEM_KINDS[a.kind] ?? a.kind} "${a.id}" of this OPD is not in the form; its file is left unchanged. Delete the file yourself if it was dropped.`,
  }),
};
