/** Codes of the spreadsheet stage: opening XLSX files safely and reading filled OPD forms. */
import { arg, type DiagnosticSpec } from '../spec.js';

export const xlsxCodes = {
  'xlsx/too-large': {
    severity: 'error',
    id: (a) => `Berkas XLSX berukuran ${arg(a, 'size')} melebihi batas ${arg(a, 'limit')}; formulir OPD biasanya jauh lebih kecil. Hapus gambar atau lembar tambahan, lalu simpan ulang.`,
    en: (a) => `The XLSX file is ${arg(a, 'size')}, over the ${arg(a, 'limit')} limit; an OPD form is normally far smaller. Remove pictures or extra sheets and save it again.`,
  },
  'xlsx/not-zip': {
    severity: 'error',
    id: () => 'Berkas ini bukan berkas XLSX (bukan arsip zip), walaupun berekstensi .xlsx. Buka di Excel atau LibreOffice lalu simpan sebagai "Excel Workbook (.xlsx)".',
    en: () => 'This is not an XLSX file (not a zip archive), even though it is named .xlsx. Open it in Excel or LibreOffice and save it as "Excel Workbook (.xlsx)".',
  },
  'xlsx/corrupt': {
    severity: 'error',
    id: (a) => `Berkas XLSX rusak atau terpotong (${arg(a, 'detail')}). Minta OPD mengirim ulang berkasnya.`,
    en: (a) => `The XLSX file is damaged or truncated (${arg(a, 'detail')}). Ask the OPD to send it again.`,
  },
  'xlsx/zip-bomb': {
    severity: 'error',
    id: (a) => `Isi arsip XLSX tidak wajar (${arg(a, 'detail')}); berkas ditolak tanpa dibuka demi keamanan.`,
    en: (a) => `The XLSX archive is abnormal (${arg(a, 'detail')}); the file is refused without being opened, for safety.`,
  },
  'xlsx/not-a-form': {
    severity: 'error',
    id: () => 'Berkas ini bukan formulir masterplan (lembar metadata tidak ada). Buat formulir dengan "masterplan form <opd>" dan kirimkan ke OPD.',
    en: () => 'This file is not a masterplan form (its metadata sheet is missing). Create forms with "masterplan form <opd>" and send those to the OPDs.',
  },
  'xlsx/form-outdated': {
    severity: 'error',
    id: (a) => `Formulir dibuat dari templat lama (versi ${arg(a, 'version')}, tata letak ${arg(a, 'layout')}; sekarang versi ${arg(a, 'current')}, tata letak ${arg(a, 'currentLayout')}). Buat formulir baru dengan "masterplan form ${arg(a, 'opd')}" dan salin isiannya ke sana.`,
    en: (a) => `The form comes from an older template (version ${arg(a, 'version')}, layout ${arg(a, 'layout')}; now version ${arg(a, 'current')}, layout ${arg(a, 'currentLayout')}). Create a new form with "masterplan form ${arg(a, 'opd')}" and copy the entries into it.`,
  },
  'xlsx/form-newer': {
    severity: 'error',
    id: (a) => `Formulir dibuat oleh versi masterplan yang lebih baru (formulir versi ${arg(a, 'version')}, didukung ${arg(a, 'current')}); perbarui masterplan.`,
    en: (a) => `The form was made by a newer masterplan (form version ${arg(a, 'version')}, supported ${arg(a, 'current')}); update masterplan.`,
  },
  'xlsx/form-other-project': {
    severity: 'error',
    id: (a) => `Formulir ini dibuat untuk ${arg(a, 'found')}, bukan untuk ${arg(a, 'expected')}; periksa apakah berkasnya tertukar.`,
    en: (a) => `This form was made for ${arg(a, 'found')}, not for ${arg(a, 'expected')}; check whether the files were mixed up.`,
  },
  'xlsx/form-unknown-opd': {
    severity: 'error',
    id: (a) => `Formulir ini untuk OPD "${arg(a, 'opd')}" yang tidak ada di proyek; tambahkan data/opd/${arg(a, 'opd')}.yaml atau periksa berkasnya.`,
    en: (a) => `This form is for OPD "${arg(a, 'opd')}", which is not in the project; add data/opd/${arg(a, 'opd')}.yaml or check the file.`,
  },
  'xlsx/form-name-mismatch': {
    severity: 'warning',
    id: (a) => `Nama berkas menyebut OPD "${arg(a, 'named')}", tetapi formulir ini milik OPD "${arg(a, 'opd')}"; isian dibaca sebagai data ${arg(a, 'opd')}. Pastikan formulir dikembalikan oleh OPD yang benar.`,
    en: (a) => `The file name says OPD "${arg(a, 'named')}", but this form belongs to OPD "${arg(a, 'opd')}"; its entries are read as ${arg(a, 'opd')}'s data. Check that the right OPD returned it.`,
  },
  'xlsx/duplicate-form': {
    severity: 'error',
    id: (a) => `Ada lebih dari satu formulir untuk OPD "${arg(a, 'opd')}" (juga ${arg(a, 'other')}); simpan hanya yang terbaru di folder forms/.`,
    en: (a) => `There is more than one form for OPD "${arg(a, 'opd')}" (also ${arg(a, 'other')}); keep only the latest in forms/.`,
  },
  'xlsx/missing-sheet': {
    severity: 'error',
    id: (a) => `Lembar "${arg(a, 'sheet')}" tidak ada di formulir; jangan menghapus atau mengganti nama lembar.`,
    en: (a) => `Sheet "${arg(a, 'sheet')}" is missing from the form; do not delete or rename sheets.`,
  },
  'xlsx/missing-column': {
    severity: 'error',
    id: (a) => `Kolom "${arg(a, 'header')}" tidak ditemukan di baris judul lembar ini; jangan menghapus atau mengganti judul kolom.`,
    en: (a) => `Column "${arg(a, 'header')}" is not in this sheet's header row; do not delete or rename column headers.`,
  },
  'xlsx/missing-field': {
    severity: 'error',
    id: (a) => `Baris "${arg(a, 'label')}" tidak ditemukan di kolom A lembar ini; jangan menghapus atau mengganti keterangan baris.`,
    en: (a) => `Row "${arg(a, 'label')}" is not in column A of this sheet; do not delete or rename the row labels.`,
  },
  'xlsx/extra-sheet': {
    severity: 'info',
    id: (a) => `Lembar "${arg(a, 'sheet')}" bukan bagian formulir dan diabaikan.`,
    en: (a) => `Sheet "${arg(a, 'sheet')}" is not part of the form and is ignored.`,
  },
  'xlsx/extra-column': {
    severity: 'info',
    id: (a) => `Kolom "${arg(a, 'header')}" bukan bagian formulir dan diabaikan.`,
    en: (a) => `Column "${arg(a, 'header')}" is not part of the form and is ignored.`,
  },
  'xlsx/too-many-rows': {
    severity: 'error',
    id: (a) => `Lembar ini berisi lebih dari ${arg(a, 'limit')} baris data; pecah isiannya atau hubungi Tim Pelaksana.`,
    en: (a) => `This sheet holds more than ${arg(a, 'limit')} data rows; split the entries or contact the Tim Pelaksana.`,
  },
  'xlsx/formula-no-value': {
    severity: 'error',
    id: (a) => `Sel berisi rumus (=${arg(a, 'formula')}) tanpa hasil tersimpan, sehingga nilainya tidak dapat dibaca. Ganti rumus dengan nilainya (salin, lalu tempel sebagai nilai) dan simpan ulang.`,
    en: (a) => `The cell holds a formula (=${arg(a, 'formula')}) without a stored result, so its value cannot be read. Replace the formula by its value (copy, paste as values) and save again.`,
  },
  'xlsx/formula': {
    severity: 'info',
    id: (a) => `Sel berisi rumus (=${arg(a, 'formula')}); hasil tersimpannya "${arg(a, 'value')}" yang dibaca.`,
    en: (a) => `The cell holds a formula (=${arg(a, 'formula')}); its stored result "${arg(a, 'value')}" is read.`,
  },
  'xlsx/cell-error': {
    severity: 'error',
    id: (a) => `Sel berisi galat ${arg(a, 'error')}; isi dengan nilai yang benar.`,
    en: (a) => `The cell holds the error ${arg(a, 'error')}; enter a proper value.`,
  },
  'xlsx/merged-cell': {
    severity: 'warning',
    id: (a) => `Sel digabung (${arg(a, 'range')}); hanya nilai sel kiri atas yang dibaca. Pisahkan kembali sel-selnya.`,
    en: (a) => `Cells are merged (${arg(a, 'range')}); only the top-left cell's value is read. Unmerge the cells.`,
  },
  'xlsx/hidden-row': {
    severity: 'warning',
    id: () => 'Baris ini tersembunyi tetapi berisi data; isiannya tetap dibaca. Tampilkan barisnya atau hapus isiannya bila tidak dimaksudkan.',
    en: () => 'This row is hidden but holds data; its entries are read. Unhide the row, or clear it if the data is not meant to be there.',
  },
  'xlsx/bad-value': {
    severity: 'error',
    id: (a) => `Nilai "${arg(a, 'value')}" tidak dapat dibaca sebagai ${arg(a, 'expected')}.`,
    en: (a) => `Value "${arg(a, 'value')}" cannot be read as ${arg(a, 'expectedEn')}.`,
  },
  'xlsx/foreign-item': {
    severity: 'error',
    id: (a) => `${arg(a, 'kind')} "${arg(a, 'id')}" milik OPD "${arg(a, 'owner')}", bukan OPD formulir ini; formulir hanya dapat mengubah data OPD-nya sendiri. Kosongkan kolom ID untuk usulan baru.`,
    en: (a) => `${arg(a, 'kind')} "${arg(a, 'id')}" belongs to OPD "${arg(a, 'owner')}", not to this form's OPD; a form can only change its own OPD's data. Leave the ID empty for a new proposal.`,
  },
  'xlsx/duplicate-id': {
    severity: 'error',
    id: (a) => `ID "${arg(a, 'id')}" dipakai lebih dari sekali di lembar ini (juga baris ${arg(a, 'row')}); setiap baris butuh ID sendiri.`,
    en: (a) => `ID "${arg(a, 'id')}" is used more than once on this sheet (also row ${arg(a, 'row')}); each row needs its own ID.`,
  },
  'xlsx/item-not-in-form': {
    severity: 'info',
    id: (a) => `${arg(a, 'kind')} "${arg(a, 'id')}" milik OPD ini tidak ada di formulir; berkasnya tidak diubah. Hapus berkasnya sendiri bila memang dibatalkan.`,
    en: (a) => `${arg(a, 'kind')} "${arg(a, 'id')}" of this OPD is not in the form; its file is left unchanged. Delete the file yourself if it was dropped.`,
  },
} satisfies Record<string, DiagnosticSpec>;
