/**
 * Reads a returned OPD form: checks the archive, recognises the form by its hidden metadata (OPD,
 * version, layout), then reads the profile and every table into plain data with the cell of each
 * value. Layout problems and unreadable cells become positioned diagnostics.
 */
import type ExcelJS from 'exceljs';
import ExcelWorkbook from 'exceljs/lib/doc/workbook.js';
import { diagnostic } from '../diagnostics/catalogue.js';
import type { Diagnostic, Position } from '../diagnostics/diagnostic.js';
import { isValidId } from '../load/index.js';
import { cellPosition, readCell } from './cell-value.js';
import { fromCell, type CellPrimitive } from './convert.js';
import {
  FORM_KIND, FORM_SHEETS, FORM_VERSION, GUIDE_SHEET, LIST_SHEET, MAX_READ_ROWS, META_SHEET,
  firstHeader, headerText, layoutHash, type ProfileSheet, type TableSheet,
} from './definition.js';
import type { Raw } from './form-input.js';
import type { FormPositions, TablePositions } from './positions.js';
import { guardXlsx, ZIP_LIMITS } from './zip-guard.js';

/** A quick win or program row. */
export interface ItemRow {
  /** The ID cell's text, when filled. */
  readonly id?: string;
  readonly data: Raw;
}

export interface FormRead {
  /** The OPD the form was made for (from its metadata); absent when the file is not a readable form. */
  readonly opdId?: string;
  /** `daerah` the form was made for. */
  readonly daerah?: string;
  /** A blank form made for an OPD that had no file yet: importing it creates the file. */
  readonly isNew?: boolean;
  /** The governed OPD fields the form holds (empty fields absent). */
  readonly opd: Raw;
  readonly items: { readonly quickwin: ItemRow[]; readonly program: ItemRow[] };
  /** Rows of the lists inside items (`program.kegiatan`, `quickwin.jadwal`): `id` is the item they name (its ID or name). */
  readonly itemLists: ReadonlyMap<string, ItemRow[]>;
  readonly positions: FormPositions;
  readonly diagnostics: Diagnostic[];
  /** Whether the content could not be read at all (diagnostics say why). */
  readonly fatal: boolean;
}

const norm = (s: string) => s.replace(/\*\s*$/, '').replace(/\s+/g, ' ').trim().toLowerCase();

function setPath(target: Raw, path: readonly string[], value: unknown): void {
  let cur = target;
  path.forEach((k, i) => {
    if (i === path.length - 1) cur[k] = value;
    else {
      const next = cur[k];
      if (next === null || typeof next !== 'object') cur[k] = {};
      cur = cur[k] as Raw;
    }
  });
}

class Reader {
  readonly diagnostics: Diagnostic[] = [];
  readonly reportedMerges = new Set<string>();
  constructor(readonly file: string) {}

  at(sheet: string, row: number, col: number): Position {
    return cellPosition(this.file, sheet, row, col);
  }

  /** A cell's value, with merge warnings once per merged area. */
  value(ws: ExcelJS.Worksheet, row: number, col: number): CellPrimitive | undefined {
    const cell = ws.getCell(row, col);
    if (cell.isMerged) {
      const master = cell.master.address;
      const key = `${ws.name}!${master}`;
      if (!this.reportedMerges.has(key)) {
        this.reportedMerges.add(key);
        const range = (ws as unknown as { _merges?: Record<string, { range?: string }> })._merges?.[master]?.range ?? master;
        this.diagnostics.push(diagnostic('xlsx/merged-cell', this.at(ws.name, Number(cell.master.row), Number(cell.master.col)), { range }));
      }
    }
    return readCell(cell, this.at(ws.name, row, col), this.diagnostics);
  }
}

function readMeta(wb: ExcelJS.Workbook): Map<string, string> | undefined {
  const ws = wb.getWorksheet(META_SHEET);
  if (ws === undefined) return undefined;
  const meta = new Map<string, string>();
  for (let r = 1; r <= 20; r++) {
    const k = ws.getCell(r, 1).value;
    const v = ws.getCell(r, 2).value;
    if (typeof k === 'string' && (typeof v === 'string' || typeof v === 'number')) meta.set(k, String(v));
  }
  return meta;
}

function readProfile(r: Reader, ws: ExcelJS.Worksheet, sheet: ProfileSheet, opd: Raw, pos: FormPositions): boolean {
  const labels = new Map<string, number>();
  const last = Math.min(ws.rowCount, 300);
  for (let row = 1; row <= last; row++) {
    const v = ws.getCell(row, 1).value;
    if (typeof v === 'string' && !labels.has(norm(v))) labels.set(norm(v), row);
  }
  let ok = true;
  for (const f of sheet.fields) {
    const row = labels.get(norm(headerText(f)));
    if (row === undefined) {
      r.diagnostics.push(diagnostic('xlsx/missing-field', r.at(sheet.name, 1, 1), { label: f.label }));
      ok = false;
      continue;
    }
    pos.profile.set(f.path.join('.'), { sheet: sheet.name, row, col: 2 });
    const v = r.value(ws, row, 2);
    if (v === undefined) continue;
    const read = fromCell(v, f.type);
    if ('bad' in read) {
      r.diagnostics.push(diagnostic('xlsx/bad-value', r.at(sheet.name, row, 2), { value: String(v), expected: read.bad }));
    } else if (read.value !== undefined) setPath(opd, f.path, read.value);
  }
  return ok;
}

function findHeaderRow(ws: ExcelJS.Worksheet, first: string): number | undefined {
  for (let row = 1; row <= Math.min(10, ws.rowCount); row++) {
    for (let col = 1; col <= Math.min(30, ws.columnCount); col++) {
      const v = ws.getCell(row, col).value;
      if (typeof v === 'string' && norm(v) === norm(first)) return row;
    }
  }
  return undefined;
}

/** Reads a table sheet into records; returns undefined when its layout cannot be read. */
function readTable(r: Reader, ws: ExcelJS.Worksheet, sheet: TableSheet): { records: ItemRow[]; pos: TablePositions } | undefined {
  const headers = [...(sheet.idColumn ? [firstHeader(sheet)] : []), ...sheet.fields.map(headerText)];
  const headerRow = findHeaderRow(ws, headers[0] as string);
  if (headerRow === undefined) {
    r.diagnostics.push(diagnostic('xlsx/missing-column', r.at(sheet.name, 1, 1), { header: headers[0] as string }));
    return undefined;
  }
  const found = new Map<string, number>();
  const maxCol = Math.min(ws.columnCount, 200);
  for (let col = 1; col <= maxCol; col++) {
    const v = ws.getCell(headerRow, col).value;
    if (typeof v !== 'string' || v.trim() === '') continue;
    if (found.has(norm(v))) continue;
    found.set(norm(v), col);
    if (!headers.some((h) => norm(h) === norm(v))) r.diagnostics.push(diagnostic('xlsx/extra-column', r.at(sheet.name, headerRow, col), { header: v }));
  }
  let ok = true;
  for (const h of headers) {
    if (found.has(norm(h))) continue;
    r.diagnostics.push(diagnostic('xlsx/missing-column', r.at(sheet.name, headerRow, 1), { header: h }));
    ok = false;
  }
  if (!ok) return undefined;
  const idCol = sheet.idColumn ? (found.get(norm(firstHeader(sheet))) as number) : undefined;
  const cols = new Map(sheet.fields.map((f) => [f.path.join('.'), found.get(norm(headerText(f))) as number]));
  const pos: TablePositions = { sheet: sheet.name, headerRow, rows: [], cols, firstCol: idCol ?? (cols.values().next().value as number) };
  const records: ItemRow[] = [];
  let tooMany = false;
  // eachRow visits only rows that exist, so a stray cell at row 1 000 000 costs nothing.
  ws.eachRow((row, rowNo) => {
    if (rowNo <= headerRow || tooMany) return;
    const cells = sheet.fields.map((f) => r.value(ws, rowNo, cols.get(f.path.join('.')) as number));
    const id = idCol !== undefined ? r.value(ws, rowNo, idCol) : undefined;
    if (id === undefined && cells.every((c) => c === undefined)) return;
    if (records.length >= MAX_READ_ROWS) {
      tooMany = true;
      r.diagnostics.push(diagnostic('xlsx/too-many-rows', r.at(sheet.name, rowNo, 1), { limit: MAX_READ_ROWS }));
      return;
    }
    if (row.hidden) r.diagnostics.push(diagnostic('xlsx/hidden-row', r.at(sheet.name, rowNo, 1)));
    const data: Raw = {};
    let value: unknown;
    sheet.fields.forEach((f, j) => {
      const v = cells[j];
      if (v === undefined) return;
      const read = fromCell(v, f.type);
      if ('bad' in read) {
        r.diagnostics.push(diagnostic('xlsx/bad-value', r.at(sheet.name, rowNo, cols.get(f.path.join('.')) as number), {
          value: String(v), expected: read.bad,
        }));
      } else if (read.value !== undefined) {
        if (f.path.length === 0) value = read.value;
        else setPath(data, f.path, read.value);
      }
    });
    pos.rows.push(rowNo);
    const idText = id === undefined ? undefined : String(id instanceof Date ? id.toISOString() : id).trim();
    records.push({ ...(idText !== undefined && idText !== '' ? { id: idText } : {}), data: sheet.fields[0]?.path.length === 0 ? { value } : data });
  });
  // tooMany is set inside the row callback above, which the type checker does not follow.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
  return tooMany ? undefined : { records, pos };
}

/**
 * Reads a returned form from its bytes.
 * @param bytes the XLSX file content
 * @param file the form's path relative to the project (for diagnostics)
 * @returns the values, their cells and the diagnostics
 */
export async function readForm(bytes: Uint8Array, file: string): Promise<FormRead> {
  const r = new Reader(file);
  const start: Position = { file, line: 1, column: 1 };
  const positions: FormPositions = {
    profile: new Map(), lists: new Map(), items: new Map(), itemLists: new Map(), fallback: { sheet: FORM_SHEETS[0]?.name ?? 'Profil', row: 1, col: 1 },
  };
  const itemLists = new Map<string, ItemRow[]>();
  const empty = (fatal: boolean): FormRead => ({ opd: {}, items: { quickwin: [], program: [] }, itemLists, positions, diagnostics: r.diagnostics, fatal });
  // 1. The archive, before exceljs sees it.
  const guard = guardXlsx(bytes);
  if (!guard.ok) {
    if (guard.code === 'xlsx/too-large') r.diagnostics.push(diagnostic(guard.code, start, { size: bytes.length, limit: ZIP_LIMITS.fileBytes }));
    else if (guard.code === 'xlsx/not-zip') r.diagnostics.push(diagnostic(guard.code, start));
    else {
      const { code, ok: _ok, ...finding } = guard;
      r.diagnostics.push(diagnostic(code, start, finding));
    }
    return empty(true);
  }
  const wb = new ExcelWorkbook();
  try {
    // Validations are skipped: exceljs expands whole-column ranges cell by cell.
    await wb.xlsx.load(Buffer.from(guard.bytes) as unknown as ArrayBuffer, { ignoreNodes: ['dataValidations'] });
  } catch (e) {
    // The library's own words are all there is to say; they are kept short.
    r.diagnostics.push(diagnostic('xlsx/corrupt', start, { reason: 'unreadable', detail: (e instanceof Error ? e.message : String(e)).split('\n')[0]?.slice(0, 120) ?? '' }));
    return empty(true);
  }
  // 2. Recognise the form.
  const meta = readMeta(wb);
  const opdId = meta?.get('opd');
  if (meta?.get('jenis') !== FORM_KIND || opdId === undefined || !isValidId(opdId)) {
    r.diagnostics.push(diagnostic('xlsx/not-a-form', start));
    return empty(true);
  }
  const version = Number(meta.get('versi'));
  if (version > FORM_VERSION) {
    r.diagnostics.push(diagnostic('xlsx/form-newer', start, { version, current: FORM_VERSION }));
    return empty(true);
  }
  const layout = meta.get('tata_letak') ?? '?';
  if (version !== FORM_VERSION || layout !== layoutHash()) {
    r.diagnostics.push(diagnostic('xlsx/form-outdated', start, { version: meta.get('versi') ?? '?', layout, current: FORM_VERSION, currentLayout: layoutHash(), opd: opdId }));
    return { ...empty(true), opdId };
  }
  const daerah = meta.get('daerah') ?? '';
  // 3. The sheets.
  const known = new Set([GUIDE_SHEET, LIST_SHEET, META_SHEET, ...FORM_SHEETS.map((s) => s.name)]);
  for (const ws of wb.worksheets) if (!known.has(ws.name)) r.diagnostics.push(diagnostic('xlsx/extra-sheet', r.at(ws.name, 1, 1), { sheet: ws.name }));
  const opd: Raw = {};
  const items = { quickwin: [] as ItemRow[], program: [] as ItemRow[] };
  let fatal = false;
  for (const sheet of FORM_SHEETS) {
    const ws = wb.getWorksheet(sheet.name);
    if (ws === undefined) {
      r.diagnostics.push(diagnostic('xlsx/missing-sheet', start, { sheet: sheet.name }));
      fatal = true;
      continue;
    }
    if (sheet.kind === 'profile') {
      if (!readProfile(r, ws, sheet, opd, positions)) fatal = true;
      continue;
    }
    const table = readTable(r, ws, sheet);
    if (table === undefined) {
      fatal = true;
      continue;
    }
    if (sheet.target.kind === 'item') {
      items[sheet.target.item].push(...table.records);
      positions.items.set(sheet.target.item, table.pos);
    } else if (sheet.target.kind === 'item-list') {
      const key = `${sheet.target.item}.${sheet.target.key}`;
      itemLists.set(key, table.records);
      positions.itemLists.set(key, { table: table.pos, byItem: new Map() });
    } else {
      const key = sheet.target.key;
      opd[key] = table.records.map((rec) => (key === 'permasalahan' ? rec.data['value'] : rec.data));
      positions.lists.set(key, table.pos);
    }
  }
  const isNew = meta.get('opd_baru') === 'ya';
  return { opdId, daerah, ...(isNew ? { isNew } : {}), opd, items, itemLists, positions, diagnostics: r.diagnostics, fatal };
}
