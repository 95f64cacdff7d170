/**
 * Slots of authored text (`:::naskah{slot="…"}` … `:::` around a section's built-in wording, or
 * `::naskah{slot="…"}` where there is none): the Tim's Markdown mapped into the document model in
 * place of the built-in wording, a placeholder for a slot due and missing in a draft, or the built-in
 * wording. Authored Markdown never goes through Handlebars and knows no directive: what it holds is
 * CommonMark with GFM tables and footnotes, plus `Tabel:` captions, figures and references.
 */
import type {
  FootnoteDefinition,
  Node as MdNode,
  Parent,
  PhrasingContent,
  RootContent,
  Table as MdTable,
  Text as MdText,
} from 'mdast';
import type { ContainerDirective, LeafDirective } from 'mdast-util-directive';
import type { Block, Heading, Inline, Paragraph, Table, TableRow } from '../../../doc/ast.js';
import { captionLabels } from '../../../doc/ast.js';
import { captionNumbers } from '../../../doc/numbering.js';
import { placeholderText, walk } from '../../../doc/walk.js';
import { diagnostic } from '../../../diagnostics/catalogue.js';
import { figureOf, referencesIn, sourceOffset, tableCaption } from '../../../load/naskah-syntax.js';
import type { NaskahText } from '../../../model/index.js';
import { KEY_PATTERN, type NaskahSlot } from '../../../schema/index.js';
import { report, type MapContext, type SlotContent } from './context.js';

/** Width of an authored figure, cm: the width the books give their charts. */
const FIGURE_WIDTH_CM = 15;

/**
 * Maps a slot directive of a template.
 * @param node the directive
 * @param ctx mapping context
 * @param builtin the slot's built-in wording, mapped on demand
 * @returns the blocks the slot prints
 */
export function naskahSlot(node: ContainerDirective | LeafDirective, ctx: MapContext, builtin: () => Block[]): Block[] {
  const id = (node.attributes?.['slot'] ?? '').trim();
  const slot = ctx.naskah.catalogue.slotById.get(id);
  const span = { start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0, slot: id };
  if (slot === undefined) {
    report(ctx, 'report/unknown-slot', node, { slot: id });
    ctx.slots.push(span);
    return builtin();
  }
  const content = ctx.naskah.slots.get(id);
  ctx.slots.push(content !== undefined ? { ...span, content } : span);
  if (content === undefined) return builtin();
  if (content.kind === 'placeholder') return [{ type: 'paragraph', children: [{ type: 'placeholder', what: content.what, opd: content.opd }] }];
  return authoredBlocks(content, slot, ctx);
}

/** What mapping one authored text needs. */
interface Authored {
  readonly ctx: MapContext;
  readonly text: NaskahText;
  readonly slot: NaskahSlot;
  readonly images: Extract<SlotContent, { kind: 'authored' }>['images'];
  readonly footnotes: ReadonlyMap<string, FootnoteDefinition>;
  /** Inside a footnote, where a further footnote mark is not expanded. */
  readonly inFootnote: boolean;
}

function authoredBlocks(content: Extract<SlotContent, { kind: 'authored' }>, slot: NaskahSlot, ctx: MapContext): Block[] {
  const tree = content.text.tree;
  if (tree === undefined) return [];
  const footnotes = new Map<string, FootnoteDefinition>();
  for (const n of tree.children) if (n.type === 'footnoteDefinition' && !footnotes.has(n.identifier)) footnotes.set(n.identifier, n);
  return blocks(tree.children, { ctx, text: content.text, slot, images: content.images, footnotes, inFootnote: false });
}

function blocks(nodes: readonly RootContent[], a: Authored): Block[] {
  const out: Block[] = [];
  nodes.forEach((node, i) => {
    const next = nodes[i + 1];
    const previous = nodes[i - 1];
    switch (node.type) {
      case 'paragraph': {
        // A caption line goes with the table after it.
        if (next?.type === 'table' && tableCaption(node) !== undefined) return;
        const figure = figureOf(node);
        if (figure !== undefined) {
          out.push(figureBlock(figure.image.url, figure.image.alt ?? '', figure.key, a));
          return;
        }
        out.push({ type: 'paragraph', children: inlines(node.children, a) });
        return;
      }
      case 'heading': {
        const level = a.slot.tingkat + node.depth;
        const children = inlines(node.children, a);
        // Deeper than the books number (validate warns): a bold paragraph rather than a wrong level.
        if (level > 3) out.push({ type: 'paragraph', children: [{ type: 'strong', children }] });
        else out.push({ type: 'heading', level: level as Heading['level'], numbered: true, children });
        return;
      }
      case 'table': {
        const caption = previous?.type === 'paragraph' ? tableCaption(previous) : undefined;
        out.push(table(node, caption, a));
        return;
      }
      case 'list':
        out.push({
          type: 'list',
          ordered: node.ordered === true,
          ...(node.ordered === true && typeof node.start === 'number' && node.start !== 1 ? { start: node.start } : {}),
          items: node.children.map((item) => ({ children: blocks(item.children, a) })),
        });
        return;
      case 'blockquote':
        out.push(...blocks(node.children, a));
        return;
      case 'code':
        // Printed literally, line by line.
        out.push({
          type: 'paragraph',
          children: node.value.split('\n').flatMap((line, j): Inline[] => [...(j > 0 ? [{ type: 'break' as const }] : []), { type: 'text', value: line }]),
        });
        return;
      case 'html':
        out.push({ type: 'paragraph', children: [{ type: 'text', value: node.value }] });
        return;
      default:
        // Thematic breaks (validate warns), link definitions, footnote definitions (printed where they are referred to).
        return;
    }
  });
  return out;
}

function figureBlock(url: string, alt: string, key: string | undefined, a: Authored): Block {
  const image = a.images.get(decode(url));
  const caption = alt.trim();
  if (image === undefined) {
    return { type: 'paragraph', align: 'center', children: [{ type: 'placeholder', what: `Gambar ${caption || url}`.trim() }] };
  }
  return {
    type: 'figure',
    image,
    widthCm: FIGURE_WIDTH_CM,
    ...(caption !== '' ? { caption: [{ type: 'text', value: caption }] } : {}),
    ...(key !== undefined && KEY_PATTERN.test(key) ? { key } : {}),
  };
}

function decode(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}

function table(node: MdTable, caption: ReturnType<typeof tableCaption>, a: Authored): Table {
  const columns = Math.max(node.align?.length ?? 0, ...node.children.map((r) => r.children.length));
  const rows: TableRow[] = node.children.map((row) => ({
    cells: Array.from({ length: columns }, (_, c) => ({ children: inlines(row.children[c]?.children ?? [], a) })),
  }));
  const captionInlines = caption !== undefined ? inlines(caption.inlines, a) : [];
  return {
    type: 'table',
    header: rows.slice(0, 1),
    rows: rows.slice(1),
    align: Array.from({ length: columns }, (_, c) => node.align?.[c] ?? undefined),
    ...(captionInlines.length > 0 ? { caption: captionInlines } : {}),
    ...(caption?.key !== undefined && KEY_PATTERN.test(caption.key) ? { key: caption.key } : {}),
  };
}

function inlines(nodes: readonly PhrasingContent[], a: Authored): Inline[] {
  const refs = new Set<Inline>();
  const out: Inline[] = [];
  const push = (i: Inline) => {
    const last = out[out.length - 1];
    if (i.type === 'text' && last?.type === 'text' && !refs.has(i) && !refs.has(last)) out[out.length - 1] = { type: 'text', value: last.value + i.value };
    else if (!(i.type === 'text' && i.value === '' && !refs.has(i))) out.push(i);
  };
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        for (const part of textWithReferences(node, a)) {
          if (part.ref) refs.add(part.inline);
          push(part.inline);
        }
        break;
      case 'emphasis':
        push({ type: 'emphasis', children: inlines(node.children, a) });
        break;
      case 'strong':
        push({ type: 'strong', children: inlines(node.children, a) });
        break;
      case 'delete':
      case 'link':
      case 'linkReference':
        for (const i of inlines(node.children, a)) push(i);
        break;
      case 'inlineCode':
      case 'html':
        push({ type: 'text', value: node.value });
        break;
      case 'break':
        push({ type: 'break' });
        break;
      case 'image':
      case 'imageReference':
        // An image inside a sentence (validate warns): its caption.
        push({ type: 'text', value: node.alt ?? '' });
        break;
      case 'footnoteReference': {
        const definition = a.footnotes.get(node.identifier);
        if (definition !== undefined && !a.inFootnote) push({ type: 'footnote', children: footnoteParagraphs(definition, a) });
        break;
      }
      case 'textDirective':
        // The authored-text parser knows no directives.
        break;
    }
  }
  return out;
}

/** A footnote's paragraphs: every paragraph it holds, list items and quotes included, in order. */
function footnoteParagraphs(definition: FootnoteDefinition, a: Authored): Paragraph[] {
  const inner: Authored = { ...a, inFootnote: true };
  const out: Paragraph[] = [];
  const collect = (node: MdNode) => {
    if (node.type === 'paragraph') out.push({ type: 'paragraph', children: inlines((node as Parent).children as PhrasingContent[], inner) });
    else for (const child of (node as Partial<Parent>).children ?? []) collect(child);
  };
  collect(definition);
  return out;
}

/** A text split around its references; each reference is a text node that gets its number later. */
function textWithReferences(node: MdText, a: Authored): Array<{ inline: Inline; ref: boolean }> {
  const value = node.value.replace(/\n/g, ' ');
  const found = referencesIn(value);
  if (found.length === 0) return [{ inline: { type: 'text', value }, ref: false }];
  const out: Array<{ inline: Inline; ref: boolean }> = [];
  let from = 0;
  for (const r of found) {
    if (r.index > from) out.push({ inline: { type: 'text', value: value.slice(from, r.index) }, ref: false });
    const holder = { type: 'text' as const, value: value.slice(r.index, r.index + r.length) };
    const offset = sourceOffset(node, a.text.markdown, r.index, node.value.slice(r.index, r.index + r.length));
    a.ctx.references.push({ node: holder, kind: r.kind, key: r.key, at: positionAt(a.text, offset) });
    out.push({ inline: holder, ref: true });
    from = r.index + r.length;
  }
  if (from < value.length) out.push({ inline: { type: 'text', value: value.slice(from) }, ref: false });
  return out;
}

function positionAt(text: NaskahText, offset: number): { file: string; line: number; column: number } {
  const before = text.markdown.slice(0, offset);
  const line = before.split('\n').length;
  return { file: text.file, line, column: offset - before.lastIndexOf('\n') };
}

/**
 * Gives every reference of authored text its number, once the whole book is mapped: the same number
 * as the caption of the table or figure with that key ("Tabel 3.1"). A key that this book does not
 * print is reported and shows as a visible gap.
 * @param blocks the mapped book
 * @param ctx mapping context, with the references collected
 */
export function resolveReferences(blocks: readonly Block[], ctx: MapContext): void {
  if (ctx.references.length === 0) return;
  const numbers = captionNumbers(blocks);
  const byKey = { tabel: new Map<string, string>(), gambar: new Map<string, string>() };
  walk(blocks, (node) => {
    if ((node.type === 'table' || node.type === 'figure') && node.key !== undefined) {
      const n = numbers.get(node);
      const kind = node.type === 'table' ? 'tabel' : 'gambar';
      if (n !== undefined && !byKey[kind].has(node.key)) byKey[kind].set(node.key, n);
    }
  });
  for (const ref of ctx.references) {
    const label = captionLabels[ref.kind];
    const n = byKey[ref.kind].get(ref.key);
    if (n !== undefined) ref.node.value = `${label} ${n}`;
    else {
      ref.node.value = placeholderText(`${label} ${ref.key}`);
      ctx.diagnostics.push(diagnostic('naskah/reference-absent', ref.at, { kind: ref.kind, key: ref.key }));
    }
  }
}
