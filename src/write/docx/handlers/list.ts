/** Bullet and numbered lists, nested by level; every numbered list restarts (its own numbering instance). */
import { Paragraph } from 'docx';
import type { Block, List } from '../../../doc/ast.js';
import type { Output, WriteContext } from '../context.js';
import { inlinesToRuns } from './inlines.js';
import type { BlockHandler, WriteBlocks } from './types.js';

/** Numbering reference of bullet lists. */
export const BULLET_REFERENCE = 'bullet';

/**
 * Numbering reference of ordered lists starting at a number.
 * @param start first number
 * @returns the reference name
 */
export function orderedReference(start: number): string {
  return `ordered-${start}`;
}

/** Indent of a list level's text, twips. */
export function listIndent(level: number): number {
  return 720 + level * 360;
}

function listOutput(node: List, level: number, ctx: WriteContext, write: WriteBlocks): Output[] {
  const start = node.start ?? 1;
  if (node.ordered) ctx.orderedStarts.add(start);
  const reference = node.ordered ? orderedReference(start) : BULLET_REFERENCE;
  const instance = node.ordered ? ctx.nextListInstance() : undefined;
  const depth = Math.min(level, 4);
  return node.items.flatMap((item) =>
    item.children.flatMap((block: Block, i): Output[] => {
      if (block.type === 'list') return listOutput(block, level + 1, ctx, write);
      if (block.type !== 'paragraph') return write([block], ctx);
      return [
        new Paragraph({
          style: 'ListParagraph',
          // The first paragraph of an item carries the bullet or number; the others align with its text.
          ...(i === 0
            ? { numbering: { reference, level: depth, ...(instance !== undefined ? { instance } : {}) } }
            : { indent: { left: listIndent(depth) } }),
          children: inlinesToRuns(block.children),
        }),
      ];
    }),
  );
}

/** A list at the outer level. */
export const list: BlockHandler<'list'> = (node, ctx, write) => listOutput(node, 0, ctx, write);
