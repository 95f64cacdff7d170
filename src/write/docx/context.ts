/** The state of one DOCX write: counters for numbers, the registry of table-of-contents entries, list instances. */
import type { FileChild, Paragraph, Table } from 'docx';
import type { CaptionKind } from '../../doc/ast.js';
import type { ResolvedOptions } from './options.js';

/**
 * What a block handler returns: docx blocks, a slot filled once the whole book is known (the tables of
 * contents), or a long table made a slice of its rows at a time.
 */
export type Output = FileChild | Deferred | SlicedTable;

export interface Deferred {
  readonly deferred: (ctx: WriteContext) => FileChild[];
}

/**
 * A table long enough to be made in slices of its rows when the document's XML is written block by
 * block (`stream.ts`), so that the docx objects of all its rows never exist at once: a table of a few
 * thousand rows is a few hundred thousand objects, all kept while the table is written.
 */
export interface SlicedTable {
  /** The whole table, for a document made whole. */
  readonly whole: () => Table;
  /**
   * The same table in slices, each made when the one before is written: tables of the same
   * properties and grid, the first with the header rows, that together hold its rows in order.
   */
  readonly slices: () => Iterable<Table>;
}

/** A line of a table of contents or of a list of tables or figures. */
export interface TocEntry {
  readonly list: 'contents' | CaptionKind;
  readonly level: 1 | 2 | 3;
  readonly title: string;
  /** The paragraph the entry points at, to find its page. */
  readonly target: Paragraph;
  /** Its place among all entries, the key of its page number. */
  readonly key: number;
}

export interface WriteContext {
  readonly options: ResolvedOptions;
  /** Width of the text of the section being written, twips. */
  textWidth: number;
  /** Height of the text of the section being written (portrait or landscape), twips. */
  textHeight: number;
  /** Chapter, section and subsection numbers of the last heading; captions counted within the chapter. */
  readonly numbers: { chapter: number; section: number; subsection: number; tabel: number; gambar: number };
  readonly entries: TocEntry[];
  /** First numbers of the ordered lists written, for their numbering definitions. */
  readonly orderedStarts: Set<number>;
  /**
   * Whether headings, captions and page-numbering restarts are bookmarked: in a book with a table of
   * contents or a list, whose lines link to them and whose pages are read back from a rendering.
   */
  readonly bookmarks: boolean;
  /** Page labels by entry key, from laying out an earlier pass ("iv", "12"). */
  readonly pages: ReadonlyMap<number, string>;
  /** How many paragraphs and tables the page layout counts in a block that is not one (a table of contents). */
  readonly layoutBlocks: WeakMap<FileChild, number>;
  /** Next number of a list instance (each ordered list restarts). */
  nextListInstance(): number;
  /** Next id of a drawing (images), unique in the document. */
  nextDrawingId(): number;
}

/**
 * A fresh context.
 * @param options resolved writer options
 * @param pages page labels of the entries, when known
 * @param bookmarks whether to bookmark the entries and the numbering restarts
 * @returns the context
 */
export function createContext(options: ResolvedOptions, pages: ReadonlyMap<number, string> = new Map(), bookmarks = false): WriteContext {
  let list = 0;
  let drawing = 0;
  return {
    options,
    textWidth: 0,
    textHeight: 0,
    numbers: { chapter: 0, section: 0, subsection: 0, tabel: 0, gambar: 0 },
    entries: [],
    orderedStarts: new Set(),
    pages,
    bookmarks,
    layoutBlocks: new WeakMap(),
    nextListInstance: () => ++list,
    nextDrawingId: () => ++drawing,
  };
}

/**
 * Records an entry of a table of contents or a caption list.
 * @param ctx write context
 * @param entry what the entry says and where it points
 */
export function addEntry(ctx: WriteContext, entry: Omit<TocEntry, 'key'>): void {
  ctx.entries.push({ ...entry, key: ctx.entries.length });
}
