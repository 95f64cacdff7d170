/** What a cell can hold as text: no characters XML forbids, at most Excel's cell limit, never a formula. */

/** Longest text a cell holds (Excel's limit). */
export const MAX_CELL_TEXT = 32_767;

// Characters XML 1.0 forbids (a writer would put them in raw and Excel would refuse the file).
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
