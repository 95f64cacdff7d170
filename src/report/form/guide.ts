/** The instructions sheet (Petunjuk) of an OPD form, in Bahasa Indonesia, with the ids to use in reference columns. */
import { FORM_SHEETS, GUIDE_SHEET } from '../../forms/definition.js';
import type { FormInput, ListEntry } from '../../forms/form-input.js';
import { setText, SheetBuilder, type Sheet } from '../../sheet/index.js';
import { rowHeight, styleHeader, styleSubtitle, styleTitle, wrappedLines } from '../sheet-style.js';

const STEPS = [
  'Formulir ini sudah berisi data OPD Anda yang tercatat di Tim Pelaksana Smart City. Periksa, perbaiki, dan lengkapi isiannya.',
  'Isi hanya sel berlatar putih di bawah baris judul kolom. Baris judul dikunci agar susunan formulir tidak berubah.',
  'Jangan menghapus, menambah, atau mengganti nama lembar dan judul kolom. Tambahkan baris baru di bawah baris yang sudah terisi.',
  'Kolom bertanda * wajib diisi pada setiap baris yang dipakai. Kosongkan sel bila datanya memang tidak ada.',
  'Gunakan daftar pilihan (panah di sisi sel) untuk dimensi, elemen, status, jenis, sumber dana, dan kolom pilihan lain. Pilih dimensi lebih dahulu: daftar elemen hanya memuat elemen dimensi yang dipilih pada baris itu.',
  'Isi angka tanpa titik pemisah ribuan dan tanpa "Rp"; anggaran ditulis dalam rupiah penuh, mis. 1250000000.',
  'Isu strategis dan OPD pendukung diisi dengan id (lihat tabel di bawah); beberapa id dipisah koma, mis. air-bersih, kemiskinan.',
  'Pada lembar Quick Win dan Program, kosongkan kolom ID untuk usulan baru; ID dibuat dari nama. Skor quick win diisi oleh Tim Pelaksana.',
  'Jangan menempelkan rumus; bila menyalin dari berkas lain, tempel sebagai nilai (Paste Special → Values).',
  'Simpan sebagai .xlsx dengan nama berkas yang sama, lalu kirim kembali ke Tim Pelaksana.',
];

function table(ws: SheetBuilder, start: number, title: string, headers: readonly [string, string], rows: readonly ListEntry[]): number {
  setText(ws.cell(start, 1), title);
  ws.cell(start, 1).style.font = { bold: true, size: 12 };
  headers.forEach((h, i) => {
    setText(ws.cell(start + 1, i + 1), h);
    styleHeader(ws.cell(start + 1, i + 1));
  });
  rows.forEach((r, i) => {
    setText(ws.cell(start + 2 + i, 1), r.id);
    ws.cell(start + 2 + i, 1).style.alignment = { vertical: 'top' };
    setText(ws.cell(start + 2 + i, 2), r.label);
    ws.cell(start + 2 + i, 2).style.alignment = { wrap: true, vertical: 'top' };
    ws.row(start + 2 + i).height = rowHeight(wrappedLines(r.label, 90));
  });
  return start + 3 + rows.length;
}

/**
 * The instructions sheet.
 * @param input the form input
 * @param opdName the OPD's name as the form shows it
 * @returns the sheet
 */
export function guideSheet(input: FormInput, opdName: string): Sheet {
  const ws = new SheetBuilder(GUIDE_SHEET, { pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  ws.column(1).width = 24;
  ws.column(2).width = 90;
  setText(ws.cell(1, 1), `Formulir Data OPD — ${opdName}`);
  styleTitle(ws.cell(1, 1));
  setText(ws.cell(2, 1), `Masterplan Smart City ${input.daerah}`.trim());
  styleSubtitle(ws.cell(2, 1));
  setText(ws.cell(4, 1), 'Petunjuk pengisian');
  ws.cell(4, 1).style.font = { bold: true, size: 12 };
  STEPS.forEach((s, i) => {
    setText(ws.cell(5 + i, 1), `${i + 1}.`);
    ws.cell(5 + i, 1).style.alignment = { horizontal: 'right', vertical: 'top' };
    setText(ws.cell(5 + i, 2), s);
    ws.cell(5 + i, 2).style.alignment = { wrap: true, vertical: 'top' };
    ws.row(5 + i).height = rowHeight(wrappedLines(s, 90));
  });
  let row = 6 + STEPS.length;
  setText(ws.cell(row, 1), 'Lembar isian');
  ws.cell(row, 1).style.font = { bold: true, size: 12 };
  row++;
  for (const s of FORM_SHEETS) {
    setText(ws.cell(row, 1), s.name);
    ws.cell(row, 1).style.alignment = { vertical: 'top' };
    const text = s.kind === 'table' ? `${s.title}. ${s.hint}` : `${s.title}: satu isian per baris, nilai di kolom B.`;
    setText(ws.cell(row, 2), text);
    ws.cell(row, 2).style.alignment = { wrap: true, vertical: 'top' };
    ws.row(row).height = rowHeight(wrappedLines(text, 90));
    row++;
  }
  row++;
  const dims: ListEntry[] = input.lists.dimensi.map((d) => ({ id: d.id, label: `${d.label} — elemen: ${d.elemen.map((e) => `${e.id} (${e.label})`).join(', ')}` }));
  row = table(ws, row, 'Dimensi dan elemen', ['id dimensi', 'nama dan elemen (id)'], dims);
  row = table(ws, row, 'Isu strategis', ['id isu', 'judul'], input.lists.isu);
  table(ws, row, 'Perangkat daerah', ['id OPD', 'nama'], input.lists.opd);
  ws.views = [{ state: 'normal', showGridLines: false }];
  ws.protection = { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true };
  return ws.build();
}
