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
import { TableOfContents, type Document } from 'docx';
import { xmlOf, type Xmlable } from './xml.js';

/** docx's component interface, as far as it is used here. */
interface Component {
  prepForXml(context: unknown): unknown;
  readonly writtenAs?: readonly unknown[];
}

interface Body extends Component {
  readonly root: Component[];
  readonly pageNumbers?: unknown;
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

/**
 * Formats and writes the document's XML with each block of the body written as soon as it is
 * formatted: docx's own formatting of the document and its body, with each block's formatted tree
 * replaced by a stand-in once written, so that the trees of one block only exist at a time.
 * @param document the document
 * @returns the XML text, in pieces, before the placeholders are given their values
 */
function documentPieces(document: Document): string[] {
  const file = document as unknown as FileInternals;
  const context = { viewWrapper: file.Document, file, stack: [] };
  const blocks: string[] = [];
  const written = new Map<object, string>();
  const wrapped: { target: Component; own: PropertyDescriptor | undefined }[] = [];
  try {
    for (const block of file.Document.View.Body.root) {
      const format = block.prepForXml.bind(block);
      wrapped.push({ target: block, own: Object.getOwnPropertyDescriptor(block, 'prepForXml') });
      Object.defineProperty(block, 'prepForXml', {
        configurable: true,
        writable: true,
        enumerable: false,
        value: (ctx: unknown): unknown => {
          const xml = format(ctx);
          if (typeof xml !== 'object' || xml === null) return xml;
          const name = Object.keys(xml)[0];
          if (name === undefined || name === '_attr') return xml;
          // The stand-in keeps the element's name and nothing in it, for what docx looks for in the written body.
          const standIn = { [name]: [] };
          written.set(standIn, `\u0000${blocks.length}\u0000`);
          blocks.push(xmlOf(xml as Xmlable));
          return standIn;
        },
      });
    }
    const xml = file.Document.View.prepForXml(context);
    if (!xml) throw new Error('XMLComponent did not format correctly');
    const outline = DECLARATION + xmlOf(xml as Xmlable, written);
    // The outline holds each block's index between NUL characters, which XML text never has.
    return outline.split('\u0000').map((piece, i) => (i % 2 === 1 ? (blocks[Number(piece)] ?? '') : piece));
  } finally {
    for (const { target, own } of wrapped) {
      if (own) Object.defineProperty(target, 'prepForXml', own);
      else Reflect.deleteProperty(target, 'prepForXml');
    }
  }
}

/** The parts of a package, with the document's XML in pieces and the value of each placeholder in it. */
export interface StreamedParts {
  /** Every part but `word/document.xml`, as docx's compiler gives them. */
  readonly parts: Map<string, string | Uint8Array | ArrayBufferView | ArrayBuffer>;
  /** The text of `word/document.xml`, in pieces that each hold whole elements, placeholders not yet replaced. */
  readonly pieces: string[];
  /** Replaces the placeholders in a piece, as docx's compiler replaces them in the whole document. */
  readonly fill: (piece: string) => string;
}

/**
 * Compiles a document with its body written block by block (see the module notes). Check
 * {@link canStream} first.
 * @param compiler docx's compiler
 * @param document the document
 * @returns the parts, the document's XML in pieces, and how to fill in its placeholders
 */
export function compileStreamed(compiler: PartCompiler, document: Document): StreamedParts {
  const pieces = documentPieces(document);
  const keys = new Set<string>();
  for (const piece of pieces) for (const [, key] of piece.matchAll(PLACEHOLDER)) if (key !== undefined && !UNSAFE.test(key)) keys.add(key);
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
