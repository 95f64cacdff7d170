/**
 * The GFM tables of a book's Markdown built straight into mdast, the tree the parser would make.
 * The books' tables are most of the parser's work (each cell is a text of its own for it), and
 * nearly every cell the templates write is escaped text. A table whose shape this module models is
 * built here and its lines are emptied before the rest is parsed; the tree of the rest then tells
 * whether the table stood where it was read (at the top of the document or of a directive container,
 * touching nothing else), and the table is put there.
 * Cells with anything but escaped text are parsed by the parser, all at once, as rows of one table.
 */
import type { AlignType, Nodes, Parent, Root, RootContent, Table, TableCell, TableRow } from 'mdast';

/** A point of mdast, made of an offset in the text: no tabs, so the column is the offset in the line. */
interface At {
  readonly line: number;
  readonly column: number;
  readonly offset: number;
}

/** A table read from the text, with the cells whose content the parser must read. */
export interface DirectTable {
  /** Offsets of the table's first character and of the end of its last row (before the line ending). */
  readonly start: number;
  readonly end: number;
  /** Line numbers (1-based) of the line before and after the table, and what they are. */
  readonly before: { readonly line: number; readonly kind: 'start' | 'blank' | 'open' };
  readonly after: { readonly line: number; readonly kind: 'end' | 'blank' | 'close'; readonly fence?: number };
  readonly node: Table;
  /** Cells to fill with what the parser makes of their content. */
  readonly parsed: ReadonlyArray<{ readonly cell: TableCell; readonly content: string; readonly at: At }>;
}

const BLANK = /^[ \t]*$/;
const OPENING = /^:{3,}[A-Za-z]/;
const CLOSING = /^:{3,}[ \t]*$/;
const DELIMITER_CELL = /^ *(:?)-+(:?) *$/;
/**
 * Cell content that is text and nothing else: no character that may start an inline construct of
 * the dialect (attention, code, links and images, references, raw HTML, directives, strikethrough,
 * escapes but of ASCII punctuation), no tab, no line ending.
 */
const TEXT = /^(?:[^\\*_`[\]!<&:~|\t\r\n\0]|\\[!-/:-@[-`{-~])*$/;
const ESCAPE = /\\([!-/:-@[-`{-~])/g;

function point(line: number, lineStart: number, offset: number): At {
  return { line, column: offset - lineStart + 1, offset };
}

/** The offsets of a row's cell dividers, as the parser finds them (`\|` and `\\` are escapes), or undefined if it does not start and end with one. */
function dividers(line: string): number[] | undefined {
  if (!line.startsWith('|')) return undefined;
  const at = [0];
  for (let i = 1; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 92 /* \ */) {
      const next = line.charCodeAt(i + 1);
      if (next === 92 || next === 124) i++;
    } else if (c === 124 /* | */) at.push(i);
  }
  return at[at.length - 1] === line.length - 1 && at.length > 1 ? at : undefined;
}

/** How many colons there are from an offset on. */
function fenceSize(text: string, from = 0): number {
  let n = from;
  while (text.charCodeAt(n) === 58 /* : */) n++;
  return n - from;
}

function alignOf(cell: string): AlignType | undefined {
  const m = DELIMITER_CELL.exec(cell);
  if (m === null) return undefined;
  const left = m[1] === ':';
  const right = m[2] === ':';
  return left && right ? 'center' : left ? 'left' : right ? 'right' : null;
}

/**
 * Reads the tables this module can build from a text: a run of at least two lines at the margin
 * that start and end with a cell divider, the second a delimiter row, every row with as many cells
 * as the delimiter row, after the start of the text, a blank line or a directive container's
 * opening, and before the end, a blank line or a closing fence.
 * @param markdown the text (without carriage returns)
 * @param parserCells whether cells with more than text may be left to the parser (not when the text has definitions, which a cell parsed apart would not see)
 * @returns the tables, in order
 */
export function readTables(markdown: string, parserCells: boolean): DirectTable[] {
  const tables: DirectTable[] = [];
  const starts = [0];
  for (let i = markdown.indexOf('\n'); i !== -1; i = markdown.indexOf('\n', i + 1)) starts.push(i + 1);
  const lineAt = (n: number): string => markdown.slice(starts[n] ?? 0, (starts[n + 1] ?? markdown.length + 1) - 1);
  for (let n = 0; n < starts.length; n++) {
    if (markdown.charCodeAt(starts[n] ?? 0) !== 124) continue;
    let last = n;
    while (last + 1 < starts.length && markdown.charCodeAt(starts[last + 1] ?? 0) === 124) last++;
    const table = readTable(markdown, starts, lineAt, n, last, parserCells);
    if (table !== undefined) tables.push(table);
    n = last;
  }
  return tables;
}

function readTable(
  markdown: string,
  starts: readonly number[],
  lineAt: (n: number) => string,
  first: number,
  last: number,
  parserCells: boolean,
): DirectTable | undefined {
  if (last === first) return undefined;
  const previous = first === 0 ? undefined : lineAt(first - 1);
  const beforeKind = previous === undefined ? 'start' : BLANK.test(previous) ? 'blank' : OPENING.test(previous) ? 'open' : undefined;
  const next = last + 1 < starts.length ? lineAt(last + 1) : undefined;
  const afterKind = next === undefined ? 'end' : BLANK.test(next) ? 'blank' : CLOSING.test(next) ? 'close' : undefined;
  if (beforeKind === undefined || afterKind === undefined) return undefined;

  const delimiter = lineAt(first + 1);
  const delimiterAt = dividers(delimiter);
  if (delimiterAt === undefined || delimiter.includes('\\')) return undefined;
  const align: AlignType[] = [];
  for (let k = 0; k + 1 < delimiterAt.length; k++) {
    const a = alignOf(delimiter.slice((delimiterAt[k] ?? 0) + 1, delimiterAt[k + 1]));
    if (a === undefined) return undefined;
    align.push(a);
  }

  const rows: TableRow[] = [];
  const parsed: Array<DirectTable['parsed'][number]> = [];
  for (let n = first; n <= last; n++) {
    if (n === first + 1) continue;
    const line = lineAt(n);
    const at = dividers(line);
    if (at?.length !== delimiterAt.length || line.includes('\t')) return undefined;
    const lineStart = starts[n] ?? 0;
    const row: TableRow = { type: 'tableRow', children: [], position: { start: point(n + 1, lineStart, lineStart), end: point(n + 1, lineStart, lineStart + line.length) } };
    for (let k = 0; k + 1 < at.length; k++) {
      const from = at[k] ?? 0;
      const to = at[k + 1] ?? 0;
      let s = from + 1;
      let e = to;
      while (s < e && line.charCodeAt(s) === 32) s++;
      while (e > s && line.charCodeAt(e - 1) === 32) e--;
      const content = line.slice(s, e);
      const cellEnd = k + 2 === at.length ? line.length : to;
      const cell: TableCell = { type: 'tableCell', children: [], position: { start: point(n + 1, lineStart, lineStart + from), end: point(n + 1, lineStart, lineStart + cellEnd) } };
      if (TEXT.test(content)) {
        if (content !== '') {
          cell.children.push({
            type: 'text',
            value: content.replace(ESCAPE, '$1'),
            position: { start: point(n + 1, lineStart, lineStart + s), end: point(n + 1, lineStart, lineStart + e) },
          });
        }
      } else if (parserCells) {
        parsed.push({ cell, content, at: point(n + 1, lineStart, lineStart + s) });
      } else return undefined;
      row.children.push(cell);
    }
    rows.push(row);
  }
  const start = starts[first] ?? 0;
  const end = (starts[last] ?? 0) + lineAt(last).length;
  // Points of their own (positions are moved in place when the pieces of a long text are joined).
  const node: Table = { type: 'table', align, children: rows, position: { start: point(first + 1, start, start), end: point(last + 1, starts[last] ?? 0, end) } };
  return {
    start,
    end,
    before: { line: first, kind: beforeKind },
    after: { line: last + 2, kind: afterKind, ...(afterKind === 'close' ? { fence: fenceSize(next ?? '') } : {}) },
    node,
    parsed,
  };
}

/**
 * The text with each table's lines emptied (their line endings kept, so every other line keeps its
 * number and its columns; {@link placeTables} moves the offsets back).
 * @param markdown the text
 * @param tables the tables read from it
 * @returns the text the parser reads instead
 */
export function blankTables(markdown: string, tables: readonly DirectTable[]): string {
  let out = '';
  let at = 0;
  for (const t of tables) {
    out += markdown.slice(at, t.start) + '\n'.repeat(t.after.line - t.before.line - 2);
    at = t.end;
  }
  return out + markdown.slice(at);
}

/** Gives the points of a tree of {@link blankTables}'s text their offsets in the text itself. */
function restoreOffsets(root: Root, tables: readonly DirectTable[]): void {
  // Where each emptied table ends in the blanked text, and how many characters it lost.
  const ends: number[] = [];
  const lost: number[] = [];
  let removed = 0;
  for (const t of tables) {
    const lines = t.after.line - t.before.line - 2;
    ends.push(t.start - removed + lines);
    removed += t.end - t.start - lines;
    lost.push(removed);
  }
  // The last table ending at or before the point, by halves. A point at the very end of an emptied
  // table (the end of a text or of a container left open) is the end of its last row.
  const restore = (p: { line: number; column: number; offset?: number | undefined }): void => {
    const offset = p.offset;
    if (offset === undefined) return;
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((ends[mid] ?? 0) <= offset) lo = mid + 1;
      else hi = mid;
    }
    if (lo === 0) return;
    p.offset = offset + (lost[lo - 1] ?? 0);
    const t = tables[lo - 1];
    if (offset === ends[lo - 1] && t?.node.position !== undefined) p.column = t.node.position.end.column;
  };
  const stack: Nodes[] = [root];
  for (let n = stack.pop(); n !== undefined; n = stack.pop()) {
    if (n.position !== undefined) {
      restore(n.position.start);
      restore(n.position.end);
    }
    if ('children' in n) for (const c of n.children) stack.push(c);
  }
}

/**
 * The Markdown of the cells left to the parser: one table, a row for each cell's content.
 * @param tables the tables
 * @returns the text, or undefined when no cell is left to the parser
 */
export function parserCellsMarkdown(tables: readonly DirectTable[]): string | undefined {
  const contents = tables.flatMap((t) => t.parsed.map((p) => `| ${p.content} |`));
  return contents.length === 0 ? undefined : `| p |\n| - |\n${contents.join('\n')}`;
}

/** Moves an inline node parsed as a row of the cells' table to where its cell's content stands. */
function move(node: Nodes, line: number, columns: number, offset: number): void {
  const stack: Nodes[] = [node];
  for (let n = stack.pop(); n !== undefined; n = stack.pop()) {
    const p = n.position;
    if (p !== undefined) {
      for (const q of [p.start, p.end]) {
        q.line = line;
        q.column += columns;
        if (q.offset !== undefined) q.offset += offset;
      }
    }
    if ('children' in n) for (const c of n.children) stack.push(c);
  }
}

/**
 * Puts the tables into the tree of the blanked text, with the cells the parser read.
 * @param root the tree of {@link blankTables}'s text
 * @param markdown the text the tables were read from
 * @param tables the tables
 * @param cells the tree of {@link parserCellsMarkdown}'s text, when there is one
 * @returns whether every table stood where it was read; if not, the tree must not be used
 */
export function placeTables(root: Root, markdown: string, tables: readonly DirectTable[], cells: Root | undefined): boolean {
  const cellRows = cells?.children[0]?.type === 'table' ? cells.children[0].children.slice(1) : [];
  const expected = tables.reduce((n, t) => n + t.parsed.length, 0);
  if (cellRows.length !== expected) return false;
  let r = 0;
  for (const t of tables) {
    for (const p of t.parsed) {
      const row = cellRows[r++];
      const cell = row?.children.length === 1 ? row.children[0] : undefined;
      const from = cell?.position?.start;
      if (cell === undefined || from?.offset === undefined) return false;
      // The content starts two characters after the cell's divider: `| `.
      const contentOffset = from.offset + 2;
      for (const child of cell.children) move(child, p.at.line, p.at.column - (from.column + 2), p.at.offset - contentOffset);
      p.cell.children = cell.children;
    }
  }
  restoreOffsets(root, tables);
  for (const t of tables) {
    const parent = containerOf(root, markdown, t);
    if (parent === undefined) return false;
    const index = parent.children.findIndex((c) => (c.position?.start.offset ?? 0) >= t.end);
    parent.children.splice(index === -1 ? parent.children.length : index, 0, t.node as RootContent);
  }
  return true;
}

/**
 * The node the table belongs in: the root or a directive container holding its lines, with no
 * other node over them, opened on the line before if that is no blank line and closed on the line
 * after if that is a fence (one as long as its opening's at least, or it would be a row of the table).
 */
function containerOf(root: Root, markdown: string, t: DirectTable): Parent | undefined {
  let parent: Parent = root;
  for (;;) {
    const holder = parent.children.find((c) => (c.position?.start.offset ?? Infinity) <= t.start && (c.position?.end.offset ?? -1) >= t.end);
    if (holder === undefined) break;
    if (holder.type !== 'containerDirective') return undefined;
    parent = holder;
  }
  if (parent.children.some((c) => (c.position?.end.offset ?? Infinity) > t.start && (c.position?.start.offset ?? -1) < t.end)) return undefined;
  const container = parent.type === 'containerDirective' ? parent.position : undefined;
  if (t.before.kind === 'open' && container?.start.line !== t.before.line) return undefined;
  if (t.after.kind === 'close') {
    const opening = container?.start.offset;
    if (container?.end.line !== t.after.line || opening === undefined) return undefined;
    if ((t.after.fence ?? 0) < fenceSize(markdown, opening)) return undefined;
  }
  return parent;
}
