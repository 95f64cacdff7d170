/** The few cell styles the workbook and the forms share: titles, headers, editable and filled cells. */
import type ExcelJS from 'exceljs';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } };

/** Light yellow: a value the reader may change (weights, form entries). */
export const BAND_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };

/** A year a program runs in, on the roadmap grid. */
export const BAR_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF9DC3E6' } };

/**
 * Styles a column header: bold white on dark blue, wrapped, centred vertically.
 * @param cell the header cell
 */
export function styleHeader(cell: ExcelJS.Cell): void {
  cell.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  cell.fill = HEADER_FILL;
  cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  cell.border = { bottom: { style: 'thin', color: { argb: 'FF000000' } } };
}

/**
 * Styles a sheet title.
 * @param cell the title cell
 */
export function styleTitle(cell: ExcelJS.Cell): void {
  cell.font = { bold: true, size: 14 };
}

/**
 * Styles the line under a title.
 * @param cell the subtitle cell
 */
export function styleSubtitle(cell: ExcelJS.Cell): void {
  cell.font = { italic: true, color: { argb: 'FF595959' } };
}
