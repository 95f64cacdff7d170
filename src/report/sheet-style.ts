/**
 * What the spreadsheet views share: the few cell styles (titles, headers, editable and filled cells)
 * and the row heights that show wrapped text whole.
 */
import type { Alignment, Border, CellDraft, Fill, Font, WorkbookProperties } from '../sheet/index.js';

// One object per style part, shared by every cell given it: the sheet model then holds a few
// styles rather than one per cell, and the writer translates each of them once.
const HEADER_FILL: Fill = { pattern: 'solid', color: 'FF1F4E79' };
const HEADER_FONT: Font = { bold: true, color: 'FFFFFFFF' };
const HEADER_ALIGNMENT: Alignment = { wrap: true, vertical: 'middle', horizontal: 'center' };
const HEADER_BORDER: Border = { bottom: { style: 'thin', color: 'FF000000' } };
const TITLE_FONT: Font = { bold: true, size: 14 };

/** Light yellow: a value the reader may change (weights, form entries). */
export const BAND_FILL: Fill = { pattern: 'solid', color: 'FFFFF2CC' };

/** A year a program runs in, on the roadmap grid. */
export const BAR_FILL: Fill = { pattern: 'solid', color: 'FF9DC3E6' };

/** Grey of hints and subtitles. */
export const HINT_COLOR = 'FF595959';

const SUBTITLE_FONT: Font = { italic: true, color: HINT_COLOR };

/**
 * Styles a column header: bold white on dark blue, wrapped, centred vertically.
 * @param cell the header cell
 */
export function styleHeader(cell: CellDraft): void {
  cell.style.font = HEADER_FONT;
  cell.style.fill = HEADER_FILL;
  cell.style.alignment = HEADER_ALIGNMENT;
  cell.style.border = HEADER_BORDER;
}

/**
 * Styles a sheet title.
 * @param cell the title cell
 */
export function styleTitle(cell: CellDraft): void {
  cell.style.font = TITLE_FONT;
}

/**
 * Styles the line under a title.
 * @param cell the subtitle cell
 */
export function styleSubtitle(cell: CellDraft): void {
  cell.style.font = SUBTITLE_FONT;
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
  // A text no longer than a line fits on it, however its words fall.
  if (text.length <= perLine && !text.includes('\n')) return 1;
  // Read once, character by character: paragraphs end at line breaks, words at white space (\s).
  let lines = 0;
  let used = 0;
  let count = 1;
  let len = 0;
  const endWord = () => {
    if (len === 0) return;
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
    len = 0;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      endWord();
      lines += count;
      used = 0;
      count = 1;
    } else if (isSpace(c)) endWord();
    else len++;
  }
  endWord();
  lines += count;
  return Math.max(1, lines);
}

/**
 * Whether a UTF-16 code unit is white space as a regular expression's `\s` means it.
 * @param c the code unit
 * @returns true for spaces, tabs, line ends and the Unicode space separators
 */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
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

/**
 * Document properties of a workbook the program makes, fixed by the build date rather than the clock.
 * @param date the build date (from `buildDate(env.vars)`)
 * @param title document title
 * @returns the properties
 */
export function workbookProperties(date: Date, title: string): WorkbookProperties {
  return { creator: 'masterplan', lastModifiedBy: 'masterplan', created: date, modified: date, title, company: '' };
}
