/** Mapping of the parsed Markdown of a book to the document model. */
import type { Root } from 'mdast';
import type { Block, Doc } from '../../../doc/ast.js';
import type { Diagnostic } from '../../../diagnostics/diagnostic.js';
import { taxonomy } from '../../../taxonomy/index.js';
import { blocksToDoc } from './blocks.js';
import type { Assets, MapContext, NaskahRender, SlotSpan } from './context.js';
import { resolveReferences } from './naskah.js';

export type { Assets, NaskahRender, SlotContent, SlotSpan } from './context.js';

/**
 * Maps an mdast tree to a document, authored text placed in its slots and its references numbered.
 * @param root the parsed Markdown, or its pieces in order (`parseMarkdownPieces`), each mapped and let go before the next is taken
 * @param options the Markdown source, the template shown in diagnostics, assets, and the book's authored text (default: none)
 * @returns the document, the diagnostics of the mapping, and the slots met
 */
export function mdastToDoc(
  root: Root | Iterable<Root>,
  options: { source: string; file: string; assets: Assets; naskah?: NaskahRender },
): { doc: Doc; diagnostics: Diagnostic[]; slots: SlotSpan[] } {
  const ctx: MapContext = {
    ...options,
    naskah: options.naskah ?? { catalogue: taxonomy().naskah, slots: new Map() },
    diagnostics: [],
    title: '',
    references: [],
    slots: [],
  };
  const children: Block[] = [];
  for (const tree of 'type' in root ? [root] : root) for (const block of blocksToDoc(tree.children, ctx)) children.push(block);
  resolveReferences(children, ctx);
  return { doc: { type: 'doc', title: ctx.title, children }, diagnostics: ctx.diagnostics, slots: ctx.slots };
}
