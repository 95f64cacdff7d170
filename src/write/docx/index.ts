/**
 * The DOCX writer: document model → DOCX bytes, in phases: plan and write the sections, fill the tables
 * of contents, lay out a first pass for their page numbers, write again with them, pack and normalise.
 */
import { Document, Packer, type ISectionOptions } from 'docx';
import type { Doc } from '../../doc/ast.js';
import { createContext, type WriteContext } from './context.js';
import { normaliseDocx } from './normalise.js';
import { numberingConfig } from './numbering.js';
import { resolveOptions, type DocxOptions, type ResolvedOptions } from './options.js';
import { estimatePages } from './estimate.js';
import { entryPages } from './pages.js';
import { resolveSections, writeSections } from './sections.js';
import { buildStyles } from './styles.js';

export type { DocxOptions } from './options.js';
export type { Paper, StyleOptions } from './styles.js';

function buildDocument(doc: Doc, o: ResolvedOptions, pages?: ReadonlyMap<number, string>): {
  document: Document;
  sections: ISectionOptions[];
  ctx: WriteContext;
} {
  const ctx = createContext(o, pages);
  const written = writeSections(doc, ctx);
  const sections = resolveSections(written, ctx);
  const document = new Document({
    title: doc.title,
    creator: 'masterplan',
    lastModifiedBy: 'masterplan',
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
 * Writes a document as DOCX.
 * @param doc the document
 * @param options paper, draft, date, styles, how to work out the page numbers of the table of contents
 * @returns the DOCX bytes, identical for identical input
 */
export async function writeDocx(doc: Doc, options: DocxOptions = {}): Promise<Uint8Array> {
  const o = resolveOptions(options);
  let pages: ReadonlyMap<number, string> | undefined;
  if (o.pageNumbers !== false) {
    // First pass: the entries (and, for the layout, the document) whose pages are then looked up.
    const first = buildDocument(doc, o);
    const count = (kind: string): number => first.ctx.entries.filter((e) => e.list === kind).length;
    pages = o.pageNumbers === 'layout' ? entryPages(first.document, first.sections, first.ctx) : estimatePages(doc, o, count);
    // The estimate walks the model on its own; if it ever disagrees on the entries, write no numbers rather than wrong ones.
    if (o.pageNumbers === 'estimate' && pages.size !== first.ctx.entries.length) pages = undefined;
  }
  const { document } = buildDocument(doc, o, pages);
  const packed = await Packer.pack(document, 'uint8array');
  return normaliseDocx(packed, o.date);
}
