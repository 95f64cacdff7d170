/**
 * Rules of authored text (docs/naskah.md): a file names a known slot; its `penulis` is an OPD; its headings
 * fit under the slot's section; its images are usable; its table and figure keys are valid and unique
 * in the book; every `[@tabel:…]` / `[@gambar:…]` names a table or figure of the book.
 */
import type { Node as MdNode, Parent, RootContent, Text } from 'mdast';
import type { Position } from '../../diagnostics/diagnostic.js';
import { MAX_IMAGE_BYTES, type NaskahSource } from '../../load/index.js';
import { figureOf, referencesIn, sourceOffset, tableCaption } from '../../load/naskah-syntax.js';
import { KEY_PATTERN, type NaskahSlot, type ReferenceKind } from '../../schema/index.js';
import type { NaskahItem } from '../project-data.js';
import { suggest, suggestSlot } from '../suggest.js';
import type { RuleContext } from './context.js';

/** The keys a book's tables and figures have: key → where it is defined (a file, or a generated table's name). */
type KeyTable = Record<ReferenceKind, Map<string, string>>;

/** A position in a naskah file. */
function at(source: NaskahSource, node: MdNode | undefined): Position {
  return { file: source.file.path, line: node?.position?.start.line ?? 1, column: node?.position?.start.column ?? 1 };
}

/** A position from an offset into the Markdown the tree was parsed from. */
function atOffset(source: NaskahSource, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = source.markdown.indexOf('\n'); i !== -1 && i < offset; i = source.markdown.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { file: source.file.path, line, column: offset - lineStart + 1 };
}

const children = (node: MdNode): readonly RootContent[] => (node as Partial<Parent>).children ?? [];

/** Every node of a tree, depth first, with the node that follows it among its siblings. */
function visit(node: MdNode, fn: (node: RootContent, next: RootContent | undefined) => void): void {
  const kids = children(node);
  kids.forEach((child, i) => {
    fn(child, kids[i + 1]);
    visit(child, fn);
  });
}

/**
 * Checks every naskah file of the project.
 * @param ctx rule context
 */
export function naskahRules(ctx: RuleContext): void {
  const { project, taxonomy } = ctx;
  const catalogue = taxonomy.naskah;
  const slotIds = catalogue.slots.map((s) => s.id);
  const opds = project.opd.map((o) => o.id);
  const opdSet = new Set([...opds, ...project.brokenIds.opd]);
  const known: Array<{ item: NaskahItem; slot: NaskahSlot }> = [];
  for (const item of project.naskah) {
    const slot = catalogue.slotById.get(item.slot);
    if (slot === undefined) {
      const suggestion = suggestSlot(item.slot, slotIds);
      ctx.reportAt('naskah/unknown-slot', at(item.source, undefined), { slot: item.slot, ...(suggestion !== undefined ? { suggestion } : {}) });
      continue;
    }
    const penulis = item.data.penulis;
    if (penulis !== undefined && !opdSet.has(penulis)) {
      const suggestion = suggest(penulis, opds);
      ctx.report('ref/unknown', item.source.file, ['penulis'], { kind: 'opd', ref: penulis, ...(suggestion !== undefined ? { suggestion } : {}) });
    }
    known.push({ item, slot });
  }
  // Keys first, over the whole book, so a reference may point at a table of another slot of it.
  const keys = new Map<number, KeyTable>();
  for (const no of [1, 2, 3, 4]) {
    const generated = catalogue.keysOfBook.get(no);
    keys.set(no, {
      tabel: new Map([...(generated?.tabel ?? new Map<string, string>())]),
      gambar: new Map([...(generated?.gambar ?? new Map<string, string>())]),
    });
  }
  for (const { item, slot } of known) structure(ctx, item.source, slot, keys.get(slot.buku) as KeyTable);
  for (const { item, slot } of known) references(ctx, item.source, keys.get(slot.buku) as KeyTable);
}

/** Headings, images, captions, keys and unsupported constructs of one file. */
function structure(ctx: RuleContext, source: NaskahSource, slot: NaskahSlot, keys: KeyTable): void {
  const tree = source.tree;
  if (tree === undefined) return;
  const allowed = 3 - slot.tingkat;
  const figures = new Set<MdNode>();
  const define = (kind: ReferenceKind, key: string | undefined, node: MdNode) => {
    if (key === undefined) return;
    if (!KEY_PATTERN.test(key)) {
      ctx.reportAt('naskah/bad-key', at(source, node), { key });
      return;
    }
    const other = keys[kind].get(key);
    if (other !== undefined) ctx.reportAt('naskah/duplicate-key', at(source, node), { key, kind, other });
    else keys[kind].set(key, source.file.path);
  };
  visit(tree, (node, next) => {
    switch (node.type) {
      case 'heading':
        if (node.depth > allowed) ctx.reportAt('naskah/heading-too-deep', at(source, node), { depth: node.depth, allowed });
        break;
      case 'paragraph': {
        const caption = tableCaption(node);
        if (caption !== undefined) {
          if (next?.type === 'table') define('tabel', caption.key, node);
          else ctx.reportAt('naskah/caption-without-table', at(source, node));
        }
        const figure = figureOf(node);
        if (figure !== undefined) {
          figures.add(figure.image);
          define('gambar', figure.key, node);
        }
        break;
      }
      case 'thematicBreak':
        ctx.reportAt('naskah/unsupported', at(source, node), { construct: 'thematic-break' });
        break;
      default:
        break;
    }
  });
  for (const image of source.images) {
    if (image.problem === 'missing') ctx.reportAt('naskah/image-missing', image.at, { url: image.url });
    else if (image.problem === 'outside') ctx.reportAt('naskah/image-outside', image.at, { url: image.url });
    else if (image.problem === 'not-image') ctx.reportAt('naskah/image-not-image', image.at, { url: image.url });
    else if (image.problem === 'too-large') ctx.reportAt('naskah/image-too-large', image.at, { url: image.url, size: image.size ?? 0, limit: MAX_IMAGE_BYTES });
  }
  visit(tree, (node) => {
    if (node.type === 'image' && !figures.has(node)) ctx.reportAt('naskah/image-inline', at(source, node));
  });
}

/** Every reference of one file names a table or figure of its book. */
function references(ctx: RuleContext, source: NaskahSource, keys: KeyTable): void {
  const tree = source.tree;
  if (tree === undefined) return;
  visit(tree, (node) => {
    if (node.type !== 'text') return;
    const text: Text = node;
    for (const ref of referencesIn(text.value)) {
      if (keys[ref.kind].has(ref.key)) continue;
      const offset = sourceOffset(text, source.markdown, ref.index, text.value.slice(ref.index, ref.index + ref.length));
      const other: ReferenceKind = ref.kind === 'tabel' ? 'gambar' : 'tabel';
      const suggestion = suggest(ref.key, [...keys[ref.kind].keys()]);
      ctx.reportAt('naskah/unknown-reference', atOffset(source, offset), {
        kind: ref.kind,
        key: ref.key,
        ...(keys[other].has(ref.key) ? { other } : suggestion !== undefined ? { suggestion } : {}),
      });
    }
  });
}

