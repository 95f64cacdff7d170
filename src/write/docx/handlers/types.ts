/** The shape of the block handler table: one handler per block type of the document model. */
import type { Block, BlockType } from '../../../doc/ast.js';
import type { Output, WriteContext } from '../context.js';

/** Writes a list of blocks (for handlers of containers: lists, foreword, landscape). */
export type WriteBlocks = (blocks: readonly Block[], ctx: WriteContext) => Output[];

export type BlockHandler<K extends BlockType> = (
  node: Extract<Block, { type: K }>,
  ctx: WriteContext,
  write: WriteBlocks,
  /** The block written after this one in the same sequence, if any (a table's notes follow it closely). */
  next?: Block,
) => Output[];

/** A handler for every block type: adding a node type to the model without a handler fails to compile. */
export type BlockHandlers = { readonly [K in BlockType]: BlockHandler<K> };
