/** Parsing the Markdown a template produced into mdast, with GFM tables and the dialect's directives. */
import { createHash } from 'node:crypto';
import type { Nodes, Root, RootContent } from 'mdast';
import { directiveFromMarkdown } from 'mdast-util-directive';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { directive } from 'micromark-extension-directive';
import { throughKept, type Kept } from '../../kept.js';
import { DISABLED_CONSTRUCTS, gfmTreeWithoutAutolinks, gfmWithoutAutolinks } from '../../load/markdown.js';
import { blankTables, parserCellsMarkdown, placeTables, readTables } from './tables.js';

/**
 * The parser's options, made once for all the books rather than for each: GFM without its literal
 * autolinks, the directives, and raw HTML, indented code and `<url>` autolinks switched off (so `<b>`
 * is text even when a template writes it, and indenting a template never turns lines into code).
 */
const options = {
  extensions: [gfmWithoutAutolinks(), directive(), DISABLED_CONSTRUCTS],
  mdastExtensions: [...gfmTreeWithoutAutolinks(), directiveFromMarkdown()],
};

/** The smallest piece worth parsing on its own (characters); smaller ones are joined with the next. */
const PIECE_SIZE = 32 * 1024;

/**
 * Parses Markdown of the book dialect. A long text is parsed in pieces that split where no block
 * can run on into the next (see {@link markdownPieces}), and the trees are joined with their
 * positions moved to where each piece stands: the same tree as parsing the whole, without the
 * parser holding the events of a whole book at once (for a long book, several times the memory of
 * its tree).
 * @param markdown the text
 * @param pieceSize the smallest piece (characters; the default is for speed, a smaller one cuts wherever it may)
 * @returns the mdast tree with positions
 */
export function parseMarkdown(markdown: string, pieceSize: number = PIECE_SIZE): Root {
  const children: RootContent[] = [];
  let first: Root | undefined;
  let last: Root | undefined;
  for (const tree of parseMarkdownPieces(markdown, pieceSize)) {
    for (const child of tree.children) children.push(child);
    first ??= tree;
    last = tree;
  }
  if (first === last && first !== undefined) return first;
  const root: Root = { type: 'root', children };
  if (first?.position !== undefined && last?.position !== undefined) root.position = { start: first.position.start, end: last.position.end };
  return root;
}

/**
 * Parses Markdown of the book dialect piece by piece, as {@link parseMarkdown} does, giving each
 * piece's tree as soon as it is parsed, its positions where the piece stands in the whole text: the
 * children of the trees, one after another, are those of the whole tree. A caller that maps each tree
 * and lets it go never holds the tree of a whole book. With kept results, a piece parsed in an
 * earlier run is not parsed again: its tree is read back (src/kept.ts).
 * @param markdown the text
 * @param pieceSize the smallest piece (characters)
 * @param kept the trees kept between runs, if any
 * @returns the trees of the pieces, in order (one tree for a text that is not cut)
 */
export function* parseMarkdownPieces(markdown: string, pieceSize: number = PIECE_SIZE, kept?: Kept): Generator<Root, void, undefined> {
  const starts = markdownPieces(markdown, pieceSize);
  if (starts.length <= 1) {
    yield parsePiece(markdown, kept);
    return;
  }
  // The line each piece starts on: the line endings before it, counted once, in order.
  let line = 1;
  let counted = 0;
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i] ?? 0;
    for (let at = markdown.indexOf('\n', counted); at !== -1 && at < start; at = markdown.indexOf('\n', at + 1)) line++;
    counted = start;
    const tree = parsePiece(markdown.slice(start, starts[i + 1] ?? markdown.length), kept);
    for (const child of tree.children) shift(child, line - 1, start);
    shift({ type: 'root', children: [], ...(tree.position !== undefined ? { position: tree.position } : {}) }, line - 1, start);
    yield tree;
  }
}

/**
 * The longest piece whose tree is kept (characters). Serialising a tree takes about ten times its
 * text for a moment: a book that cannot be cut, of a very large project, is parsed every time
 * rather than add that to the memory the build needs.
 */
const KEPT_PIECE_MAX = 1 << 20;

/** A piece's tree: the one kept for its text, else parsed (and kept, unless it is very long). */
function parsePiece(markdown: string, kept: Kept | undefined): Root {
  const keeping = markdown.length <= KEPT_PIECE_MAX ? kept : undefined;
  return throughKept(keeping, 'tree', () => createHash('sha1').update(markdown).digest('base64'), isRoot, () => parseMarkdownWhole(markdown));
}

/** Whether a value read back is a tree. */
function isRoot(value: unknown): value is Root {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'root' && Array.isArray((value as { children?: unknown }).children);
}

/**
 * Parses Markdown of the book dialect in one go: what {@link parseMarkdown} gives, however long the text.
 * @param markdown the text
 * @returns the mdast tree with positions
 */
export function parseMarkdownWhole(markdown: string): Root {
  if (markdown.includes('\r')) return parseWithParser(markdown);
  // Tables are built directly (see tables.ts), each cell's text read here rather than by the
  // parser: it is the same tree, for a fraction of the parser's work.
  const tables = readTables(markdown, !markdown.includes(']:'));
  if (tables.length === 0) return parseWithParser(markdown);
  const root = parseWithParser(blankTables(markdown, tables));
  const cells = parserCellsMarkdown(tables);
  return placeTables(root, markdown, tables, cells === undefined ? undefined : parseWithParser(cells)) ? root : parseWithParser(markdown);
}

/**
 * Parses Markdown of the book dialect with the parser alone: the tree {@link parseMarkdownWhole} gives.
 * @param markdown the text
 * @returns the mdast tree with positions
 */
export function parseWithParser(markdown: string): Root {
  return fromMarkdown(markdown, options);
}

/** Moves the positions of a node and of everything in it by `lines` lines and `offset` characters. */
function shift(node: Nodes, lines: number, offset: number): void {
  if (lines === 0 && offset === 0) return;
  const stack: Nodes[] = [node];
  for (let n = stack.pop(); n !== undefined; n = stack.pop()) {
    const p = n.position;
    if (p !== undefined) {
      p.start.line += lines;
      p.end.line += lines;
      if (p.start.offset !== undefined) p.start.offset += offset;
      if (p.end.offset !== undefined) p.end.offset += offset;
    }
    if ('children' in n) for (const c of n.children) stack.push(c);
  }
}

/** A line that can start a piece: an ATX heading or a directive at the margin. */
const PIECE_START = /^(?:#{1,6}(?:[ \t]|$)|:)/;
/**
 * Text the splitting does not model: a carriage return (a line ending of its own), a code or
 * directive fence away from the margin (indented, quoted or in a list item, where one left open ends
 * differently at the end of a piece).
 */
const UNSPLITTABLE = /\r|^[ \t>*+\-0-9.)]+(?:`{3}|~{3}|:{3})/m;
/** A footnote's label in brackets, as a call or, with the colon, a definition. */
const FOOTNOTE = /\[\^((?:[^[\]\\\s]|\\.)+)\](:?)/g;
/** What may open a directive container at the margin, and the openings the parser certainly takes as one (name, label, attributes). */
const CONTAINER_OPEN = /^(:{3,})[A-Za-z]/;
const CONTAINER_OPEN_CERTAIN = /^:{3,}[A-Za-z](?:[A-Za-z0-9_-]*[A-Za-z0-9])?(?:\[(?:[^[\]\\]|\\.)*\])?(?:\{(?:[ \t]*[A-Za-z][A-Za-z0-9_-]*="[^"]*")*[ \t]*\})?[ \t]*$/;
/** A directive container's closing fence at the margin. */
const CONTAINER_CLOSE = /^(:{3,})[ \t]*$/;
/** A code fence's opening at the margin (a backtick fence's info has no backtick). */
const FENCE_OPEN = /^(?:(`{3,})[^`]*|(~{3,}).*)$/;

/** What is open at the margin while scanning: a directive container or a code fence, with its fence. */
interface Frame {
  readonly kind: 'container' | 'fence';
  /** The fence character. */
  readonly char: string;
  readonly size: number;
}

/**
 * Where the text can be cut into pieces that parse to the same blocks as the whole: before an ATX
 * heading or a directive at the margin that follows a blank line, outside every code fence and
 * directive container. There no block can continue: a blank line closes paragraphs, tables and
 * block quotes, and a line at the margin that is no list item closes lists. The scan follows the
 * fences as the parser does: a container's closing fence is looked for before anything inside it,
 * the outermost first. Text with a construct it does not model is not cut.
 * @param markdown the text
 * @param minSize pieces are at least this long (but the last)
 * @returns the start offsets of the pieces, the first one 0
 */
export function markdownPieces(markdown: string, minSize: number): number[] {
  const starts = [0];
  if (markdown.length < 2 * minSize || UNSPLITTABLE.test(markdown)) return starts;
  const stack: Frame[] = [];
  let blankBefore = false;
  let at = 0;
  while (at < markdown.length) {
    const nl = markdown.indexOf('\n', at);
    const end = nl === -1 ? markdown.length : nl;
    const line = markdown.slice(at, end);
    if (stack.length === 0 && blankBefore && at - (starts[starts.length - 1] ?? 0) >= minSize && markdown.length - at >= minSize && PIECE_START.test(line)) {
      starts.push(at);
    }
    blankBefore = /^[ \t]*$/.test(line);
    if (!scanLine(line, stack)) return [0];
    at = end + 1;
  }
  return starts.length > 1 && markdown.includes(']:') ? keepingFootnotes(markdown, starts) : starts;
}

/**
 * The cuts of a text with definitions that leave every footnote whole: its definition and every call
 * to it in one piece. A definition is referred to from anywhere, and which calls find one depends on
 * the order the parser reads the text in, container by container: within one piece it is the same
 * order as in the whole. The cuts between a footnote's first and last mention are dropped. A text
 * with any other definition (a link reference's) is not cut.
 * @param markdown the text
 * @param starts where the scan would cut it
 * @returns the start offsets of the pieces
 */
function keepingFootnotes(markdown: string, starts: readonly number[]): number[] {
  /** The first and last mention of each footnote with a definition, by label as the parser compares them. */
  const mentions = new Map<string, { first: number; last: number; defined: boolean }>();
  let definitions = 0;
  for (const m of markdown.matchAll(FOOTNOTE)) {
    const label = (m[1] ?? '').toLowerCase().toUpperCase();
    const seen = mentions.get(label) ?? { first: m.index, last: m.index, defined: false };
    seen.last = m.index;
    if (m[2] === ':') {
      seen.defined = true;
      definitions++;
    }
    mentions.set(label, seen);
  }
  // Every `]:` must end a footnote's definition: any other may be a link reference's.
  let colons = 0;
  for (let at = markdown.indexOf(']:'); at !== -1; at = markdown.indexOf(']:', at + 1)) colons++;
  if (colons !== definitions) return [0];
  const spans = [...mentions.values()].filter((s) => s.defined);
  return starts.filter((start) => !spans.some((s) => s.first < start && start <= s.last));
}

/**
 * Follows one line through the open fences and containers.
 * @returns false when the line may or may not open a container (the scan cannot tell)
 */
function scanLine(line: string, stack: Frame[]): boolean {
  const close = CONTAINER_CLOSE.exec(line);
  for (let i = 0; i < stack.length; i++) {
    const frame = stack[i];
    if (frame === undefined) break;
    if (frame.kind === 'container') {
      if (close !== null && (close[1] ?? '').length >= frame.size) {
        stack.length = i;
        return true;
      }
      continue;
    }
    if (isFenceClose(line, frame)) stack.length = i;
    return true;
  }
  const open = CONTAINER_OPEN.exec(line);
  if (open !== null) {
    if (!CONTAINER_OPEN_CERTAIN.test(line)) return false;
    stack.push({ kind: 'container', char: ':', size: (open[1] ?? '').length });
    return true;
  }
  const fence = FENCE_OPEN.exec(line);
  if (fence !== null) {
    const seq = fence[1] ?? fence[2] ?? '';
    stack.push({ kind: 'fence', char: seq.charAt(0), size: seq.length });
  }
  return true;
}

/** Whether a line closes a code fence: at least as many of its characters, then only spaces. */
function isFenceClose(line: string, fence: Frame): boolean {
  let n = 0;
  while (line.charAt(n) === fence.char) n++;
  return n >= fence.size && /^[ \t]*$/.test(line.slice(n));
}
