/** Cell values and number formats shared by the workbook and the forms: text stays text, numbers get fixed formats. */
import type ExcelJS from 'exceljs';

/**
 * Excel number format codes (en-US syntax; Excel and LibreOffice show them with the reader's locale
 * separators, so `"Rp"#,##0` reads Rp1.250.000.000 on an Indonesian system).
 */
export const NUMBER_FORMATS = {
  general: 'General',
  /** One or two decimals: 4.0, 3.67 (scores and assessor means). */
  mean: '0.0#',
  text: '@',
  int: '#,##0',
  year: '0',
  decimal: '#,##0.00',
  score: '0.000',
  weight: '0.000',
  percent: '0%',
  rupiah: '"Rp"#,##0',
  month: 'yyyy-mm',
} as const;

export type NumberFormatName = keyof typeof NUMBER_FORMATS;

/** Longest text a cell holds (Excel's limit). */
export const MAX_CELL_TEXT = 32_767;

// Characters XML 1.0 forbids (exceljs would write them raw and Excel would refuse the file).
// eslint-disable-next-line no-control-regex
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text made safe for a cell: characters XML cannot hold removed, cut at Excel's cell limit.
 * @param text any text
 * @returns the text to store
 */
export function cellText(text: string): string {
  const clean = text.replace(XML_FORBIDDEN, '');
  return clean.length > MAX_CELL_TEXT ? `${clean.slice(0, MAX_CELL_TEXT - 1)}…` : clean;
}

/**
 * Whether a spreadsheet program would take this text for a formula if a user typed it or pasted it
 * from a CSV export (`=`, `+`, `-`, `@`, and the tab/CR tricks).
 * @param text cell text
 * @returns true when the text must be pinned as text
 */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text);
}

/**
 * Writes a text value as a string cell, never a formula. Text that looks like a formula also gets
 * the Text number format, so editing the cell in Excel keeps it text.
 * @param cell the target cell
 * @param text the value
 */
export function setText(cell: ExcelJS.Cell, text: string): void {
  const value = cellText(text);
  // A string assigned to `value` is always stored as a string (shared string), never as a formula.
  cell.value = value;
  if (looksLikeFormula(value)) cell.numFmt = NUMBER_FORMATS.text;
}

/**
 * Writes a number, keeping only finite values (NaN and Infinity leave the cell empty).
 * @param cell the target cell
 * @param n the value
 * @param format number format name
 */
export function setNumber(cell: ExcelJS.Cell, n: number, format?: NumberFormatName): void {
  if (!Number.isFinite(n)) return;
  cell.value = n;
  if (format !== undefined) cell.numFmt = NUMBER_FORMATS[format];
}

/**
 * Column letters of a 1-based column number (1 → A, 27 → AA).
 * @param col column number
 * @returns the letters
 */
export function columnLetter(col: number): string {
  let n = col;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/**
 * A1 address of a cell.
 * @param row 1-based row
 * @param col 1-based column
 * @returns e.g. `C7`
 */
export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

/**
 * A sheet name as a formula refers to it: bare when it is a plain word, else quoted (`'Data Set'!$A$2`).
 * @param name sheet name
 * @returns the name, quoted when needed
 */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Points per line of 11-point text. */
const LINE_HEIGHT = 15;

/**
 * How many lines a text takes in a wrapped cell of a given width (greedy word wrap; a width unit is
 * about one character of the default font).
 * @param text the cell text
 * @param width column width in characters
 * @param bold whether the text is bold (wider)
 * @returns the number of lines, at least 1
 */
export function wrappedLines(text: string, width: number, bold = false): number {
  // Proportional text is narrower than the digit "0" that defines the width unit; bold is wider.
  const perLine = Math.max(4, Math.floor((width - 1) * (bold ? 1.0 : 1.1)));
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = 0;
    let count = 1;
    for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
      const len = word.length;
      if (used === 0) used = len;
      else if (used + 1 + len <= perLine) used += 1 + len;
      else {
        count++;
        used = len;
      }
      while (used > perLine) {
        count++;
        used -= perLine;
      }
    }
    lines += count;
  }
  return Math.max(1, lines);
}

/**
 * Row height in points for a number of text lines. Set explicitly, because LibreOffice does not
 * recompute the heights of wrapped rows when it opens an XLSX file.
 * @param lines lines of text
 * @returns the height
 */
export function rowHeight(lines: number): number {
  return Math.min(409, lines * LINE_HEIGHT + 2);
}
