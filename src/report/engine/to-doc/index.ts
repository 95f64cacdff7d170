/** Mapping of the parsed Markdown of a book to the document model. */
import type { Root } from 'mdast';
import type { Doc } from '../../../doc/ast.js';
import type { Diagnostic } from '../../../diagnostics/diagnostic.js';
import { blocksToDoc } from './blocks.js';
import type { Assets, MapContext } from './context.js';

export type { Assets } from './context.js';

/**
 * Maps an mdast tree to a document.
 * @param root the parsed Markdown
 * @param options the Markdown source, the template shown in diagnostics and assets
 * @returns the document and the diagnostics of the mapping
 */
export function mdastToDoc(
  root: Root,
  options: { source: string; file: string; assets: Assets },
): { doc: Doc; diagnostics: Diagnostic[] } {
  const ctx: MapContext = { ...options, diagnostics: [], title: '' };
  const children = blocksToDoc(root.children, ctx);
  return { doc: { type: 'doc', title: ctx.title, children }, diagnostics: ctx.diagnostics };
}
