/**
 * The bookmarks a book carries so that the pages of its headings and captions can be read back from a
 * rendering: one on every table-of-contents entry's paragraph (the entries link to it), and one where
 * each page numbering restarts, naming its number format. A PDF exported with bookmarks as named
 * destinations then tells the physical page of each, and {@link entryPageLabels} turns those into the
 * page numbers the book prints ("iv", "12").
 */
import { romawi } from '../../doc/numbering.js';

/** Hidden bookmarks (a leading underscore, as Word's own `_Toc…`) so they do not crowd Word's list. */
const PREFIX = '_Mp';

/**
 * The bookmark of a table-of-contents entry's paragraph.
 * @param key the entry's key (its place among all entries)
 * @returns the bookmark name
 */
export function entryBookmark(key: number): string {
  return `${PREFIX}E${key}`;
}

/** How the pages of a numbering run are numbered. */
export type PageFormat = 'roman' | 'arabic';

/**
 * The bookmark at the first paragraph of a section whose page numbering restarts at 1.
 * @param index the section's index in the book
 * @param format its number format
 * @returns the bookmark name
 */
export function restartBookmark(index: number, format: PageFormat): string {
  return `${PREFIX}${format === 'roman' ? 'R' : 'A'}${index}`;
}

/**
 * The name of a bookmark as a PDF names its destination. LibreOffice writes an underscore as `5F`
 * (the hex code without its `#`); a correct writer keeps it.
 * @param name a destination name
 * @returns the bookmark name it stands for, or undefined for another destination
 */
function bookmarkOf(name: string): string | undefined {
  const m = /^(?:_|5F|#5F)Mp([EAR]\d+)$/.exec(name);
  return m === null ? undefined : `${PREFIX}${m[1] ?? ''}`;
}

/**
 * The page number each entry is printed on, from the physical pages (0-based) of the bookmarks in a
 * rendering: a page after a restart bookmark counts from 1 in that run's format; a landscape section
 * continues the count of the run it is in.
 * @param destinations physical page index by destination name, as read from a PDF
 * @returns page labels by entry key ("iv", "12"); an entry before any restart (on the cover) has none
 */
export function entryPageLabels(destinations: ReadonlyMap<string, number>): Map<number, string> {
  const restarts: { page: number; format: PageFormat }[] = [];
  const entries: { key: number; page: number }[] = [];
  for (const [name, page] of destinations) {
    const bookmark = bookmarkOf(name)?.slice(PREFIX.length);
    if (bookmark === undefined) continue;
    const n = Number(bookmark.slice(1));
    if (bookmark.startsWith('E')) entries.push({ key: n, page });
    else restarts.push({ page, format: bookmark.startsWith('R') ? 'roman' : 'arabic' });
  }
  restarts.sort((a, b) => a.page - b.page);
  const labels = new Map<number, string>();
  for (const { key, page } of entries) {
    const run = restarts.filter((r) => r.page <= page).at(-1);
    if (run === undefined) continue;
    const n = page - run.page + 1;
    labels.set(key, run.format === 'roman' ? romawi(n).toLowerCase() : String(n));
  }
  return labels;
}
