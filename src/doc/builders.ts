/** Short constructors for document nodes, for code and tests that build a Doc by hand. */
import type {
  Align,
  Block,
  Break,
  Cover,
  Doc,
  Emphasis,
  Figure,
  Foreword,
  Heading,
  ImageData,
  Inline,
  Landscape,
  List,
  PageBreak,
  Paragraph,
  Placeholder,
  Strong,
  Table,
  TableRow,
  Text,
  Toc,
} from './ast.js';

type InlineArg = Inline | string;

function inlines(args: readonly InlineArg[]): Inline[] {
  return args.map((a) => (typeof a === 'string' ? text(a) : a));
}

/** @param value literal text @returns a text node */
export function text(value: string): Text {
  return { type: 'text', value };
}

/** @param children inlines or strings @returns a bold node */
export function strong(...children: InlineArg[]): Strong {
  return { type: 'strong', children: inlines(children) };
}

/** @param children inlines or strings @returns an italic node */
export function emphasis(...children: InlineArg[]): Emphasis {
  return { type: 'emphasis', children: inlines(children) };
}

/** @returns a line break */
export function br(): Break {
  return { type: 'break' };
}

/**
 * @param what what is missing
 * @param opd the OPD that owes it
 * @returns a placeholder for missing data
 */
export function placeholder(what: string, opd?: string): Placeholder {
  return opd === undefined ? { type: 'placeholder', what } : { type: 'placeholder', what, opd };
}

/**
 * @param level 1 (chapter), 2 or 3
 * @param children the title
 * @returns a numbered heading
 */
export function heading(level: 1 | 2 | 3, ...children: InlineArg[]): Heading {
  return { type: 'heading', level, numbered: true, children: inlines(children) };
}

/**
 * @param level 1, 2 or 3
 * @param children the title
 * @returns an unnumbered heading that still appears in the table of contents
 */
export function plainHeading(level: 1 | 2 | 3, ...children: InlineArg[]): Heading {
  return { type: 'heading', level, numbered: false, children: inlines(children) };
}

/** @param children inlines or strings @returns a paragraph */
export function paragraph(...children: InlineArg[]): Paragraph {
  return { type: 'paragraph', children: inlines(children) };
}

/**
 * @param align the alignment
 * @param children inlines or strings
 * @returns an aligned paragraph
 */
export function alignedParagraph(align: Align, ...children: InlineArg[]): Paragraph {
  return { type: 'paragraph', align, children: inlines(children) };
}

/**
 * @param ordered numbered or bullets
 * @param items each item's blocks, or a string for a one-paragraph item
 * @returns a list
 */
export function list(ordered: boolean, items: readonly (readonly Block[] | string)[]): List {
  return {
    type: 'list',
    ordered,
    items: items.map((i) => ({ children: typeof i === 'string' ? [paragraph(i)] : i })),
  };
}

/**
 * @param header header rows, each a list of cell texts or inlines
 * @param rows body rows
 * @param extra caption, widths, alignment, source
 * @returns a table
 */
export function table(
  header: readonly (readonly InlineArg[])[],
  rows: readonly (readonly InlineArg[])[],
  extra: Partial<Pick<Table, 'caption' | 'widths' | 'align' | 'source' | 'group'>> = {},
): Table {
  const toRow = (r: readonly InlineArg[]): TableRow => ({ cells: r.map((c) => ({ children: inlines([c]) })) });
  const columns = Math.max(0, ...[...header, ...rows].map((r) => r.length));
  return {
    type: 'table',
    header: header.map(toRow),
    rows: rows.map(toRow),
    ...(extra.widths !== undefined ? { widths: extra.widths } : {}),
    align: extra.align ?? Array.from({ length: columns }, () => undefined),
    ...(extra.caption !== undefined ? { caption: extra.caption } : {}),
    ...(extra.source !== undefined ? { source: extra.source } : {}),
    ...(extra.group !== undefined ? { group: extra.group } : {}),
  };
}

/**
 * @param image the image bytes and size
 * @param caption the caption text
 * @param widthCm width on the page
 * @returns a figure
 */
export function figure(image: ImageData, caption?: string, widthCm?: number): Figure {
  return {
    type: 'figure',
    image,
    ...(caption !== undefined ? { caption: [text(caption)] } : {}),
    ...(widthCm !== undefined ? { widthCm } : {}),
  };
}

/** @returns a page break */
export function pageBreak(): PageBreak {
  return { type: 'pageBreak' };
}

/** @param children blocks on landscape pages @returns a landscape run */
export function landscape(...children: Block[]): Landscape {
  return { type: 'landscape', children };
}

/** @param fields cover fields @returns a cover */
export function cover(fields: Omit<Cover, 'type'>): Cover {
  return { type: 'cover', ...fields };
}

/**
 * @param children the foreword's paragraphs
 * @param signature signature block
 * @returns a foreword titled KATA PENGANTAR
 */
export function foreword(children: readonly Block[], signature?: Foreword['signature']): Foreword {
  return { type: 'foreword', title: 'KATA PENGANTAR', children, ...(signature ? { signature } : {}) };
}

/**
 * @param kind contents, tabel or gambar
 * @param title title shown above it
 * @returns a table of contents or a list of tables/figures
 */
export function toc(kind: Toc['kind'], title?: string): Toc {
  const titles = { contents: 'DAFTAR ISI', tabel: 'DAFTAR TABEL', gambar: 'DAFTAR GAMBAR' } as const;
  return { type: 'toc', kind, title: title ?? titles[kind] };
}

/**
 * @param title running header text
 * @param children the blocks
 * @returns a document
 */
export function doc(title: string, ...children: Block[]): Doc {
  return { type: 'doc', title, children };
}
