/**
 * The parts of a DOCX package with `word/document.xml` written one block of the body at a time.
 *
 * docx's compiler formats the whole document into one tree of objects, works that out into a second
 * tree, and writes it as one string: for a large book, several times the size of its XML at once. Here
 * each block of the body is formatted and written to text on its own, so only one block's trees exist
 * at a time; the document around the blocks is docx's own. The other parts (numbering, relationships,
 * styles, headers) still come from docx's compiler, which is given a stand-in for the document's XML
 * that holds the same placeholders (the `{key}` docx writes for an image's relationship or a list's
 * number before it knows them), so it registers the same images and gives each placeholder its value;
 * the values are then written into the blocks' text. Every part is the same text as docx writes.
 */
import { Paragraph, TableOfContents, type Document, type FileChild, type SectionProperties } from 'docx';
import { componentXml, Formatted, type FormatContext } from './components.js';
import { firstKey, xmlOf, type Xmlable } from './xml.js';

/** docx's component interface, as far as it is used here. */
interface Component {
  readonly prepForXml: (this: unknown, context: unknown) => unknown;
  readonly writtenAs?: readonly unknown[];
}

interface Body extends Component {
  readonly root: Component[];
  readonly pageNumbers?: unknown;
  getSectionPropertiesFor(child?: unknown): unknown;
}

interface FileInternals {
  readonly Document: { readonly View: Component & { readonly Body: Body } };
}

/** docx's compiler, which gives the parts of a package before `Packer.pack` zips them. */
export type PartCompiler = { compile(file: Document): Map<string, string | Uint8Array | ArrayBufferView | ArrayBuffer> };

const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

/** docx's placeholders: `{key}`, key without braces. */
const PLACEHOLDER = /\{([^{}]+)\}/g;

/** What XML escaping would change: a placeholder with it cannot be written as text of the stand-in. */
// eslint-disable-next-line no-control-regex -- control characters are dropped from XML text.
const UNSAFE = /[&"'<>\x00-\x1F]/;

/**
 * Whether a document's body can be written block by block with the same result: docx's work on the
 * whole written body (filling a table of contents that was not given its entries, numbering pages and
 * captions when the document is given page numbers) is not needed, and every block is written as itself.
 * @param document the document
 * @returns whether {@link compileStreamed} may write it
 */
export function canStream(document: Document): boolean {
  const body = (document as unknown as FileInternals).Document.View.Body;
  if (body.pageNumbers !== undefined) return false;
  return body.root.every(
    (child) => child.writtenAs === undefined && !(child instanceof TableOfContents && (child as unknown as { fromHeadings?: unknown }).fromHeadings !== undefined),
  );
}

/** Replaces a method of one object for the length of a call, and puts back what was there. */
function withOwn<T>(target: object, name: string, value: unknown, run: () => T): T {
  const own = Object.getOwnPropertyDescriptor(target, name);
  Object.defineProperty(target, name, { value, configurable: true, writable: true, enumerable: false });
  try {
    return run();
  } finally {
    if (own) Object.defineProperty(target, name, own);
    else Reflect.deleteProperty(target, name);
  }
}

/** A block of a section written later than its place: after the section's last block (a table of contents, which lists them). */
export interface LaterBlock {
  readonly later: () => FileChild[];
}

/**
 * A table made in slices of its rows: tables of the same properties and grid, the first with the
 * header rows, whose rows together are the table's. It is written as one table, a slice at a time.
 */
export interface SlicedBlock {
  readonly slices: () => Iterable<FileChild>;
}

/** The start of a table's first row in its XML text. */
const ROW_START = /<w:tr[ >]/;

/** The end of a table's XML text. */
const TABLE_END = '</w:tbl>';

/**
 * The blocks of one section of a document, made only when the document's XML is written block by
 * block ({@link compileStreamed}), each made, formatted and written before the next is made, so that
 * the blocks of a whole book never exist as docx objects at once. Give it as the section's only child:
 * docx takes it for the section's last paragraph (and gives it the section's properties); each block is
 * written as docx writes a child of the body, and the section's properties go into its last paragraph,
 * or into an empty paragraph after its last block when that is no paragraph, as docx puts them.
 */
export class SectionBlocks extends Paragraph {
  /** The section's properties, while docx's body is written, unless this is the last section. */
  private ending: SectionProperties | undefined;

  /**
   * @param blocks makes the section's blocks in order, one when the one before is taken; a
   *   {@link LaterBlock} is made once every section's blocks are written, and written in its place;
   *   a {@link SlicedBlock} is made and written a slice at a time
   */
  constructor(readonly blocks: () => Iterable<FileChild | LaterBlock | SlicedBlock>) {
    super({});
  }

  override addSectionProperties(sectionProperties: SectionProperties): void {
    this.ending = sectionProperties;
  }

  override removeSectionProperties(sectionProperties: SectionProperties): void {
    if (this.ending === sectionProperties) this.ending = undefined;
  }

  /** The properties of the section this ends, as docx's body gives them when it is written. */
  get sectionEnd(): SectionProperties | undefined {
    return this.ending;
  }

  override prepForXml(): never {
    throw new Error("a section's blocks are written only block by block (compileStreamed)");
  }
}

/**
 * The text of a block of the body formatted on its own: what docx writes for it inside the body.
 * @param xml what the block's `prepForXml` gave
 * @returns its XML text; nothing for a block docx leaves out
 */
function blockText(xml: unknown): string {
  if (xml === undefined) return '';
  const name = typeof xml === 'object' && xml !== null ? firstKey(xml) : undefined;
  // An attribute or text would belong to the body element itself, which a block written on its own cannot say.
  if (name === undefined || name === '_attr') throw new Error('a block of the body was formatted as no element');
  return xmlOf(xml as Xmlable);
}

/** A piece of the document's XML: text, or UTF-8 bytes for a piece with nothing to fill in. */
export type Piece = string | Uint8Array;

/**
 * UTF-8 bytes of pieces of text written one after another, in large chunks: a book's XML held as bytes
 * outside the JavaScript heap rather than as strings (two bytes a character in a string with any
 * character beyond Latin-1), and without an object for each piece.
 */
class ByteRuns {
  private chunk = new Uint8Array(0);
  private used = 0;
  private readonly encoder = new TextEncoder();

  /**
   * Adds a piece's bytes after the last piece's.
   * @param text the piece
   * @param last the bytes of the piece before, if it was added here
   * @returns the piece's bytes, joined to the last piece's when they follow each other in one chunk
   */
  add(text: string, last: Piece | undefined): Uint8Array {
    // A UTF-16 code unit is at most three bytes in UTF-8.
    if (this.chunk.length - this.used < text.length * 3) {
      this.chunk = new Uint8Array(Math.max(CHUNK, text.length * 3));
      this.used = 0;
    }
    const start = this.used;
    this.used += this.encoder.encodeInto(text, this.chunk.subarray(start)).written;
    const joins = last instanceof Uint8Array && last.buffer === this.chunk.buffer && last.byteOffset + last.byteLength === start;
    return this.chunk.subarray(joins ? last.byteOffset : start, this.used);
  }
}

/** The size of a chunk of {@link ByteRuns}. */
const CHUNK = 4 << 20;

/** The markers of pieces in the outline: `\u0000from-to\u0000`, never in XML text. */
const marker = (from: number, to: number): string => `\u0000${String(from)}-${String(to)}\u0000`;

/**
 * Formats and writes the document's XML with each block of the body written as soon as it is
 * formatted: docx's own formatting of the document and its body, with each block's formatted tree
 * replaced by a stand-in once written, so that the trees of one block only exist at a time. The blocks
 * of a {@link SectionBlocks} are also made one at a time, just before they are formatted.
 * @param document the document
 * @returns the XML text, in pieces, before the placeholders are given their values
 */
function documentPieces(document: Document, keepText: (piece: string) => boolean): Piece[] {
  const file = document as unknown as FileInternals;
  const body = file.Document.View.Body;
  const context = { viewWrapper: file.Document, file, stack: [] };
  const pieces: Piece[] = [];
  const bytes = new ByteRuns();
  /** The first piece of the run of pieces being written (one stand-in's): earlier ones are not added to. */
  let floor = 0;
  /** Adds a written block: as bytes unless it has placeholders or is to be kept as text; bytes that follow bytes make one piece. */
  const add = (xml: string): void => {
    if (xml.includes('{') || keepText(xml)) {
      pieces.push(xml);
      return;
    }
    const last = pieces.length > floor ? pieces.at(-1) : undefined;
    const piece = bytes.add(xml, last);
    if (last instanceof Uint8Array && piece.buffer === last.buffer && piece.byteOffset === last.byteOffset) pieces[pieces.length - 1] = piece;
    else pieces.push(piece);
  };
  const written = new Map<object, string>();
  const wrapped: { target: Component; own: PropertyDescriptor | undefined }[] = [];
  /** Blocks written after the last section's, the piece each is written into, its section, and whether it ends it. */
  const later: { at: number; block: LaterBlock; section: SectionBlocks; ends: boolean }[] = [];
  const lastSection = body.root.findLast((child) => child instanceof SectionBlocks);
  /** The section whose blocks are being written: what docx finds a block of the body is in (a table's width). */
  let current: SectionBlocks | undefined;
  const sectionOf = body.getSectionPropertiesFor.bind(body);
  /** Writes a part of a block as docx writes a child of the body. */
  const writePart = (part: Component): string => {
    const xml = componentXml(part, context);
    return xml instanceof Formatted ? blockText(xml.value) : (xml ?? '');
  };
  /** Writes a block as docx writes a child of the body. */
  const writeChild = (child: FileChild): string => {
    const parts = (child as unknown as Component).writtenAs as Component[] | undefined;
    return parts ? parts.map(writePart).join('') : writePart(child as unknown as Component);
  };
  /** The paragraph docx adds to hold a section's properties when the section does not end with a paragraph. */
  const sectionParagraph = (ending: SectionProperties): string => {
    const holder = new Paragraph({});
    holder.addSectionProperties(ending);
    return writeChild(holder);
  };
  /**
   * Writes a table a slice at a time: the first slice's text without its end, then each other
   * slice's rows (its text after what comes before the first row, the same as the first slice's,
   * and before its end), then the end.
   */
  const writeSlices = (block: SlicedBlock): void => {
    let before: string | undefined;
    for (const slice of block.slices()) {
      const xml = writeChild(slice);
      const rows = xml.search(ROW_START);
      if (rows === -1 || !xml.endsWith(TABLE_END) || (before !== undefined && xml.slice(0, rows) !== before)) {
        throw new Error('a slice of a table was not written as a table of the same properties with rows');
      }
      add(xml.slice(before === undefined ? 0 : rows, xml.length - TABLE_END.length));
      before ??= xml.slice(0, rows);
    }
    if (before === undefined) throw new Error('a table in slices had no slice');
    add(TABLE_END);
  };
  const writeLast = (block: FileChild | SlicedBlock, ending: SectionProperties): void => {
    if ('slices' in block) {
      writeSlices(block);
      add(sectionParagraph(ending));
      return;
    }
    if (!(block instanceof Paragraph)) {
      add(writeChild(block));
      add(sectionParagraph(ending));
      return;
    }
    block.addSectionProperties(ending);
    try {
      add(writeChild(block));
    } finally {
      block.removeSectionProperties(ending);
    }
  };
  const write = (section: SectionBlocks, block: FileChild | LaterBlock | SlicedBlock, last: boolean): void => {
    const ending = last ? section.sectionEnd : undefined;
    if ('later' in block) {
      later.push({ at: pieces.length, block, section, ends: ending !== undefined });
      pieces.push('');
      if (ending) add(sectionParagraph(ending));
    } else if (ending) writeLast(block, ending);
    else if ('slices' in block) writeSlices(block);
    else add(writeChild(block));
  };
  const writeSection = (section: SectionBlocks): string => {
    const from = pieces.length;
    floor = from;
    current = section;
    try {
      // Each block is written once the next is made: the last one ends the section.
      let previous: FileChild | LaterBlock | SlicedBlock | undefined;
      for (const block of section.blocks()) {
        if (previous !== undefined) write(section, previous, false);
        previous = block;
      }
      if (previous !== undefined) write(section, previous, true);
      else if (section.sectionEnd) add(sectionParagraph(section.sectionEnd));
      if (section === lastSection) {
        for (const { at, block, section: s, ends } of later) {
          current = s;
          const children = block.later();
          if (ends && children.at(-1) instanceof Paragraph) throw new Error('a block written later cannot end its section with a paragraph');
          pieces[at] = children.map(writeChild).join('');
        }
      }
    } finally {
      current = undefined;
    }
    return marker(from, pieces.length);
  };
  wrapped.push({ target: body, own: Object.getOwnPropertyDescriptor(body, 'getSectionPropertiesFor') });
  Object.defineProperty(body, 'getSectionPropertiesFor', {
    configurable: true,
    writable: true,
    enumerable: false,
    value: (child?: unknown): unknown => sectionOf(child === undefined || current === undefined ? child : current),
  });
  try {
    for (const block of body.root) {
      const prep = block.prepForXml;
      wrapped.push({ target: block, own: Object.getOwnPropertyDescriptor(block, 'prepForXml') });
      Object.defineProperty(block, 'prepForXml', {
        configurable: true,
        writable: true,
        enumerable: false,
        value: (ctx: unknown): unknown => {
          if (block instanceof SectionBlocks) {
            // The stand-in of a section's blocks: an empty paragraph, as the stand-in of a written paragraph.
            const standIn = { 'w:p': [] };
            written.set(standIn, writeSection(block));
            return standIn;
          }
          const xml = componentXml(block, ctx as FormatContext, prep);
          if (xml === undefined) return xml;
          let name: string | undefined = (block as { rootKey?: string }).rootKey;
          if (xml instanceof Formatted) {
            const value = xml.value;
            if (typeof value !== 'object' || value === null) return value;
            name = firstKey(value);
            if (name === undefined || name === '_attr') return value;
          }
          // The stand-in keeps the element's name and nothing in it, for what docx looks for in the written body.
          const standIn = { [name as string]: [] };
          floor = pieces.length;
          add(xml instanceof Formatted ? xmlOf(xml.value as Xmlable) : xml);
          written.set(standIn, marker(floor, pieces.length));
          return standIn;
        },
      });
    }
    const xml = file.Document.View.prepForXml(context);
    if (!xml) throw new Error('XMLComponent did not format correctly');
    const outline = DECLARATION + xmlOf(xml as Xmlable, written);
    // The outline holds the ranges of pieces between NUL characters, which XML text never has.
    return outline.split('\u0000').flatMap((piece, i) => {
      if (i % 2 === 0) return [piece];
      const [from, to] = piece.split('-').map(Number);
      return pieces.slice(from, to);
    });
  } finally {
    for (const { target, own } of wrapped) {
      const name = target === body ? 'getSectionPropertiesFor' : 'prepForXml';
      if (own) Object.defineProperty(target, name, own);
      else Reflect.deleteProperty(target, name);
    }
  }
}

/** The parts of a package, with the document's XML in pieces and the value of each placeholder in it. */
export interface StreamedParts {
  /** Every part but `word/document.xml`, as docx's compiler gives them. */
  readonly parts: Map<string, string | Uint8Array | ArrayBufferView | ArrayBuffer>;
  /**
   * The text of `word/document.xml`, in pieces that each hold whole elements (or whole rows of a
   * table written in slices, with its start or end), placeholders not yet replaced; as UTF-8 bytes
   * where there is nothing to replace and the piece is not to be kept as text.
   */
  readonly pieces: Piece[];
  /** Replaces the placeholders in a piece, as docx's compiler replaces them in the whole document. */
  readonly fill: (piece: string) => string;
}

/**
 * Compiles a document with its body written block by block (see the module notes). Check
 * {@link canStream} first.
 * @param compiler docx's compiler
 * @param document the document
 * @param keepText which pieces without placeholders to keep as text, for what the caller changes in them (default: all)
 * @returns the parts, the document's XML in pieces, and how to fill in its placeholders
 */
export function compileStreamed(compiler: PartCompiler, document: Document, keepText: (piece: string) => boolean = () => true): StreamedParts {
  const pieces = documentPieces(document, keepText);
  const keys = new Set<string>();
  for (const piece of pieces) if (typeof piece === 'string') for (const [, key] of piece.matchAll(PLACEHOLDER)) if (key !== undefined && !UNSAFE.test(key)) keys.add(key);
  const order = [...keys];
  const standIn = { 'w:document': [{ 'w:body': order.map((key) => ({ 'w:t': `{${key}}` })) }] };
  const view = (document as unknown as FileInternals).Document.View;
  const parts = withOwn(view, 'prepForXml', () => standIn, () => compiler.compile(document));
  const compiled = parts.get('word/document.xml');
  const values = typeof compiled === 'string' ? [...compiled.matchAll(/<w:t>([^<]*)<\/w:t>/g)].map((m) => m[1] ?? '') : [];
  if (typeof compiled !== 'string' || values.length !== order.length || !compiled.startsWith(`${DECLARATION}<w:document><w:body>`)) {
    throw new Error("docx's compiler did not write the document's stand-in as expected");
  }
  const value = new Map<string, string>();
  order.forEach((key, i) => {
    const v = values[i] ?? '';
    if (v !== `{${key}}`) value.set(key, v);
  });
  parts.delete('word/document.xml');
  const fill = (piece: string): string => (value.size === 0 ? piece : piece.replace(PLACEHOLDER, (placeholder, key: string) => value.get(key) ?? placeholder));
  return { parts, pieces, fill };
}
