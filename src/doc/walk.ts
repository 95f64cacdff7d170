/** Traversal of the document model: visit every node in document order, and read inlines as plain text. */
import type { Block, Doc, Inline, Node } from './ast.js';

/** What a visitor is called with: the node and its enclosing block, if any. */
export type Visitor = (node: Node, parent: Block | undefined) => void;

/**
 * The direct child nodes of a node, in document order.
 * @param node any node
 * @returns its children (blocks and inlines)
 */
export function childrenOf(node: Node): readonly Node[] {
  switch (node.type) {
    case 'strong':
    case 'emphasis':
    case 'heading':
    case 'paragraph':
    case 'landscape':
      return node.children;
    case 'foreword':
    case 'footnote':
      return node.children;
    case 'list':
      return node.items.flatMap((i) => i.children);
    case 'table':
      return [
        ...(node.caption ?? []),
        ...[...node.header, ...node.rows].flatMap((r) => r.cells.flatMap((c) => c.children)),
        ...(node.source ?? []),
      ];
    case 'figure':
      return [...(node.caption ?? []), ...(node.source ?? [])];
    case 'text':
    case 'break':
    case 'placeholder':
    case 'pageBreak':
    case 'cover':
    case 'toc':
      return [];
  }
}

function isDoc(root: Doc | readonly Block[]): root is Doc {
  return !Array.isArray(root);
}

function isBlock(node: Node): node is Block {
  return !['text', 'strong', 'emphasis', 'break', 'placeholder', 'footnote'].includes(node.type);
}

/**
 * Calls the visitor on every node, depth first, parents before children.
 * @param root a document or a list of blocks
 * @param visit the visitor
 */
export function walk(root: Doc | readonly Block[], visit: Visitor): void {
  const go = (node: Node, parent: Block | undefined): void => {
    visit(node, parent);
    const next = isBlock(node) ? node : parent;
    for (const child of childrenOf(node)) go(child, next);
  };
  const blocks: readonly Block[] = isDoc(root) ? root.children : root;
  for (const block of blocks) go(block, undefined);
}

/**
 * The plain text of inlines: breaks become spaces, placeholders their visible wording, footnotes nothing.
 * @param inlines inline nodes
 * @returns the text
 */
export function inlineText(inlines: readonly Inline[]): string {
  return inlines
    .map((i): string => {
      switch (i.type) {
        case 'text':
          return i.value;
        case 'break':
          return ' ';
        case 'placeholder':
          return placeholderText(i.what, i.opd);
        case 'footnote':
          // A footnote's text is at the foot of the page, not in the line.
          return '';
        case 'strong':
        case 'emphasis':
          return inlineText(i.children);
      }
    })
    .join('');
}

/**
 * The visible wording of a placeholder for missing data.
 * @param what what is missing
 * @param opd who owes it
 * @returns e.g. "[Data SDM belum diserahkan oleh Dinas Sosial]"
 */
export function placeholderText(what: string, opd?: string): string {
  return opd !== undefined && opd !== '' ? `[${what} belum diserahkan oleh ${opd}]` : `[${what} belum tersedia]`;
}
