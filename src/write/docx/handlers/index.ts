/** The block handler table and the function that writes a list of blocks with it. */
import type { Block } from '../../../doc/ast.js';
import type { Output, WriteContext } from '../context.js';
import { figure } from './figure.js';
import { cover, foreword, toc } from './front-matter.js';
import { heading } from './heading.js';
import { list } from './list.js';
import { pageBreak, paragraph } from './paragraph.js';
import { table } from './table.js';
import type { BlockHandler, BlockHandlers } from './types.js';

/** The block handler table: one entry per block type of the document model, checked by the compiler. */
export const blockHandlers: BlockHandlers = {
  heading,
  paragraph,
  list,
  table,
  figure,
  pageBreak,
  // Landscape runs become sections of their own (see sections.ts); nested elsewhere, their blocks are written in place.
  landscape: (node, ctx, write) => write(node.children, ctx),
  cover,
  foreword,
  toc,
};

/**
 * Writes blocks in order with their handlers.
 * @param blocks document blocks
 * @param ctx write context
 * @returns docx blocks and deferred slots
 */
export function writeBlocks(blocks: readonly Block[], ctx: WriteContext): Output[] {
  return blocks.flatMap((block, i) => writeBlock(block, ctx, blocks[i + 1]));
}

/**
 * Writes one block with its handler.
 * @param block a document block
 * @param ctx write context
 * @param next the block written after it in the same sequence, if any
 * @returns docx blocks and deferred slots
 */
export function writeBlock(block: Block, ctx: WriteContext, next: Block | undefined): Output[] {
  return (blockHandlers[block.type] as BlockHandler<Block['type']>)(block, ctx, writeBlocks, next);
}
