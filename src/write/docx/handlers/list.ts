/**
 * Bullet and numbered lists, nested by level; every numbered list restarts (its own numbering
 * instance), and its hanging indent is as wide as its widest number needs.
 */
import { Paragraph } from 'docx';
import type { Block, List } from '../../../doc/ast.js';
import type { Output, WriteContext } from '../context.js';
import { textEm } from '../measure.js';
import { BULLET_REFERENCE, LIST_HANGING, LIST_LEVELS, listIndent, listLabel, orderedReference } from '../numbering.js';
import { inlinesToRuns } from './inlines.js';
import type { BlockHandler, WriteBlocks } from './types.js';

/** Where a list's labels and text start, twips from the margin. */
export interface ListIndent {
  /** The text (and the following paragraphs of an item). */
  readonly left: number;
  /** From the label to the text: the label starts at `left - hanging`. */
  readonly hanging: number;
}

/** The least space between a label and the text, twips (a quarter of a centimetre). */
const LABEL_GAP = 142;

/** Where the labels of the outermost lists start, twips: the numbering definitions' first level. */
export const LIST_LABEL_START = listIndent(0) - LIST_HANGING;

/**
 * The indents of a list: its labels start where the text of the enclosing list starts (or at
 * {@link LIST_LABEL_START}); the hanging indent fits the widest label it shows ("10." needs more room
 * than "9.") with a quarter of a centimetre to spare, and is never narrower than the numbering
 * definitions' {@link LIST_HANGING}.
 * @param node the list
 * @param level nesting level, 0 outermost
 * @param labelStart where its labels start, twips
 * @param sizePt the size of list text, points
 * @returns the indents
 */
export function listIndents(node: List, level: number, labelStart: number, sizePt: number): ListIndent {
  // Nested lists count from 1, as their numbering definitions do.
  const first = level === 0 ? (node.start ?? 1) : 1;
  let widest = 0;
  for (let i = 0; i < node.items.length; i++) widest = Math.max(widest, textEm(listLabel(level, first + i, node.ordered)));
  // 3% to spare, as for table columns: renderers measure a little differently.
  const needed = Math.ceil((widest * sizePt * 20 * 1.03 + LABEL_GAP) / 20) * 20;
  const hanging = Math.max(LIST_HANGING, needed);
  return { left: labelStart + hanging, hanging };
}

function listOutput(node: List, level: number, labelStart: number, ctx: WriteContext, write: WriteBlocks): Output[] {
  const start = node.start ?? 1;
  if (node.ordered) ctx.orderedStarts.add(start);
  const reference = node.ordered ? orderedReference(start) : BULLET_REFERENCE;
  const instance = node.ordered ? ctx.nextListInstance() : undefined;
  const depth = Math.min(level, LIST_LEVELS - 1);
  const indent = listIndents(node, level, labelStart, ctx.options.style.sizePt);
  // The numbering definition's indents hold unless this list needs others.
  const own = indent.left !== listIndent(depth) || indent.hanging !== LIST_HANGING;
  // The last item stays with the one before it, so a list never ends with one item alone on a page.
  const penultimate = node.items.length >= 3 ? node.items.length - 2 : -1;
  return node.items.flatMap((item, index) =>
    item.children.flatMap((block: Block, i): Output[] => {
      if (block.type === 'list') return listOutput(block, level + 1, indent.left, ctx, write);
      if (block.type !== 'paragraph') return write([block], ctx);
      return [
        new Paragraph({
          style: 'ListParagraph',
          widowControl: true,
          ...(index === penultimate && level === 0 ? { keepNext: true } : {}),
          // The first paragraph of an item carries the bullet or number; the others align with its text.
          ...(i === 0
            ? {
                numbering: { reference, level: depth, ...(instance !== undefined ? { instance } : {}) },
                ...(own ? { indent: { left: indent.left, hanging: indent.hanging } } : {}),
              }
            : { indent: { left: indent.left } }),
          children: inlinesToRuns(block.children),
        }),
      ];
    }),
  );
}

/** A list at the outer level. */
export const list: BlockHandler<'list'> = (node, ctx, write) => listOutput(node, 0, LIST_LABEL_START, ctx, write);
