/**
 * A fast estimate of the page each table-of-contents entry falls on, from the document model and the
 * style metrics alone: lines from an average character width, rows and images from their heights. It
 * is approximate (Word recomputes the numbers when it updates the fields); `pageNumbers: 'layout'`
 * lays the pages out exactly, at a much higher cost.
 */
import type { Block, Doc, Inline, List, Table } from '../../doc/ast.js';
import { inlineText } from '../../doc/walk.js';
import { romawi } from '../../doc/numbering.js';
import { pageGeometry, type ResolvedOptions } from './options.js';
import { planSections } from './sections.js';
import { estimateMetrics, TABLE_GAP_PT, tableTextSize, type LineMetric } from './styles.js';
import { keptWithNext, namedGroups, rowHeights, spaceAfterTable, tableLayout } from './handlers/table.js';
import { LIST_LABEL_START, listIndents } from './handlers/list.js';
import { figureBox } from './handlers/figure.js';
import { isLeadIn, PAGE_BREAK_TWIPS } from './handlers/paragraph.js';

const TWIPS_PER_PT = 20;

type EntryList = 'contents' | 'tabel' | 'gambar';

/** The running state: page, position on it, and the labels and lists of the entries so far. */
class Cursor {
  page = 0;
  y = 0;
  label = 0;
  format: 'roman' | 'arabic' = 'roman';
  readonly labels: string[] = [];
  readonly lists: EntryList[] = [];
  constructor(
    readonly height: number,
    readonly tocLines: (kind: EntryList) => number,
  ) {}

  newPage(): void {
    this.page++;
    this.label++;
    this.y = 0;
  }

  /** Places a block of the given height, moving to a new page when it does not fit (unless the page is empty). */
  place(h: number): void {
    if (this.y > 0 && this.y + h > this.height) this.newPage();
    this.y += h;
  }

  /**
   * Places a paragraph's lines, running on over pages with Word's widow and orphan control: never one
   * line of a longer paragraph alone at the foot or the head of a page.
   */
  lines(count: number, lineHeight: number, before: number, after: number): void {
    let remaining = count;
    let first = true;
    while (remaining > 0) {
      const space = first && this.y > 0 ? before : 0;
      let fit = Math.floor((this.height - this.y - space) / lineHeight);
      if (fit >= remaining) {
        this.y += space + remaining * lineHeight;
        break;
      }
      if (count > 1 && first && fit < 2) fit = 0;
      else if (count > 1 && remaining - fit < 2) fit = remaining - 2;
      if (fit <= 0 && this.y === 0) fit = Math.max(1, Math.floor(this.height / lineHeight));
      if (fit > 0) {
        this.y += space + fit * lineHeight;
        remaining -= fit;
        first = false;
      }
      if (remaining > 0) this.newPage();
    }
    this.y = Math.min(this.height, this.y + after);
  }

  entry(list: EntryList): void {
    this.lists.push(list);
    this.labels.push(this.format === 'roman' ? romawi(Math.max(1, this.label)).toLowerCase() : String(Math.max(1, this.label)));
  }
}

function textOf(inlines: readonly Inline[]): string {
  return inlineText(inlines);
}

/** Number of lines a text takes in a width, from the average character width of its metric. */
function lineCount(text: string, widthTw: number, m: LineMetric, firstIndentTw = 0): number {
  const charTw = m.sizePt * TWIPS_PER_PT * m.charEm;
  const perLine = Math.max(1, Math.floor(widthTw / charTw));
  const parts = text.split('\n');
  // Words do not break, so lines fill to a little less than the average: count a small loss per line.
  return parts.reduce((n, part) => n + Math.max(1, Math.ceil(((part.length + firstIndentTw / charTw) * 1.035) / perLine)), 0);
}

function lineHeight(m: LineMetric): number {
  return m.sizePt * TWIPS_PER_PT * 1.15 * m.lineFactor;
}

/**
 * The style metrics as the estimate's renderer lays them out. Single spacing is the font's line
 * height (1.15 em for Arial and its metric twin Liberation Sans) in both; Word sets a proportional
 * spacing such as 1.5 lines as that multiple of it, LibreOffice as that multiple of the font size
 * (18 pt lines for 12 pt text at 1.5 lines, measured on its PDFs).
 * @param o resolved options
 * @returns metrics by role
 */
function metrics(o: ResolvedOptions): ReturnType<typeof estimateMetrics> {
  const all = estimateMetrics(o);
  if (o.estimateFor === 'word') return all;
  const lo = (m: LineMetric): LineMetric => (m.lineFactor === 1 ? m : { ...m, lineFactor: m.lineFactor / 1.15 });
  return Object.fromEntries(Object.entries(all).map(([k, m]) => [k, lo(m)])) as ReturnType<typeof estimateMetrics>;
}

function paragraphOf(c: Cursor, text: string, m: LineMetric, width: number): void {
  c.lines(lineCount(text, width - m.indentTw, m, m.firstLineTw), lineHeight(m), m.beforePt * TWIPS_PER_PT, m.afterPt * TWIPS_PER_PT);
}

/**
 * Places a table as the writer keeps it: its caption with its header and first rows, rows kept with the
 * next moved together, the header repeated above the rows of every page it continues on.
 * @param c the cursor
 * @param node the table
 * @param width the text width, twips
 * @param o resolved options
 * @param lead the height of the caption above it, twips (0 without)
 * @param onStart called once the table's first page is known
 */
function tableOf(c: Cursor, node: Table, width: number, o: ResolvedOptions, lead: number, onStart: () => void): void {
  const layout = tableLayout(node, width, tableTextSize(o.style));
  const { header, rows } = rowHeights(namedGroups(node, layout, c.height).node, layout);
  const keep = keptWithNext(node, layout, c.height);
  let i = 0;
  if (rows.length === 0) {
    c.place(lead + header);
    onStart();
  }
  while (i < rows.length) {
    let h = 0;
    let j = i;
    do h += rows[j] ?? 0;
    while (keep[j++] === true && j < rows.length);
    const page = c.page;
    c.place((i === 0 ? lead + header : 0) + h);
    if (i === 0) onStart();
    // A row that moved to a new page sits under the repeated header rows.
    else if (c.page !== page) c.y += header;
    i = j;
  }
}

function listOf(c: Cursor, node: List, level: number, labelStart: number, width: number, o: ResolvedOptions): void {
  const m = metrics(o).list;
  const indent = listIndents(node, level, labelStart, o.style.sizePt);
  for (const item of node.items) {
    for (const child of item.children) {
      if (child.type === 'paragraph') paragraphOf(c, textOf(child.children), { ...m, indentTw: indent.left }, width);
      else if (child.type === 'list') listOf(c, child, level + 1, indent.left, width, o);
      else blocksOf(c, [child], width, o);
    }
  }
}

function blocksOf(c: Cursor, blocks: readonly Block[], width: number, o: ResolvedOptions): void {
  const m = metrics(o);
  blocks.forEach((block, i) => {
    switch (block.type) {
      case 'heading': {
        if (block.level === 1) {
          if (c.y > 0) c.newPage();
          const lines = block.numbered ? 1 + lineCount(textOf(block.children), width, m.heading1) : lineCount(textOf(block.children), width, m.heading1);
          c.entry('contents');
          c.lines(lines, lineHeight(m.heading1), 0, m.heading1.afterPt * TWIPS_PER_PT);
          break;
        }
        const hm = block.level === 2 ? m.heading2 : m.heading3;
        const h = hm.beforePt * TWIPS_PER_PT + lineHeight(hm) * lineCount(textOf(block.children), width - hm.indentTw, hm);
        // Kept with the next paragraph's first line.
        if (c.y > 0 && c.y + h + lineHeight(m.body) > c.height && blocks[i + 1] !== undefined) c.newPage();
        c.place(h);
        c.entry('contents');
        c.y += hm.afterPt * TWIPS_PER_PT;
        break;
      }
      case 'paragraph': {
        const metric = block.small === true ? m.source : m.body;
        // A lead-in moves to the next page with the first lines of what it introduces.
        if (isLeadIn(block, blocks[i + 1])) {
          const h = lineCount(textOf(block.children), width - metric.indentTw, metric, metric.firstLineTw) * lineHeight(metric) + 2 * lineHeight(m.list);
          if (c.y > 0 && c.y + h > c.height) c.newPage();
        }
        paragraphOf(c, textOf(block.children), metric, width);
        break;
      }
      case 'list':
        listOf(c, block, 0, LIST_LABEL_START, width, o);
        break;
      case 'table': {
        const caption = block.caption === undefined ? 0 : (m.caption.beforePt + m.caption.afterPt) * TWIPS_PER_PT + lineHeight(m.caption);
        tableOf(c, block, width, o, caption, () => {
          if (block.caption !== undefined) c.entry('tabel');
        });
        if (block.source !== undefined) paragraphOf(c, textOf(block.source), m.source, width);
        if (spaceAfterTable(block, blocks[i + 1])) c.lines(1, TABLE_GAP_PT * TWIPS_PER_PT, 0, 0);
        break;
      }
      case 'figure': {
        c.place(figureBox(block, width, c.height, o.style).height + 6 * TWIPS_PER_PT + lineHeight(m.caption));
        if (block.caption !== undefined) {
          c.entry('gambar');
          c.y += lineHeight(m.caption) + m.caption.afterPt * TWIPS_PER_PT;
        }
        if (block.source !== undefined) paragraphOf(c, textOf(block.source), m.source, width);
        break;
      }
      case 'pageBreak':
        c.newPage();
        c.y = PAGE_BREAK_TWIPS;
        break;
      case 'landscape':
        blocksOf(c, block.children, width, o);
        break;
      case 'cover':
        c.place(c.height);
        break;
      case 'foreword':
        if (c.y > 0) c.newPage();
        c.entry('contents');
        c.lines(1, lineHeight(m.heading1), 0, m.heading1.afterPt * TWIPS_PER_PT);
        blocksOf(c, block.children, width, o);
        if (block.signature !== undefined) c.place(lineHeight(m.body) * 6);
        break;
      case 'toc':
        if (c.y > 0) c.newPage();
        c.entry('contents');
        // The title, the field's first and last paragraphs, and one line per entry (counted beforehand).
        c.lines(1, lineHeight(m.heading1), 0, m.heading1.afterPt * TWIPS_PER_PT);
        c.lines(2, lineHeight(m.body), 0, 0);
        c.lines(c.tocLines(block.kind), lineHeight(m.toc), 0, 0);
        break;
    }
  });
}

/** Lays out the sections of a document; the cursor of the last section holds every entry's label and list. */
function layOut(doc: Doc, o: ResolvedOptions, tocLines: (kind: EntryList) => number): { labels: string[]; lists: EntryList[] } {
  let cursor: Cursor | undefined;
  const labels: string[] = [];
  const lists: EntryList[] = [];
  for (const plan of planSections(doc, o)) {
    const geometry = pageGeometry(o, plan.landscape);
    const next = new Cursor(geometry.textHeight, tocLines);
    next.page = cursor?.page ?? 0;
    next.label = plan.restart ? 0 : (cursor?.label ?? 0);
    next.format = plan.part === 'body' ? 'arabic' : 'roman';
    next.newPage();
    blocksOf(next, plan.blocks, geometry.textWidth, o);
    labels.push(...next.labels);
    lists.push(...next.lists);
    cursor = next;
  }
  return { labels, lists };
}

/**
 * Estimates the page label of every table-of-contents entry, in the order the writer records them: a
 * first pass counts the entries of each list (the lists come before their entries), a second places
 * the lists at their length.
 * @param doc the document
 * @param o resolved options
 * @returns labels ("iv", "12") by entry key
 */
export function estimatePages(doc: Doc, o: ResolvedOptions): Map<number, string> {
  const { lists } = layOut(doc, o, () => 0);
  const count = (kind: EntryList): number => lists.filter((l) => l === kind).length;
  return new Map(layOut(doc, o, count).labels.map((label, key) => [key, label]));
}
