/**
 * GitHub-flavoured Markdown for reports (a job summary, a pull-request comment): text escaped so it
 * shows literally — in a paragraph, a list item or a table cell — and tables built from rows.
 */

/**
 * Text as Markdown shows it literally: one line; the characters that start emphasis, code, links,
 * math, strike-through or a table cell boundary escaped with a backslash; `&`, `<` and `>` as
 * entities, so nothing is read as HTML.
 * @param text plain text
 * @returns Markdown that renders as exactly that text
 */
export function mdText(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/[\\`*_[\]|~$]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** How a column's cells are aligned. */
export type Align = 'left' | 'right';

/**
 * One row of a GFM table.
 * @param cells Markdown of each cell (escape text with {@link mdText})
 * @returns the row's line
 */
export function mdRow(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/**
 * A GFM table. Cells are Markdown already (escape text with {@link mdText}).
 * @param head the column headings
 * @param rows the rows, one Markdown string per cell
 * @param align the alignment of each column (left by default)
 * @returns the table's lines
 */
export function mdTable(head: readonly string[], rows: ReadonlyArray<readonly string[]>, align: readonly Align[] = []): string[] {
  const rule = head.map((_h, i) => (align[i] === 'right' ? '---:' : '---'));
  return [mdRow(head), mdRow(rule), ...rows.map(mdRow)];
}
