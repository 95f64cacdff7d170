/**
 * The DOCX writer: document model → DOCX bytes, in phases: work out the page numbers of the tables of
 * contents (estimated from the model, or laid out from a first pass), plan and write the sections, fill
 * the tables of contents, pack and normalise.
 */
import { Document, type ISectionOptions } from 'docx';
import type { Doc } from '../../doc/ast.js';
import { createContext, type WriteContext } from './context.js';
import { packDocx } from './normalise.js';
import { numberingConfig } from './numbering.js';
import { resolveOptions, type DocxOptions, type ResolvedOptions } from './options.js';
import { estimatePages } from './estimate.js';
import { entryPages } from './pages.js';
import { resolveSections, writeSections } from './sections.js';
import { buildStyles } from './styles.js';

export type { DocxOptions } from './options.js';
export { entryPageLabels } from './bookmarks.js';

/** The language of the books' text, as the styles declare it. */
const DEFAULT_LANGUAGE = 'id-ID';
export type { Paper, StyleOptions } from './styles.js';

function buildDocument(doc: Doc, o: ResolvedOptions, pages?: ReadonlyMap<number, string>): {
  document: Document;
  sections: ISectionOptions[];
  ctx: WriteContext;
} {
  const ctx = createContext(o, pages, doc.children.some((b) => b.type === 'toc'));
  const written = writeSections(doc, ctx);
  const sections = resolveSections(written, ctx);
  const props = doc.properties;
  const document = new Document({
    title: props?.title ?? doc.title,
    ...(props?.subject !== undefined ? { subject: props.subject } : {}),
    // docx writes "Un-named" for a missing author; a document without one has an empty author.
    creator: props?.creator ?? '',
    lastModifiedBy: props?.creator ?? '',
    ...(props?.keywords !== undefined && props.keywords.length > 0 ? { keywords: props.keywords.join('; ') } : {}),
    revision: 1,
    styles: buildStyles(o.style),
    numbering: numberingConfig(ctx.orderedStarts),
    // Word offers to update the fields (TOC, SEQ) on opening; they are already filled for other readers.
    features: { updateFields: true },
    // A justified line ending in a line break is not stretched (values with line breaks, list items).
    compatibility: { doNotExpandShiftReturn: true },
    sections,
  });
  return { document, sections, ctx };
}

/**
 * The docx document the writer packs: the page numbers of the tables of contents worked out, the
 * sections planned and written.
 * @param doc the document
 * @param options paper, draft, date, styles, how to work out the page numbers of the table of contents
 * @returns the docx document
 */
export function docxDocument(doc: Doc, options: DocxOptions = {}): Document {
  const o = resolveOptions(options);
  let pages: ReadonlyMap<number, string> | undefined;
  if (o.pages !== undefined) {
    pages = o.pages;
  } else if (o.pageNumbers === 'layout') {
    // First pass: the document and its entries, whose pages are then looked up in its layout.
    const first = buildDocument(doc, o);
    pages = entryPages(first.document, first.sections, first.ctx);
  } else if (o.pageNumbers === 'estimate') {
    pages = estimatePages(doc, o);
  }
  const built = buildDocument(doc, o, pages);
  // The estimate walks the model on its own; if it ever disagrees on the entries, write no numbers rather than wrong ones.
  const agrees = o.pages !== undefined || o.pageNumbers !== 'estimate' || pages?.size === built.ctx.entries.length;
  return agrees ? built.document : buildDocument(doc, o).document;
}

/**
 * Writes a document as DOCX.
 * @param doc the document
 * @param options paper, draft, date, styles, how to work out the page numbers of the table of contents
 * @returns the DOCX bytes, identical for identical input
 */
export async function writeDocx(doc: Doc, options: DocxOptions = {}): Promise<Uint8Array> {
  const document = docxDocument(doc, options);
  return packDocx(document, { date: resolveOptions(options).date, language: doc.properties?.language ?? DEFAULT_LANGUAGE });
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
