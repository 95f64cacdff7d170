/**
 * The document model between the report templates and the writers: plain, serialisable data, a
 * discriminated union on `type`, with no knowledge of DOCX.
 */

/** Literal text. */
export interface Text {
  readonly type: 'text';
  readonly value: string;
}

/** Bold text. */
export interface Strong {
  readonly type: 'strong';
  readonly children: readonly Inline[];
}

/** Italic text. */
export interface Emphasis {
  readonly type: 'emphasis';
  readonly children: readonly Inline[];
}

/** A line break inside a paragraph, heading or cell. */
export interface Break {
  readonly type: 'break';
}

/** Missing data, shown visibly: what is missing and, when known, which OPD owes it. */
export interface Placeholder {
  readonly type: 'placeholder';
  /** What is missing, e.g. "Data SDM". */
  readonly what: string;
  /** The OPD that has to supply it, e.g. "Dinas Sosial". */
  readonly opd?: string;
}

/**
 * A footnote: its mark where it stands in the text, its paragraphs at the foot of the page (numbered
 * in document order by the writer).
 */
export interface Footnote {
  readonly type: 'footnote';
  readonly children: readonly Paragraph[];
}

export type Inline = Text | Strong | Emphasis | Break | Placeholder | Footnote;

export type Align = 'left' | 'center' | 'right' | 'justify';

/**
 * A heading. Levels 1–3; numbered ones get "BAB I", "1.1", "1.1.1" from the writer, unnumbered ones
 * (Daftar Singkatan …) still appear in the table of contents.
 */
export interface Heading {
  readonly type: 'heading';
  readonly level: 1 | 2 | 3;
  readonly numbered: boolean;
  readonly children: readonly Inline[];
}

/** A body paragraph. */
export interface Paragraph {
  readonly type: 'paragraph';
  readonly align?: Align;
  /** Small print, e.g. the source under a table. */
  readonly small?: boolean;
  readonly children: readonly Inline[];
}

/** A bullet or numbered list; each item holds blocks (paragraphs, nested lists). */
export interface List {
  readonly type: 'list';
  readonly ordered: boolean;
  /** First number of an ordered list (default 1). */
  readonly start?: number;
  readonly items: readonly ListItem[];
}

export interface ListItem {
  readonly children: readonly Block[];
}

export interface TableCell {
  readonly children: readonly Inline[];
}

export interface TableRow {
  readonly cells: readonly TableCell[];
}

/**
 * A table: header rows repeated on every page, body rows, and one relative width weight and alignment
 * per column. A caption makes it a numbered table ("Tabel 3.1 …") listed in the list of tables.
 */
export interface Table {
  readonly type: 'table';
  readonly header: readonly TableRow[];
  readonly rows: readonly TableRow[];
  /**
   * Relative column widths hinted by the template, one positive weight per column. Without them the
   * writer sizes the columns by their contents.
   */
  readonly widths?: readonly number[];
  /** Column alignment, one per column (its length is the number of columns). */
  readonly align: readonly ('left' | 'center' | 'right' | undefined)[];
  readonly caption?: readonly Inline[];
  /** "Sumber: …" line under the table. */
  readonly source?: readonly Inline[];
  /**
   * The column (0-based) that names the group of its rows: a body row with this cell empty belongs to
   * the group of the row above. A group is kept on one page; one too long for that names its group in
   * every row, so a continued page never leaves the reader guessing.
   */
  readonly group?: number;
  /** The stable key authored text refers to a captioned table by (`[@tabel:key]`). */
  readonly key?: string;
}

/** Image bytes: a PNG, optionally an SVG that capable readers show instead, and the intrinsic size in pixels. */
export interface ImageData {
  readonly png: Uint8Array;
  readonly svg?: Uint8Array;
  readonly width: number;
  readonly height: number;
}

/** A figure: an image with a numbered caption ("Gambar 3.1 …") below it. */
export interface Figure {
  readonly type: 'figure';
  readonly image: ImageData;
  /** Width on the page in centimetres; default and maximum: the text width. */
  readonly widthCm?: number;
  readonly caption?: readonly Inline[];
  readonly source?: readonly Inline[];
  /** The stable key authored text refers to a captioned figure by (`[@gambar:key]`). */
  readonly key?: string;
}

/** The two kinds of numbered captions and their Indonesian labels. */
export type CaptionKind = 'tabel' | 'gambar';

export const captionLabels: Readonly<Record<CaptionKind, string>> = {
  tabel: 'Tabel',
  gambar: 'Gambar',
};

/** A forced page break. */
export interface PageBreak {
  readonly type: 'pageBreak';
}

/**
 * A run of blocks set on landscape pages when they need the width (a table too wide for portrait
 * pages, a figure asked wider), or always.
 */
export interface Landscape {
  readonly type: 'landscape';
  readonly children: readonly Block[];
  /** Landscape even when the blocks would fit portrait pages. */
  readonly always?: boolean;
}

/** The cover page. */
export interface Cover {
  readonly type: 'cover';
  readonly title: string;
  readonly subtitle?: string;
  readonly daerah?: string;
  readonly year?: string;
  readonly logo?: ImageData;
}

/** Signature block under the foreword. */
export interface Signature {
  readonly place?: string;
  readonly date?: string;
  readonly name?: string;
  readonly role?: string;
}

/** The foreword (kata pengantar) on its own page. */
export interface Foreword {
  readonly type: 'foreword';
  readonly title: string;
  readonly children: readonly Block[];
  readonly signature?: Signature;
}

/** Table of contents, list of tables or list of figures. */
export interface Toc {
  readonly type: 'toc';
  readonly kind: 'contents' | CaptionKind;
  readonly title: string;
}

export type Block =
  | Heading
  | Paragraph
  | List
  | Table
  | Figure
  | PageBreak
  | Landscape
  | Cover
  | Foreword
  | Toc;

/** Every node kind, for handler tables. */
export type Node = Block | Inline;
export type BlockType = Block['type'];
export type InlineType = Inline['type'];

/** What a book says about itself in its file's properties (shown by readers, indexed by archives). */
export interface DocProperties {
  /** The full title, e.g. "Buku I Analisis Strategis — Masterplan Smart City Kota Tegal 2023–2032". */
  readonly title: string;
  readonly subject?: string;
  /** Who wrote it: the daerah's team. */
  readonly creator?: string;
  readonly keywords?: readonly string[];
  /** BCP 47 language tag of the text (default id-ID). */
  readonly language?: string;
}

/** A whole book. */
export interface Doc {
  readonly type: 'doc';
  /** Running header text (the book title). */
  readonly title: string;
  readonly children: readonly Block[];
  /** The file's properties; without them the title is the running header's. */
  readonly properties?: DocProperties;
}
