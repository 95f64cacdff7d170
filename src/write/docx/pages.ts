/** Page numbers of the table-of-contents entries, from laying out a first pass of the document. */
import { Paragraph, Table, type Document, type ISectionOptions } from 'docx';
import type * as Layout from 'docx/layout';
import type { WriteContext } from './context.js';

let layout: typeof Layout | undefined;

/**
 * Loads docx's layout engine, which only laid-out page numbers need (the books' are estimated): it is
 * more code than the rest of docx.
 */
export async function loadLayout(): Promise<void> {
  layout ??= await import('docx/layout');
}

/**
 * Where each entry's paragraph is among the paragraphs and tables of the body, as the layout counts them.
 * @param sections the sections, children filled
 * @param ctx the context of the pass
 * @returns body index by entry key
 */
export function entryBodyIndex(sections: readonly ISectionOptions[], ctx: WriteContext): Map<number, number> {
  const keyOf = new Map<Paragraph, number>(ctx.entries.map((e) => [e.target, e.key]));
  const found = new Map<number, number>();
  let index = 0;
  sections.forEach((section, s) => {
    for (const child of section.children) {
      const key = child instanceof Paragraph ? keyOf.get(child) : undefined;
      if (key !== undefined) found.set(key, index);
      index += child instanceof Paragraph || child instanceof Table ? 1 : (ctx.layoutBlocks.get(child) ?? 1);
    }
    // A section break is written in the section's last paragraph; after a table or a table of
    // contents, docx adds an empty paragraph to hold it. The last section's properties end the body.
    const last = section.children[section.children.length - 1];
    if (s < sections.length - 1 && !(last instanceof Paragraph)) index += 1;
  });
  return found;
}

/**
 * Lays the document out and reads the page label ("iv", "12") each entry starts on ({@link loadLayout}
 * first). When the layout
 * cannot place something exactly as Word would (a font without known metrics, such as Bookman Old
 * Style), it is laid out again with docx's best guess, so the entries still get page numbers; Word
 * corrects them when it updates the fields.
 * @param document the first-pass document
 * @param sections its sections
 * @param ctx the context of the pass
 * @returns page labels by entry key
 */
export function entryPages(document: Document, sections: readonly ISectionOptions[], ctx: WriteContext): Map<number, string> {
  const indexOf = entryBodyIndex(sections, ctx);
  const pageOfIndex = new Map<number, string>();
  if (layout === undefined) throw new Error('entryPages needs loadLayout() first');
  const { layoutDocument } = layout;
  const exact = layoutDocument(document);
  const laidOut = exact.stoppedAt === undefined ? exact : layoutDocument(document, { guess: true });
  for (const page of laidOut.pages) {
    for (const block of page.body) {
      // A paragraph split over pages starts on the first page it appears on.
      if (!pageOfIndex.has(block.index) && page.pageNumber !== undefined) pageOfIndex.set(block.index, page.pageNumber);
    }
  }
  const pages = new Map<number, string>();
  for (const [key, index] of indexOf) {
    const label = pageOfIndex.get(index);
    if (label !== undefined) pages.set(key, label);
  }
  return pages;
}
