/**
 * The data-collection form of one OPD (`form-<opd>.xlsx`) as a sheet model: instructions, pre-filled
 * entry sheets with dropdowns and number/date validation, locked headers, a hidden list sheet and
 * hidden metadata that recognise a form returned for the wrong OPD or made from an older layout.
 */
import { toCell } from '../../forms/convert.js';
import {
  DATA_ROWS, FIRST_DATA_ROW, FORM_KIND, FORM_SHEETS, FORM_VERSION, HEADER_ROW, ID_HEADER, META_SHEET,
  headerText, layoutHash, type FormField, type ProfileSheet, type TableSheet,
} from '../../forms/definition.js';
import { isRaw, type FormInput } from '../../forms/form-input.js';
import {
  cellAddress, columnLetter, NUMBER_FORMATS, setNumber, setText, SheetBuilder, type CellDraft, type Sheet, type SheetProtection, type Workbook,
} from '../../sheet/index.js';
import { HINT_COLOR, rowHeight, styleHeader, styleSubtitle, styleTitle, workbookProperties, wrappedLines } from '../sheet-style.js';
import { guideSheet } from './guide.js';
import { addValidation, listSheet, planLists, validationFor, type ListRanges } from './lists.js';

export interface FormOptions {
  /** Document date: `buildDate(env.vars)`, so identical input gives identical bytes. */
  readonly date: Date;
}

const PROTECTION: SheetProtection = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatCells: true,
  formatColumns: true,
  formatRows: true,
  insertRows: true,
  deleteRows: true,
};

function valueAt(data: unknown, path: readonly string[]): unknown {
  let cur = data;
  for (const k of path) {
    if (!isRaw(cur)) return undefined;
    cur = cur[k];
  }
  return cur;
}

function numberFormat(f: FormField): string {
  const t = f.type;
  if (t.kind === 'int') return NUMBER_FORMATS[t.format];
  if (t.kind === 'number') return NUMBER_FORMATS.general;
  if (t.kind === 'ym') return NUMBER_FORMATS.month;
  return NUMBER_FORMATS.text;
}

function writeValue(cell: CellDraft, f: FormField, value: unknown): void {
  const v = toCell(value, f.type);
  if (v === null) return;
  if (typeof v === 'number') setNumber(cell, v);
  else if (v instanceof Date) cell.value = v;
  else if (typeof v === 'boolean') cell.value = v;
  else setText(cell, v);
}

/** Lines a pre-filled value takes in its wrapped cell. */
function linesOf(f: FormField, value: unknown, width: number): number {
  const v = toCell(value, f.type);
  return typeof v === 'string' && f.type.kind !== 'enum' ? wrappedLines(v, width) : 1;
}

function heading(ws: SheetBuilder, title: string, hint: string): void {
  setText(ws.cell(1, 1), title);
  styleTitle(ws.cell(1, 1));
  setText(ws.cell(2, 1), hint);
  styleSubtitle(ws.cell(2, 1));
}

/** Locks a cell explicitly (its column is unlocked for entry). */
function lock(cell: CellDraft): void {
  cell.style.protection = { locked: true };
}

function profileSheet(sheet: ProfileSheet, input: FormInput, opdName: string, ranges: ListRanges): Sheet {
  const ws = new SheetBuilder(sheet.name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: HEADER_ROW, topLeftCell: `A${FIRST_DATA_ROW}` }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.column(1).width = 34;
  ws.column(2).width = 60;
  ws.column(3).width = 50;
  ws.column(2).style.protection = { locked: false };
  heading(ws, `${sheet.title} — ${opdName}`, 'Isi kolom Nilai (kolom B). Baris bertanda * wajib diisi.');
  ['Isian', 'Nilai', 'Keterangan'].forEach((h, i) => {
    setText(ws.cell(HEADER_ROW, i + 1), h);
    styleHeader(ws.cell(HEADER_ROW, i + 1));
  });
  for (let r = 1; r <= HEADER_ROW; r++) lock(ws.cell(r, 2));
  sheet.fields.forEach((f, i) => {
    const row = FIRST_DATA_ROW + i;
    setText(ws.cell(row, 1), headerText(f));
    ws.cell(row, 1).style.font = { bold: f.required };
    ws.cell(row, 1).style.alignment = { vertical: 'top' };
    const cell = ws.cell(row, 2);
    cell.style.numFmt = numberFormat(f);
    cell.style.alignment = { wrap: true, vertical: 'top', horizontal: 'left' };
    const value = valueAt(input.opd, f.path);
    writeValue(cell, f, value);
    setText(ws.cell(row, 3), f.hint);
    ws.cell(row, 3).style.font = { italic: true, color: HINT_COLOR };
    ws.cell(row, 3).style.alignment = { wrap: true, vertical: 'top' };
    const lines = Math.max(linesOf(f, value, 60), wrappedLines(f.hint, 50));
    if (lines > 1) ws.row(row).height = rowHeight(lines);
    const v = validationFor(f, ranges);
    if (v !== undefined) addValidation(ws, `B${row}`, v);
  });
  // Rows below the fields are not part of the form.
  for (let r = FIRST_DATA_ROW + sheet.fields.length; r < FIRST_DATA_ROW + sheet.fields.length + 5; r++) lock(ws.cell(r, 2));
  ws.protection = PROTECTION;
  return ws.build();
}

function tableRows(sheet: TableSheet, input: FormInput): Array<{ id?: string; data: unknown }> {
  const t = sheet.target;
  if (t.kind === 'item') return (t.item === 'quickwin' ? input.quickwins : input.programs).map((i) => ({ id: i.id, data: i.data }));
  const list: unknown = input.opd[t.key];
  return Array.isArray(list) ? (list as unknown[]).map((data) => ({ data })) : [];
}

function tableSheet(sheet: TableSheet, input: FormInput, opdName: string, ranges: ListRanges): Sheet {
  const offset = sheet.idColumn ? 1 : 0;
  const ws = new SheetBuilder(sheet.name, {
    views: [{ state: 'frozen', xSplit: offset + 1, ySplit: HEADER_ROW, topLeftCell: cellAddress(FIRST_DATA_ROW, offset + 2) }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const rows = tableRows(sheet, input);
  const last = FIRST_DATA_ROW + Math.max(DATA_ROWS, rows.length + 100) - 1;
  // 1. Column styles: entry cells are unlocked and typed; header cells are locked below.
  if (sheet.idColumn) {
    const c = ws.column(1);
    c.width = 24;
    c.style.numFmt = NUMBER_FORMATS.text;
    c.style.protection = { locked: false };
    c.style.alignment = { vertical: 'top' };
  }
  sheet.fields.forEach((f, j) => {
    const c = ws.column(offset + j + 1);
    c.width = f.width;
    c.style.numFmt = numberFormat(f);
    c.style.protection = { locked: false };
    c.style.alignment = { vertical: 'top', wrap: f.type.kind === 'text' || f.type.kind === 'refs' };
  });
  // 2. Title, hint, headers (locked).
  heading(ws, `${sheet.title} — ${opdName}`, sheet.hint);
  const headers = [...(sheet.idColumn ? [ID_HEADER] : []), ...sheet.fields.map(headerText)];
  headers.forEach((h, j) => {
    const cell = ws.cell(HEADER_ROW, j + 1);
    setText(cell, h);
    styleHeader(cell);
    lock(cell);
    lock(ws.cell(1, j + 1));
    lock(ws.cell(2, j + 1));
  });
  ws.row(HEADER_ROW).height = rowHeight(Math.max(2, ...sheet.fields.map((f) => wrappedLines(headerText(f), f.width, true))));
  // 3. Pre-filled rows, with heights that show wrapped text whole.
  rows.forEach((r, i) => {
    const row = FIRST_DATA_ROW + i;
    if (r.id !== undefined) setText(ws.cell(row, 1), r.id);
    let lines = 1;
    sheet.fields.forEach((f, j) => {
      const value = f.path.length === 0 ? r.data : valueAt(r.data, f.path);
      writeValue(ws.cell(row, offset + j + 1), f, value);
      lines = Math.max(lines, linesOf(f, value, f.width));
    });
    if (lines > 1) ws.row(row).height = rowHeight(lines);
  });
  // 4. Validation over a bounded block of rows.
  if (sheet.idColumn) {
    addValidation(ws, `A${FIRST_DATA_ROW}:A${last}`, {
      type: 'any', allowBlank: true, showInputMessage: true, promptTitle: 'ID',
      prompt: 'Kosongkan untuk usulan baru; jangan mengubah ID yang sudah ada.',
    });
  }
  // The element dropdown follows the dimension chosen in the same row.
  const dimensi = sheet.fields.findIndex((f) => f.path.join('.') === 'dimensi');
  sheet.fields.forEach((f, j) => {
    const dependsOn = f.path.join('.') === 'elemen' && dimensi >= 0 ? `$${columnLetter(offset + dimensi + 1)}${FIRST_DATA_ROW}` : undefined;
    const v = validationFor(f, ranges, dependsOn);
    const letter = columnLetter(offset + j + 1);
    if (v !== undefined) addValidation(ws, `${letter}${FIRST_DATA_ROW}:${letter}${last}`, v);
  });
  ws.protection = PROTECTION;
  return ws.build();
}

function metaSheet(input: FormInput, date: Date): Sheet {
  const ws = new SheetBuilder(META_SHEET, { state: 'veryHidden' });
  const entries: Array<[string, string | number]> = [
    ['jenis', FORM_KIND],
    ['versi', FORM_VERSION],
    ['tata_letak', layoutHash()],
    ['opd', input.opdId],
    ['daerah', input.daerah],
    ...(input.isNew ? [['opd_baru', 'ya'] as [string, string]] : []),
    ['dibuat', date.toISOString().slice(0, 10)],
  ];
  entries.forEach(([k, v], i) => {
    setText(ws.cell(i + 1, 1), k);
    if (typeof v === 'number') ws.cell(i + 1, 2).value = v;
    else setText(ws.cell(i + 1, 2), v);
  });
  ws.protection = { selectLockedCells: false, selectUnlockedCells: false };
  return ws.build();
}

/**
 * The form of one OPD.
 * @param input what the form is pre-filled with (see `formInput`)
 * @param options the build date
 * @returns the workbook model
 */
export function opdForm(input: FormInput, options: FormOptions): Workbook {
  const opdName = typeof input.opd['nama'] === 'string' ? input.opd['nama'] : input.opdId;
  const ranges = planLists(input, FORM_SHEETS.flatMap((s) => s.fields));
  return {
    properties: workbookProperties(options.date, `Formulir Data OPD — ${opdName}`),
    sheets: [
      // 1. Instructions, then the entry sheets in the order of the definition.
      guideSheet(input, opdName),
      ...FORM_SHEETS.map((sheet) => (sheet.kind === 'profile'
        ? profileSheet(sheet, input, opdName, ranges.ranges)
        : tableSheet(sheet, input, opdName, ranges.ranges))),
      // 2. Hidden lists and metadata.
      listSheet(ranges),
      metaSheet(input, options.date),
    ],
  };
}
