/**
 * PDF twins whose tables of contents and lists of tables and figures show the pages the headings and
 * captions are printed on: write each book with its estimated page numbers, render it through
 * LibreOffice, read back from the PDF the page every heading and caption landed on (its bookmark is a
 * named destination), write the book again with those pages, and render again, until what is written
 * is what is read, in at most {@link MAX_PDF_PASSES} renderings. Every book of a pass is rendered in
 * one run of LibreOffice.
 */
import type { Doc } from '../doc/ast.js';
import type { DocxOptions } from '../write/docx/index.js';
import type { PdfFailure } from '../write/pdf.js';

/** The most renderings of a book: the estimate, the pages read back, and twice more if a line of the lists moved a page. */
export const MAX_PDF_PASSES = 4;

/** A book to render: its DOCX file name, its document and the writer's options. */
export interface PdfBook {
  readonly file: string;
  readonly doc: Doc;
  readonly options: DocxOptions;
}

/** A book rendered: the DOCX and its PDF twin, how many renderings it took, and whether they agreed. */
export interface RenderedPdf {
  readonly docx: Uint8Array;
  readonly pdf: Uint8Array;
  readonly passes: number;
  /** The pages read back from the PDF are the pages its lists show. */
  readonly exact: boolean;
}

export type PdfPassesResult = { readonly ok: true; readonly books: ReadonlyMap<string, RenderedPdf> } | PdfFailure;

function same(a: ReadonlyMap<number, string>, b: ReadonlyMap<number, string>): boolean {
  return a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);
}

/**
 * Renders books as DOCX and PDF with exact page numbers in their lists.
 * @param books the books
 * @param pdf LibreOffice options: program path, PDF/A, timeout
 * @param onPass called after each rendering with the books it rendered and how long it took
 * @returns every book's DOCX and PDF, or why LibreOffice could not render them
 */
export async function renderExactPdfs(
  books: readonly PdfBook[],
  pdf: { readonly soffice?: string; readonly archive?: boolean; readonly timeoutMs?: number } = {},
  onPass?: (files: readonly string[], ms: number) => void,
): Promise<PdfPassesResult> {
  const { entryPageLabels, estimatedEntryPages, writeDocx } = await import('../write/docx/index.js');
  const { convertDocxFiles, readPdfDestinations } = await import('../write/pdf.js');
  const done = new Map<string, RenderedPdf>();
  let pending = await Promise.all(
    books.map(async (book) => {
      const pages = estimatedEntryPages(book.doc, book.options);
      return { book, pages, docx: await writeDocx(book.doc, { ...book.options, pages }) };
    }),
  );
  for (let pass = 1; pending.length > 0; pass++) {
    const t = performance.now();
    const converted = await convertDocxFiles(
      pending.map((p) => ({ name: p.book.file, bytes: p.docx })),
      pdf,
    );
    if (!converted.ok) return converted;
    onPass?.(
      pending.map((p) => p.book.file),
      performance.now() - t,
    );
    const next: typeof pending = [];
    for (const p of pending) {
      const bytes = converted.pdfs.get(p.book.file) ?? new Uint8Array();
      const read = entryPageLabels(await readPdfDestinations(bytes));
      const exact = same(read, p.pages);
      if (exact || pass >= MAX_PDF_PASSES) {
        done.set(p.book.file, { docx: p.docx, pdf: bytes, passes: pass, exact });
        continue;
      }
      next.push({ book: p.book, pages: read, docx: await writeDocx(p.book.doc, { ...p.book.options, pages: read }) });
    }
    pending = next;
  }
  return { ok: true, books: done };
}
