/**
 * Writes a workbook of the sheet model as XLSX: the model translated into exceljs, then serialised
 * with fixed zip entry times, so identical models give identical bytes.
 */
import type ExcelJS from 'exceljs';
import ExcelWorkbook from 'exceljs/lib/doc/workbook.js';
import type { CellValue, Sheet, Style, Workbook } from '../../sheet/index.js';
import { normaliseZip, zipEntries } from '../zip.js';
import { excelStyle } from './style.js';

export interface XlsxOptions {
  /** Zip entry time: `buildDate(env.vars)`, so identical input gives identical bytes. */
  readonly date: Date;
}

function excelValue(v: CellValue): ExcelJS.CellValue {
  if (typeof v === 'object' && !(v instanceof Date)) {
    return v.result !== undefined ? { formula: v.formula, result: v.result } : ({ formula: v.formula });
  }
  return v;
}

/**
 * The exceljs style of each model style, one object for every cell of that style. exceljs turns a
 * cell's style into its XML to find its number in the styles part, for every cell, unless it has
 * seen that very object before; sharing one object per style lets it do that once per style.
 * Styles are matched by their parts, so equal styles of different model objects share too.
 */
class ExcelStyles {
  readonly #byModel = new WeakMap<Style, Partial<ExcelJS.Style>>();
  readonly #byText = new Map<string, Partial<ExcelJS.Style>>();
  readonly #none: Partial<ExcelJS.Style> = {};

  /**
   * The exceljs style of a cell.
   * @param style the cell's model style
   * @param value the cell's value
   * @returns the style to give the cell, shared with the cells of an equal style
   */
  of(style: Style | undefined, value: CellValue | undefined): Partial<ExcelJS.Style> {
    // exceljs gives a date without a number format a date format, and would take a shared object's
    // first use for every other: such a cell has a style of its own.
    if (value instanceof Date && style?.numFmt === undefined) return excelStyle(style);
    if (style === undefined) return this.#none;
    let out = this.#byModel.get(style);
    if (out === undefined) {
      const text = JSON.stringify(style);
      out = this.#byText.get(text);
      if (out === undefined) this.#byText.set(text, (out = excelStyle(style)));
      this.#byModel.set(style, out);
    }
    return out;
  }
}

async function addSheet(wb: ExcelJS.Workbook, sheet: Sheet, styles: ExcelStyles): Promise<void> {
  const ws = wb.addWorksheet(sheet.name, {
    ...(sheet.state !== undefined ? { state: sheet.state } : {}),
    ...(sheet.views !== undefined ? { views: sheet.views.map((v) => ({ ...v })) } : {}),
    ...(sheet.pageSetup !== undefined ? { pageSetup: { ...sheet.pageSetup } } : {}),
  });
  // 1. Columns, then rows, before any cell: a new exceljs cell takes its column's and row's style,
  //    and every cell's own style is then set whole.
  for (const c of sheet.columns ?? []) {
    const col = ws.getColumn(c.col);
    if (c.width !== undefined) col.width = c.width;
    for (const [part, value] of Object.entries(excelStyle(c.style))) (col as unknown as Record<string, unknown>)[part] = value;
  }
  for (const r of sheet.rows) {
    const row = ws.getRow(r.row);
    if (r.height !== undefined) row.height = r.height;
    for (const [part, value] of Object.entries(excelStyle(r.style))) (row as unknown as Record<string, unknown>)[part] = value;
  }
  // 2. Cells.
  for (const r of sheet.rows) {
    const row = ws.getRow(r.row);
    for (const c of r.cells) {
      const cell = row.getCell(c.col);
      cell.style = styles.of(c.style, c.value);
      // A string is always stored as a string (shared string), never as a formula.
      if (c.value !== undefined) cell.value = excelValue(c.value);
    }
  }
  // 3. Merges, filter, conditional formats, validations, protection.
  for (const m of sheet.merges ?? []) ws.mergeCells(m);
  if (sheet.autoFilter !== undefined) ws.autoFilter = sheet.autoFilter;
  for (const cf of sheet.conditionalFormats ?? []) {
    ws.addConditionalFormatting({
      ref: cf.ref,
      rules: cf.rules.map((r) => ({
        type: r.type,
        priority: r.priority,
        cfvo: r.points.map((p) => ({ type: p.type, ...(p.value !== undefined ? { value: p.value } : {}) })),
        color: r.colors.map((c) => ({ argb: c })),
      })),
    });
  }
  // `dataValidations.add` takes a range address; it is missing from exceljs' type declarations.
  const validations = (ws as unknown as { dataValidations: { add(ref: string, v: Record<string, unknown>): void } }).dataValidations;
  for (const { ref, ...v } of sheet.dataValidations ?? []) validations.add(ref, { ...v, ...(v.formulae !== undefined ? { formulae: [...v.formulae] } : {}) });
  // No password: the protection guards the layout against slips (and a hash would need a random salt).
  if (sheet.protection !== undefined) await ws.protect('', { ...sheet.protection });
}

/** Where exceljs's XLSX writer puts each part of the package (its zip writer, to exceljs). */
interface PartSink {
  append(data: string | Uint8Array, options: { readonly name: string; readonly base64?: boolean }): void;
}

/**
 * The steps of exceljs's XLSX writer (`xlsx.write`), which are missing from its type declarations:
 * the model prepared (shared strings, styles), then each part made and handed to the zip writer.
 */
const PART_STEPS = [
  'addContentTypes', 'addOfficeRels', 'addWorkbookRels', 'addWorksheets', 'addSharedStrings', 'addDrawings', 'addTables',
  'addThemes', 'addStyles', 'addMedia', 'addApp', 'addCore', 'addWorkbook',
] as const;
type PartWriter = { prepareModel(model: unknown, options: object): void } & Record<(typeof PART_STEPS)[number], (sink: PartSink, model: unknown) => unknown>;

/**
 * The package's parts as exceljs's XLSX writer makes them, in the steps of its `write`, taken as they
 * are handed over rather than zipped (stored), read back and zipped again.
 * @param wb the exceljs workbook
 * @returns the parts by name, or undefined when this exceljs writes differently
 */
async function excelParts(wb: ExcelJS.Workbook): Promise<Record<string, Uint8Array> | undefined> {
  const writer = wb.xlsx as unknown as Partial<PartWriter>;
  if (typeof writer.prepareModel !== 'function' || PART_STEPS.some((step) => typeof writer[step] !== 'function')) return undefined;
  const parts: Record<string, Uint8Array> = {};
  const sink: PartSink = {
    append(data, { name, base64 }) {
      parts[name] = typeof data !== 'string' ? data : base64 === true ? Buffer.from(data, 'base64') : Buffer.from(data, 'utf8');
    },
  };
  const { model } = wb as unknown as { model: unknown };
  writer.prepareModel(model, {});
  for (const step of PART_STEPS) await (writer as PartWriter)[step](sink, model);
  return parts;
}

/**
 * The workbook translated into exceljs.
 * @param book the workbook model
 * @returns the exceljs workbook, to be written
 */
export async function excelWorkbook(book: Workbook): Promise<ExcelJS.Workbook> {
  const wb = new ExcelWorkbook();
  const p = book.properties;
  if (p.creator !== undefined) wb.creator = p.creator;
  if (p.lastModifiedBy !== undefined) wb.lastModifiedBy = p.lastModifiedBy;
  if (p.created !== undefined) wb.created = p.created;
  if (p.modified !== undefined) wb.modified = p.modified;
  if (p.title !== undefined) wb.title = p.title;
  if (p.company !== undefined) wb.company = p.company;
  const styles = new ExcelStyles();
  for (const sheet of book.sheets) await addSheet(wb, sheet, styles);
  return wb;
}

/**
 * Writes a workbook.
 * @param book the workbook model
 * @param options the zip entry time
 * @returns the XLSX file content
 */
export async function writeXlsx(book: Workbook, options: XlsxOptions): Promise<Uint8Array> {
  const wb = await excelWorkbook(book);
  const parts = await excelParts(wb);
  if (parts !== undefined) return zipEntries(parts, { date: options.date });
  // Stored, not deflated: the normalised zip is compressed once, from the parts' bytes.
  const buffer = await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } });
  return normaliseZip(new Uint8Array(buffer), { date: options.date });
}
