/**
 * Loading authored text, `naskah/<buku>/<slot>.md` (docs/naskah.md), with the care the YAML files get: a
 * size cap, UTF-8 only (a byte-order mark is dropped, UTF-16 and invalid bytes refused), no binary,
 * CRLF read as LF. The optional front matter is parsed as YAML with positions; the Markdown body is
 * parsed with positions that are those of the file; the images it shows are checked and read.
 */
import { open, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Image, Node as MdNode, Parent, Root } from 'mdast';
import { diagnostic } from '../diagnostics/catalogue.js';
import type { Diagnostic, Position } from '../diagnostics/diagnostic.js';
import { readProblemDiagnostic } from './index.js';
import type { ParseCache } from './parse-cache.js';
import { parseYaml } from './parse-yaml.js';
import { readText } from './read-text.js';
import { fileStart, type SourceFile } from './source-file.js';

/** The folder of authored text, relative to the project. */
export const NASKAH_DIR = 'naskah';

/** Largest naskah file read, in bytes (docs/naskah.md: at most 1 MB). */
export const MAX_NASKAH_BYTES = 1024 * 1024;

/** Largest image a naskah may show, in bytes. */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

/** How deep sub-folders of naskah/ are searched (slots are one level deep; deeper files are reported). */
const MAX_DEPTH = 6;

/** What is wrong with an image a naskah shows. */
export type ImageProblem = 'missing' | 'outside' | 'not-image' | 'too-large';

/** An image a naskah shows, checked and read. */
export interface NaskahImage {
  /** The address as written in the Markdown (percent-escapes decoded). */
  readonly url: string;
  /** Where the image is written. */
  readonly at: Position;
  /** The bytes (PNG or JPEG) when the image is usable. */
  readonly bytes?: Uint8Array;
  readonly problem?: ImageProblem;
  /** Its size in bytes, when it is too large. */
  readonly size?: number;
}

/** One naskah file as loaded. */
export interface NaskahSource {
  /**
   * The file as a YAML file holding its front matter: `data` is the front matter (an empty map when
   * there is none), absent when the front matter is broken. Positions are those of the file.
   */
  readonly file: SourceFile;
  /** The slot its path names: `buku-1/latar-belakang` for `naskah/buku-1/latar-belakang.md`. */
  readonly slot: string;
  /** The Markdown as parsed: the file with its front matter blanked out, LF line endings. */
  readonly markdown: string;
  /** The body as written after the front matter (LF line endings). */
  readonly body: string;
  /** The parsed body; absent when the file has no text. */
  readonly tree?: Root;
  /** Every image the body shows, in order. */
  readonly images: readonly NaskahImage[];
}

/**
 * Finds and loads every `naskah/**\/*.md` of a project.
 * @param root absolute project folder
 * @param cache what earlier parses gave, when there is a cache
 * @returns the loaded files (sorted by path) and the diagnostics of reading them
 */
export async function loadNaskah(root: string, cache?: ParseCache): Promise<{ sources: NaskahSource[]; diagnostics: Diagnostic[] }> {
  const dir = path.join(root, NASKAH_DIR);
  const found = await listMarkdown(dir, 0);
  if (found.length === 0) return { sources: [], diagnostics: [] };
  // The Markdown parser loads only for a text that the cache does not hold.
  let parseMarkdown: ((markdown: string) => Root) | undefined;
  const parsed = async (markdown: string): Promise<Root> => {
    const kept = cache?.get('markdown', markdown) as Root | undefined;
    if (kept !== undefined) return kept;
    parseMarkdown ??= (await import('./markdown.js')).parseAuthoredMarkdown;
    const tree = parseMarkdown(markdown);
    cache?.put('markdown', markdown, tree);
    return tree;
  };
  const realDir = await realpath(dir).catch(() => dir);
  const sources: NaskahSource[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const abs of found.sort()) {
    const rel = path.relative(root, abs).split(path.sep).join('/');
    const slot = rel.slice(NASKAH_DIR.length + 1, -'.md'.length);
    const read = await readText(abs, MAX_NASKAH_BYTES, { hashComments: false });
    if (!read.ok && read.problem.kind !== 'empty') {
      diagnostics.push(readProblemDiagnostic(rel, read.problem, MAX_NASKAH_BYTES));
      continue;
    }
    const text = read.ok ? read.text.replace(/\r\n?/g, '\n') : '';
    const split = splitFrontMatter(text);
    if (split.unclosed) {
      diagnostics.push(diagnostic('naskah/front-matter-unclosed', fileStart(rel)));
      continue;
    }
    const front = frontMatter({ path: rel, absolutePath: abs }, text, split, cache);
    diagnostics.push(...front.diagnostics);
    const body = text.slice(split.bodyStart);
    const markdown = blank(text.slice(0, split.bodyStart)) + body;
    if (body.trim() === '') {
      diagnostics.push(diagnostic('naskah/empty', fileStart(rel)));
      sources.push({ file: front.file, slot, markdown, body, images: [] });
      continue;
    }
    const tree = await parsed(markdown);
    const images = await checkImages(tree, rel, path.dirname(abs), { dir, realDir });
    sources.push({ file: front.file, slot, markdown, body, tree, images });
  }
  return { sources, diagnostics };
}

async function listMarkdown(dir: string, depth: number): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const abs = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (depth < MAX_DEPTH) out.push(...(await listMarkdown(abs, depth + 1)));
    } else if (e.name.endsWith('.md') && (e.isFile() || (e.isSymbolicLink() && (await stat(abs).then((s) => s.isFile(), () => false))))) {
      out.push(abs);
    }
  }
  return out;
}

interface Split {
  /** Offset where the YAML of the front matter starts and where its closing line starts. */
  readonly yaml?: { readonly start: number; readonly end: number };
  /** Offset where the body starts. */
  readonly bodyStart: number;
  readonly unclosed?: boolean;
}

/** Finds a front matter: a first line `---`, up to a line `---` or `...`. */
function splitFrontMatter(text: string): Split {
  const firstEnd = text.indexOf('\n');
  const first = firstEnd === -1 ? text : text.slice(0, firstEnd);
  if (first.trimEnd() !== '---') return { bodyStart: 0 };
  const start = firstEnd === -1 ? text.length : firstEnd + 1;
  let at = start;
  while (at < text.length) {
    const end = text.indexOf('\n', at);
    const line = text.slice(at, end === -1 ? text.length : end).trimEnd();
    if (line === '---' || line === '...') return { yaml: { start, end: at }, bodyStart: end === -1 ? text.length : end + 1 };
    if (end === -1) break;
    at = end + 1;
  }
  return { bodyStart: 0, unclosed: true };
}

/** Every character but line breaks as a space: offsets, lines and columns stay those of the file. */
function blank(text: string): string {
  return text.replace(/[^\n]/g, ' ');
}

/** The front matter as a YAML file whose positions are those of the naskah file. */
function frontMatter(
  meta: { path: string; absolutePath: string },
  text: string,
  split: Split,
  cache: ParseCache | undefined,
): { file: SourceFile; diagnostics: Diagnostic[] } {
  const base = { ...meta, kind: 'naskah' as const };
  if (split.yaml === undefined) return { file: { ...base, text: '', data: {} }, diagnostics: [] };
  const yaml = blank(text.slice(0, split.yaml.start)) + text.slice(split.yaml.start, split.yaml.end);
  const parsed = parseYaml(base, yaml, cache);
  // A front matter of nothing but comments (as `masterplan new naskah` writes it) says nothing.
  if (parsed.diagnostics.length === 1 && parsed.diagnostics[0]?.code === 'load/empty') {
    return { file: { ...parsed.file, data: {} }, diagnostics: [] };
  }
  return parsed;
}

/** Every image node of a tree, in document order. */
function imageNodes(node: MdNode, out: Image[] = []): Image[] {
  if (node.type === 'image') out.push(node as Image);
  for (const child of (node as Partial<Parent>).children ?? []) imageNodes(child, out);
  return out;
}

/**
 * Checks every image a naskah shows: inside naskah/ (no absolute address, no `..` out of it, no
 * symbolic link out of it), present, PNG or JPEG, not too large; and reads it.
 */
async function checkImages(tree: Root, rel: string, fileDir: string, naskah: { dir: string; realDir: string }): Promise<NaskahImage[]> {
  const cache = new Map<string, Omit<NaskahImage, 'url' | 'at'>>();
  const out: NaskahImage[] = [];
  for (const node of imageNodes(tree)) {
    const url = decode(node.url);
    const at: Position = { file: rel, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
    const key = path.resolve(fileDir, url);
    let result = cache.get(key);
    if (result === undefined) {
      result = await readImage(url, fileDir, naskah);
      cache.set(key, result);
    }
    out.push({ url, at, ...result });
  }
  return out;
}

function decode(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}

const inside = (dir: string, p: string): boolean => {
  const r = path.relative(dir, p);
  return r !== '' && !r.startsWith('..') && !path.isAbsolute(r);
};

async function readImage(url: string, fileDir: string, naskah: { dir: string; realDir: string }): Promise<Omit<NaskahImage, 'url' | 'at'>> {
  if (url.trim() === '') return { problem: 'missing' };
  // An address with a scheme (https:, file:, C:) or from the root of a disk is never inside naskah/.
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('/') || url.startsWith('\\')) return { problem: 'outside' };
  const abs = path.resolve(fileDir, url);
  if (!inside(naskah.dir, abs)) return { problem: 'outside' };
  let real: string;
  try {
    real = await realpath(abs);
  } catch {
    return { problem: 'missing' };
  }
  if (!inside(naskah.realDir, real)) return { problem: 'outside' };
  let handle;
  try {
    handle = await open(real, 'r');
  } catch {
    return { problem: 'missing' };
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return { problem: 'not-image' };
    if (info.size > MAX_IMAGE_BYTES) return { problem: 'too-large', size: info.size };
    const bytes = new Uint8Array(info.size);
    let read = 0;
    while (read < info.size) {
      const { bytesRead } = await handle.read(bytes, read, info.size - read, read);
      if (bytesRead === 0) break;
      read += bytesRead;
    }
    const png = bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47;
    const jpeg = bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
    return png || jpeg ? { bytes: bytes.subarray(0, read) } : { problem: 'not-image' };
  } catch {
    return { problem: 'missing' };
  } finally {
    await handle.close();
  }
}
