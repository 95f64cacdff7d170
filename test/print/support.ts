/** Building a project's books as PDF for the print tests, and reading each book back. */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { findSoffice } from '../../src/write/pdf.js';
import { runCli } from '../support/memory-env.js';
import { checkEntries, hasPoppler, layoutProblems, pdfImagePages, pdfPages, pdfPlacedPages, runningHeader, type EntryCheck, type LayoutProblem } from '../support/pdf-text.js';

/** Why the print tests are skipped here, or '' when they run. */
export const skipReason = findSoffice() === undefined ? 'LibreOffice (soffice) not found' : !hasPoppler ? 'poppler (pdftotext) not found' : '';
// eslint-disable-next-line no-console -- the reason the print tests are skipped
if (skipReason !== '') console.warn(`The print tests are skipped: ${skipReason}.`);

/** A book read back from its PDF. */
export interface PrintedBook {
  readonly file: string;
  readonly pdf: string;
  readonly pages: string[];
  readonly entries: EntryCheck[];
  readonly layout: LayoutProblem[];
}

/**
 * Builds a project's books as PDF and reads each one back.
 * @param root the project
 * @param out the output folder
 * @param args more build arguments
 * @returns the books, in file order, and the build's stderr
 */
export async function buildPrinted(root: string, out: string, args: string[] = []): Promise<{ books: PrintedBook[]; stderr: string; code: number }> {
  const result = await runCli(['build', root, '--out', out, '--format', 'pdf', ...args]);
  const books: PrintedBook[] = [];
  for (const file of (await readdir(out)).filter((f) => f.endsWith('.pdf')).sort()) {
    const pdf = path.join(out, file);
    const pages = await pdfPages(pdf);
    const header = runningHeader(pages);
    books.push({
      file,
      pdf,
      pages,
      entries: checkEntries(pages, header),
      layout: layoutProblems(pages, await pdfPlacedPages(pdf), header, await pdfImagePages(pdf)),
    });
  }
  return { books, stderr: result.stderr, code: result.code };
}

/**
 * The entries whose page is not the one their heading or caption is printed on.
 * @param book a book read back
 * @returns "title: shows x, is on y" per wrong entry
 */
export function wrongEntries(book: PrintedBook): string[] {
  return book.entries.filter((e) => e.actual !== e.shown).map((e) => `${e.list} › ${e.title}: shows ${e.shown}, is on ${e.actual ?? '(not found)'}`);
}
