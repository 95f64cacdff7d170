/**
 * The parts of authored Markdown that mean more than CommonMark says: a `Tabel: <caption> {#key}` line
 * before a table, an image on a paragraph of its own (`![caption](file.png){#key}`), and references
 * `[@tabel:<key>]` / `[@gambar:<key>]`. Read the same way by `validate` and by the books.
 */
import type { Image, Paragraph, PhrasingContent, Text } from 'mdast';
import type { ReferenceKind } from '../schema/index.js';

/** What a `Tabel:` line gives its table: the caption and, when written, the key. */
export interface TableCaption {
  /** The caption's content, without `Tabel:` and `{#key}`. */
  readonly inlines: PhrasingContent[];
  /** The key as written between `{#` and `}` (checked by the caller). */
  readonly key?: string;
}

const CAPTION_START = /^Tabel\s*:\s*/;
const KEY_AT_END = /\s*\{#([^{}]*)\}\s*$/;
const KEY_ALONE = /^\s*\{#([^{}]*)\}\s*$/;

/**
 * Whether a paragraph is a table's caption line, and what it says.
 * @param p an mdast paragraph
 * @returns the caption, or undefined when the paragraph does not start with `Tabel:`
 */
export function tableCaption(p: Paragraph): TableCaption | undefined {
  const first = p.children[0];
  if (first?.type !== 'text' || !CAPTION_START.test(first.value)) return undefined;
  const children = [...p.children];
  children[0] = { ...first, value: first.value.replace(CAPTION_START, '') };
  const last = children[children.length - 1];
  let key: string | undefined;
  if (last?.type === 'text') {
    const m = KEY_AT_END.exec(last.value);
    if (m !== null) {
      key = (m[1] ?? '').trim();
      children[children.length - 1] = { ...last, value: last.value.slice(0, m.index) };
    }
  }
  const inlines = children.filter((c) => !(c.type === 'text' && c.value === ''));
  return { inlines, ...(key !== undefined ? { key } : {}) };
}

/**
 * Whether a paragraph is a figure: an image alone, optionally followed by `{#key}`.
 * @param p an mdast paragraph
 * @returns the image and the key as written, or undefined
 */
export function figureOf(p: Paragraph): { image: Image; key?: string } | undefined {
  const kids = p.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  const image = kids[0];
  if (image?.type !== 'image') return undefined;
  if (kids.length === 1) return { image };
  const rest = kids[1];
  if (kids.length === 2 && rest?.type === 'text') {
    const m = KEY_ALONE.exec(rest.value);
    if (m !== null) return { image, key: (m[1] ?? '').trim() };
  }
  return undefined;
}

/** One reference in a text. */
export interface ReferenceMatch {
  readonly kind: ReferenceKind;
  readonly key: string;
  /** Where it starts in the text's value, and its length. */
  readonly index: number;
  readonly length: number;
}

const REFERENCE = /\[@(tabel|gambar):([^\][\s]*)\]/g;

/**
 * The references `[@tabel:key]` and `[@gambar:key]` in a text.
 * @param value the text
 * @returns the references, in order
 */
export function referencesIn(value: string): ReferenceMatch[] {
  if (!value.includes('[@')) return [];
  return [...value.matchAll(REFERENCE)].map((m) => ({
    kind: m[1] as ReferenceKind,
    key: m[2] ?? '',
    index: m.index,
    length: m[0].length,
  }));
}

/**
 * The offset in the file where a part of a text node's value starts: exact when the source of the
 * node reads as its value (no escapes or entities before it), else the first match of the same text.
 * @param node the mdast text node
 * @param source the text the tree was parsed from
 * @param index where in the value
 * @param literal the text at that index
 * @returns an offset into the source
 */
export function sourceOffset(node: Text, source: string, index: number, literal: string): number {
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? start;
  const raw = source.slice(start, end);
  if (raw === node.value) return start + index;
  const found = raw.indexOf(literal);
  return found >= 0 ? start + found : start;
}
