/**
 * The example's books as a reader of the PDFs sees them: every line of every table of contents and
 * list shows the page its heading or caption is printed on, no page is left nearly empty inside a
 * chapter, no table is continued onto a page with only its total row, and the PDF is tagged; with
 * --pdf-a it is PDF/A-2b. The plain DOCX's estimated pages are within a page for nine entries in ten. Needs LibreOffice and poppler; skipped with a message where they are missing.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertDocxFiles } from '../../src/write/pdf.js';
import { runCli } from '../support/memory-env.js';
import { checkEntries, pdfInfo, pdfPages, runningHeader } from '../support/pdf-text.js';
import { EXAMPLE, tempDir } from '../support/project.js';
import { buildPrinted, skipReason, wrongEntries, type PrintedBook } from './support.js';

const skipped = skipReason === '' ? '' : ` (SKIPPED: ${skipReason})`;

describe.skipIf(skipReason !== '')(`the example's books as PDF${skipped}`, () => {
  let books: PrintedBook[] = [];
  let dir = '';
  afterAll(async () => {
    if (dir !== '') await rm(dir, { recursive: true, force: true });
  });
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'masterplan-print-'));
    const out = path.join(dir, 'keluaran');
    const built = await buildPrinted(EXAMPLE, out);
    expect(built.code, built.stderr).toBe(0);
    books = built.books;
  }, 600_000);

  it('are the four books', () => {
    expect(books.map((b) => b.file)).toEqual([
      'buku-1-analisis-strategis.pdf',
      'buku-2-masterplan.pdf',
      'buku-3-ringkasan-eksekutif.pdf',
      'buku-4-profil-quick-win.pdf',
    ]);
  });

  it('show in every table of contents and list the page each heading and caption is printed on', () => {
    for (const book of books) {
      expect(book.entries.length, book.file).toBeGreaterThan(10);
      expect(wrongEntries(book), book.file).toEqual([]);
    }
    // The lists hold every kind of entry: the front matter in roman, chapters, sections, tables, figures.
    const first = books[0]?.entries ?? [];
    expect(first.find((e) => e.title === 'DAFTAR ISI')?.shown).toMatch(/^[ivx]+$/);
    expect(first.find((e) => e.title === 'BAB I PENDAHULUAN')?.shown).toBe('1');
    expect(first.some((e) => e.list === 'DAFTAR TABEL')).toBe(true);
    expect(first.some((e) => e.list === 'DAFTAR GAMBAR')).toBe(true);
  });

  it('leave no page nearly empty inside a chapter and no table continued with only its total row', () => {
    for (const book of books) expect(book.layout, book.file).toEqual([]);
  });

  it('are tagged PDFs that name the book, its author and its language', async () => {
    for (const book of books) {
      const { fields } = await pdfInfo(book.pdf);
      expect(fields['Tagged'], book.file).toBe('yes');
      expect(fields['Title'], book.file).toMatch(/^Masterplan Smart City Kota Tegal 2023–2032 — Buku I{0,3}V?: /);
      expect(fields['Author'], book.file).toBe('Tim Pelaksana Smart City Kota Tegal');
      // The catalogue's language, which screen readers follow (LibreOffice writes the catalogue uncompressed).
      expect((await readFile(book.pdf)).toString('latin1'), book.file).toContain('/Lang(id-ID)');
    }
  });
});

describe.skipIf(skipReason !== '')(`build --pdf-a${skipped}`, () => {
  it('writes PDF/A-2b, tagged, as its metadata says', async () => {
    const out = path.join(await tempDir(), 'arsip');
    const built = await buildPrinted(EXAMPLE, out, ['--book', '3', '--pdf-a']);
    expect(built.code, built.stderr).toBe(0);
    const [book] = built.books;
    expect(book?.file).toBe('buku-3-ringkasan-eksekutif.pdf');
    const { fields, xmp } = await pdfInfo(book?.pdf ?? '');
    expect(fields['Tagged']).toBe('yes');
    expect(xmp).toMatch(/<pdfaid:part>2<\/pdfaid:part>/);
    expect(xmp).toMatch(/<pdfaid:conformance>B<\/pdfaid:conformance>/);
    expect(book === undefined ? ['no book'] : wrongEntries(book)).toEqual([]);
  }, 300_000);

  it('a plain PDF claims no PDF/A conformance', async () => {
    const out = path.join(await tempDir(), 'biasa');
    const built = await buildPrinted(EXAMPLE, out, ['--book', '3']);
    expect(built.code, built.stderr).toBe(0);
    const { xmp } = await pdfInfo(built.books[0]?.pdf ?? '');
    expect(xmp).not.toContain('pdfaid:part');
  }, 300_000);
});

/** A page label as a number: roman front matter before the arabic pages. */
function pageNumber(label: string | undefined): number {
  if (label === undefined) return Number.NaN;
  if (/^\d+$/.test(label)) return Number(label);
  const value: Record<string, number> = { i: 1, v: 5, x: 10, l: 50 };
  let n = 0;
  for (let k = 0; k < label.length; k++) {
    const a = value[label.charAt(k)] ?? 0;
    n += a < (value[label.charAt(k + 1)] ?? 0) ? -a : a;
  }
  return n - 1000;
}

describe.skipIf(skipReason !== '')(`the plain DOCX books' estimated pages${skipped}`, () => {
  it('are within one page of where LibreOffice prints them for nine entries in ten', async () => {
    const out = path.join(await tempDir(), 'docx');
    const built = await runCli(['build', EXAMPLE, '--out', out, '--format', 'docx']);
    expect(built.code, built.stderr).toBe(0);
    const names = (await readdir(out)).filter((f) => f.endsWith('.docx')).sort();
    const files = await Promise.all(names.map(async (name) => ({ name, bytes: await readFile(path.join(out, name)) })));
    const converted = await convertDocxFiles(files);
    expect(converted.ok).toBe(true);
    if (!converted.ok) return;
    let all = 0;
    let near = 0;
    for (const name of names) {
      const pdf = path.join(out, name.replace(/\.docx$/, '.pdf'));
      const bytes = converted.pdfs.get(name);
      expect(bytes, name).toBeDefined();
      await writeFile(pdf, bytes ?? new Uint8Array());
      const pages = await pdfPages(pdf);
      const entries = checkEntries(pages, runningHeader(pages));
      expect(entries.length, name).toBeGreaterThan(10);
      all += entries.length;
      near += entries.filter((e) => Math.abs(pageNumber(e.shown) - pageNumber(e.actual)) <= 1).length;
    }
    expect(near / all).toBeGreaterThanOrEqual(0.9);
  }, 300_000);
});
