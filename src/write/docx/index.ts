/**
 * The DOCX writer: document model → DOCX bytes, in phases: work out the page numbers of the tables of
 * contents (estimated from the model, or laid out from a first pass), plan and write the sections, fill
 * the tables of contents, pack and normalise.
 */
import { Document, type FileChild, type ISectionOptions } from 'docx';
import type { Doc } from '../../doc/ast.js';
import { createContext, type WriteContext } from './context.js';
import { packDocx } from './normalise.js';
import { numberingConfig, orderedStarts } from './numbering.js';
import { resolveOptions, type DocxOptions, type ResolvedOptions } from './options.js';
import { estimatePages } from './estimate.js';
import { entryPages, loadLayout } from './pages.js';
import { resolveSections, sectionWriters, writeSections } from './sections.js';
import { SectionBlocks, type LaterBlock, type SlicedBlock } from './stream.js';
import { buildStyles } from './styles.js';

export type { DocxOptions } from './options.js';
export { entryPageLabels } from './bookmarks.js';

/** The language of the books' text, as the styles declare it. */
const DEFAULT_LANGUAGE = 'id-ID';
export type { Paper, StyleOptions } from './styles.js';

/** The document's own options: properties, styles, numbering, settings, and the given sections. */
function documentOf(doc: Doc, o: ResolvedOptions, orderedStarts: ReadonlySet<number>, sections: ISectionOptions[]): Document {
  const props = doc.properties;
  return new Document({
    title: props?.title ?? doc.title,
    ...(props?.subject !== undefined ? { subject: props.subject } : {}),
    // docx writes "Un-named" for a missing author; a document without one has an empty author.
    creator: props?.creator ?? '',
    lastModifiedBy: props?.creator ?? '',
    ...(props?.keywords !== undefined && props.keywords.length > 0 ? { keywords: props.keywords.join('; ') } : {}),
    revision: 1,
    styles: buildStyles(o.style),
    numbering: numberingConfig(orderedStarts),
    // Word offers to update the fields (TOC, SEQ) on opening; they are already filled for other readers.
    features: { updateFields: true },
    // A justified line ending in a line break is not stretched (values with line breaks, list items).
    compatibility: { doNotExpandShiftReturn: true },
    sections,
  });
}

function buildDocument(doc: Doc, o: ResolvedOptions, pages?: ReadonlyMap<number, string>): {
  document: Document;
  sections: ISectionOptions[];
  ctx: WriteContext;
} {
  const ctx = createContext(o, pages, doc.children.some((b) => b.type === 'toc'));
  const written = writeSections(doc, ctx);
  const sections = resolveSections(written, ctx);
  return { document: documentOf(doc, o, ctx.orderedStarts, sections), sections, ctx };
}

/**
 * The page numbers of the entries of the tables of contents, as the options ask them: given, laid out
 * from a first pass, estimated, or none.
 */
function pagesFor(doc: Doc, o: ResolvedOptions): ReadonlyMap<number, string> | undefined {
  if (o.pages !== undefined) return o.pages;
  if (o.pageNumbers === 'layout') {
    // First pass: the document and its entries, whose pages are then looked up in its layout.
    const first = buildDocument(doc, o);
    return entryPages(first.document, first.sections, first.ctx);
  }
  return o.pageNumbers === 'estimate' ? estimatePages(doc, o) : undefined;
}

/**
 * Whether the page numbers agree with the entries written: the estimate walks the model on its own;
 * if it ever disagrees on the entries, no numbers are written rather than wrong ones.
 */
function agrees(o: ResolvedOptions, pages: ReadonlyMap<number, string> | undefined, ctx: WriteContext): boolean {
  return o.pages !== undefined || o.pageNumbers !== 'estimate' || pages?.size === ctx.entries.length;
}

/**
 * The document the writer packs with its sections' blocks made one at a time as its XML is written
 * (see `SectionBlocks`): the same document as {@link docxDocument}, which only `compileStreamed` writes.
 */
function streamedDocument(doc: Doc, o: ResolvedOptions): Document {
  const pages = pagesFor(doc, o);
  const ctx = createContext(o, pages, doc.children.some((b) => b.type === 'toc'));
  // Written once every block is: the tables of contents.
  let done: WriteContext | undefined;
  const resolved = (): WriteContext => (done ??= agrees(o, pages, ctx) ? ctx : { ...ctx, pages: new Map() });
  const starts = orderedStarts(doc);
  const sections = sectionWriters(doc, ctx).map((s, i, all): ISectionOptions => {
    const blocks = function* (): Generator<FileChild | LaterBlock | SlicedBlock, void, undefined> {
      for (const out of s.outputs()) yield 'deferred' in out ? { later: () => out.deferred(resolved()) } : out;
      // The numbering definitions were made before the lists were written: they must be the same.
      if (i === all.length - 1 && !sameSet(starts, ctx.orderedStarts)) throw new Error('the ordered lists written are not those found in the document');
    };
    return { ...s.options, children: [new SectionBlocks(blocks)] };
  });
  return documentOf(doc, o, starts, sections);
}

function sameSet<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}

/**
 * The docx document the writer packs: the page numbers of the tables of contents worked out, the
 * sections planned and written.
 * @param doc the document
 * @param options paper, draft, date, styles, how to work out the page numbers of the table of contents
 * @returns the docx document
 */
export async function docxDocument(doc: Doc, options: DocxOptions = {}): Promise<Document> {
  const o = resolveOptions(options);
  if (o.pageNumbers === 'layout' && o.pages === undefined) await loadLayout();
  const pages = pagesFor(doc, o);
  const built = buildDocument(doc, o, pages);
  return agrees(o, pages, built.ctx) ? built.document : buildDocument(doc, o).document;
}

/**
 * Writes a document as DOCX.
 * @param doc the document
 * @param options paper, draft, date, styles, how to work out the page numbers of the table of contents
 * @returns the DOCX bytes, identical for identical input
 */
export async function writeDocx(doc: Doc, options: DocxOptions = {}): Promise<Uint8Array> {
  const o = resolveOptions(options);
  if (o.pageNumbers === 'layout' && o.pages === undefined) await loadLayout();
  // Each block is made as it is written: the blocks of a whole book never exist as docx objects at once.
  return packDocx(streamedDocument(doc, o), { date: o.date, language: doc.properties?.language ?? DEFAULT_LANGUAGE });
}

/**
 * The page numbers the writer estimates for the entries of a document's tables of contents (what
 * `pageNumbers: 'estimate'` writes), by entry key: the first guess before a rendering is read back.
 * @param doc the document
 * @param options writer options (paper, styles)
 * @returns page labels by entry key
 */
export function estimatedEntryPages(doc: Doc, options: DocxOptions = {}): Map<number, string> {
  return estimatePages(doc, resolveOptions(options));
}
