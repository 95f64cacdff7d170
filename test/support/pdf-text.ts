/**
 * Reading a rendered book back as a reader sees it, with poppler's `pdftotext -layout` (and `pdfinfo`
 * for its metadata): the text of each page, its printed page number, the entries of its table of
 * contents and lists with the pages they show, and the page each heading or caption is really on.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Whether poppler's tools are installed. */
export const hasPoppler: boolean = await run('pdftotext', ['-v']).then(
  () => true,
  () => false,
);

/**
 * The text of every page of a PDF, laid out as on the page.
 * @param pdfPath the PDF file
 * @returns one string per page
 */
export async function pdfPages(pdfPath: string): Promise<string[]> {
  const { stdout } = await run('pdftotext', ['-layout', pdfPath, '-'], { maxBuffer: 1 << 28 });
  const pages = stdout.split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages;
}

/**
 * `pdfinfo` of a PDF: its fields, and its XMP metadata.
 * @param pdfPath the PDF file
 * @returns the fields by name ("Tagged", "Title" …) and the XMP packet
 */
export async function pdfInfo(pdfPath: string): Promise<{ fields: Record<string, string>; xmp: string }> {
  const info = await run('pdfinfo', [pdfPath]);
  const meta = await run('pdfinfo', ['-meta', pdfPath]);
  const fields = Object.fromEntries(
    info.stdout.split('\n').flatMap((l) => {
      const m = /^([^:]+):\s*(.*)$/.exec(l);
      return m === null ? [] : [[m[1] ?? '', (m[2] ?? '').trim()]];
    }),
  );
  return { fields, xmp: meta.stdout };
}

const LABEL = /^(?:[ivxlcdm]+|\d+)$/;
const LIST_TITLES = ['DAFTAR ISI', 'DAFTAR TABEL', 'DAFTAR GAMBAR'];

/** The non-empty lines of a page, trimmed. */
export function lines(page: string): string[] {
  return page
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/**
 * The page number printed in a page's footer (its last line), if any.
 * @param page a page's text
 * @returns "iv", "12", or undefined (the cover)
 */
export function pageLabel(page: string): string | undefined {
  const last = lines(page).at(-1) ?? '';
  return LABEL.test(last) ? last : undefined;
}

/**
 * The lines of a page between its running header and its page number.
 * @param page a page's text
 * @param header the running header's text
 * @returns the body lines
 */
export function bodyLines(page: string, header: string): string[] {
  const all = lines(page);
  const start = all[0] !== undefined && squash(all[0]).includes(squash(header)) ? 1 : 0;
  const end = pageLabel(page) !== undefined ? all.length - 1 : all.length;
  return all.slice(start, end);
}

/** A text without its white space: lines wrap differently in a list and on the page. */
export const squash = (s: string): string => s.replace(/\s+/g, '');

/** One line of a table of contents or a list, as printed. */
export interface ListEntry {
  /** The list it is in: DAFTAR ISI, DAFTAR TABEL or DAFTAR GAMBAR. */
  readonly list: string;
  readonly title: string;
  /** The page number it shows. */
  readonly shown: string;
}

/** An entry ends with dot leaders (a single dot when its title nearly fills the line) and its page number. */
const LEADER = /^(.*?)\s*(?:\.\s?)+\s*([ivxlcdm]+|\d+)$/;

/**
 * The entries of the table of contents and of the lists of tables and figures, and the pages they are on.
 * @param pages the pages' text
 * @param header the running header's text
 * @returns the entries in order, and the indexes of the pages of the lists
 */
export function listEntries(pages: readonly string[], header: string): { entries: ListEntry[]; listPages: Set<number> } {
  const entries: ListEntry[] = [];
  const listPages = new Set<number>();
  let inList = false;
  let list = '';
  pages.forEach((page, i) => {
    const body = bodyLines(page, header);
    const opens = body.some((l) => LIST_TITLES.includes(l));
    if (!opens && !(inList && body.some((l) => LEADER.test(l)))) {
      inList = false;
      return;
    }
    inList = true;
    listPages.add(i);
    let pending = '';
    for (const line of body) {
      if (LIST_TITLES.includes(line)) {
        pending = '';
        list = line;
        continue;
      }
      const m = LEADER.exec(line);
      if (m !== null) {
        entries.push({ list, title: `${pending} ${m[1] ?? ''}`.replace(/\s+/g, ' ').trim(), shown: m[2] ?? '' });
        pending = '';
      } else {
        pending += ` ${line}`;
      }
    }
  });
  return { entries, listPages };
}

/** An entry, the page it shows and the page its heading or caption is printed on. */
export interface EntryCheck extends ListEntry {
  /** The printed page number of the page it was found on, or undefined when not found. */
  readonly actual: string | undefined;
}

/**
 * Finds every entry's heading or caption in the book: in document order, each on or after the page
 * of the one before in its list; the lists' own titles as a line of their own on the pages of the lists, the
 * others elsewhere.
 * @param pages the pages' text
 * @param header the running header's text
 * @returns each entry with the page it shows and the page it is on
 */
export function checkEntries(pages: readonly string[], header: string): EntryCheck[] {
  const { entries, listPages } = listEntries(pages, header);
  const squashed = pages.map((p) => squash(bodyLines(p, header).join(' ')));
  let from = 0;
  let list = '';
  return entries.map((e) => {
    // Each list follows the book from its start.
    if (e.list !== list) {
      list = e.list;
      from = 0;
    }
    const own = LIST_TITLES.includes(e.title);
    const wanted = squash(e.title);
    let found = -1;
    for (let i = own ? 0 : from; i < pages.length; i++) {
      if (listPages.has(i) !== own) continue;
      const here = own ? bodyLines(pages[i] ?? '', header).includes(e.title) : (squashed[i] ?? '').includes(wanted);
      if (here) {
        found = i;
        break;
      }
    }
    if (found >= 0 && !own) from = found;
    return { ...e, actual: found >= 0 ? pageLabel(pages[found] ?? '') : undefined };
  });
}

/** A line of text on a page and where it is, in points from the top. */
export interface PlacedLine {
  readonly text: string;
  readonly top: number;
  readonly bottom: number;
}

/** A page's size and its lines of text, from `pdftotext -bbox-layout`. */
export interface PlacedPage {
  readonly height: number;
  readonly lines: readonly PlacedLine[];
}

const decode = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/**
 * The lines of text of every page of a PDF with their vertical positions.
 * @param pdfPath the PDF file
 * @returns one entry per page
 */
export async function pdfPlacedPages(pdfPath: string): Promise<PlacedPage[]> {
  const { stdout } = await run('pdftotext', ['-bbox-layout', pdfPath, '-'], { maxBuffer: 1 << 28 });
  return [...stdout.matchAll(/<page width="[\d.]+" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((page) => ({
    height: Number(page[1]),
    lines: [...(page[2] ?? '').matchAll(/<line xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)].map((l) => ({
      top: Number(l[1]),
      bottom: Number(l[2]),
      text: [...(l[3] ?? '').matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((w) => decode(w[1] ?? '')).join(' '),
    })),
  }));
}

/**
 * The pages that show an image (charts and logos are embedded as images).
 * @param pdfPath the PDF file
 * @returns page numbers, 1-based
 */
export async function pdfImagePages(pdfPath: string): Promise<Set<number>> {
  const { stdout } = await run('pdfimages', ['-list', pdfPath], { maxBuffer: 1 << 26 });
  return new Set(
    stdout
      .split('\n')
      .slice(2)
      .map((l) => Number(/^\s*(\d+)/.exec(l)?.[1]))
      .filter((n) => Number.isInteger(n)),
  );
}

/** Something a reader would call badly laid out, on a page (1-based physical page number). */
export interface LayoutProblem {
  readonly page: number;
  readonly label: string | undefined;
  readonly problem: 'nearly-empty' | 'total-row-alone';
  readonly text: readonly string[];
}

/** A chapter, a foreword or a list starts here: its first line is a heading in capitals. */
function startsChapter(body: readonly string[]): boolean {
  const first = body[0] ?? '';
  return /^BAB [IVXLCDM]+$/.test(first) || (/^[A-Z][A-Z0-9 ,.&()–-]{3,}$/.test(first) && !/\d{2,}/.test(first));
}

/**
 * Pages a reader would call badly laid out: a page without an image and with fewer than three lines
 * of text that does not end a chapter (the last page before a chapter, a foreword or a list, or the
 * book's last page); and a table continued onto a page with only its header and its total row (a
 * "Jumlah" or "Total" cell on its own).
 * @param pages the pages' text (`pdfPages`)
 * @param placed the pages' placed lines (`pdfPlacedPages`)
 * @param header the running header's text
 * @param images the pages (1-based) with an image (`pdfImagePages`)
 * @returns the problems, in page order
 */
export function layoutProblems(
  pages: readonly string[],
  placed: readonly PlacedPage[],
  header: string,
  images: ReadonlySet<number>,
): LayoutProblem[] {
  const problems: LayoutProblem[] = [];
  pages.forEach((page, i) => {
    if (i === 0) return; // the cover
    const body = bodyLines(page, header);
    const label = pageLabel(page);
    const box = placed[i];
    const next = pages[i + 1];
    const endsChapter = next === undefined || startsChapter(bodyLines(next, header));
    if (box !== undefined && !endsChapter) {
      const texts = new Set(body.map(squash));
      const rows = new Set(
        box.lines
          .filter((l) => texts.has(squash(l.text)) || body.some((b) => squash(b).includes(squash(l.text))))
          .filter((l) => !LABEL.test(l.text.trim()) && !squash(l.text).includes(squash(header)))
          .map((l) => Math.round(l.top)),
      );
      if (rows.size < 3 && !images.has(i + 1)) problems.push({ page: i + 1, label, problem: 'nearly-empty', text: body });
    }
    // A continued table: every line before its total row is a line of the page before (the repeated header).
    const total = body.findIndex((l) => /^(Jumlah|Total)(?=\s{2,}|$)/.test(l));
    const before = pages[i - 1];
    if (total >= 0 && before !== undefined && !startsChapter(body)) {
      const previous = new Set(lines(before));
      const head = body.slice(0, total);
      if (head.every((l) => previous.has(l)) && !head.some((l) => /^(Tabel|Gambar) \d/.test(l))) {
        problems.push({ page: i + 1, label, problem: 'total-row-alone', text: body.slice(0, total + 1) });
      }
    }
  });
  return problems;
}

/**
 * The running header of a book: the first line most of its pages share.
 * @param pages the pages' text
 * @returns the header's text
 */
export function runningHeader(pages: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const p of pages) {
    const first = lines(p)[0];
    if (first !== undefined) counts.set(first, (counts.get(first) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}
