/** Mapping of mdast block content (paragraphs, headings, lists, tables, directives) to document blocks. */
import type { BlockContent, DefinitionContent, List as MdList, RootContent } from 'mdast';
import type { Block, Heading, List } from '../../../doc/ast.js';
import { report, type MapContext } from './context.js';
import { containerDirective, leafDirective } from './directives.js';
import { phrasingToInlines } from './inlines.js';
import { tableToDoc } from './table.js';

type MdBlock = RootContent | BlockContent | DefinitionContent;

function listToDoc(node: MdList, ctx: MapContext): List {
  return {
    type: 'list',
    ordered: node.ordered === true,
    ...(node.ordered === true && typeof node.start === 'number' && node.start !== 1 ? { start: node.start } : {}),
    items: node.children.map((item) => ({ children: blocksToDoc(item.children, ctx) })),
  };
}

function one(node: MdBlock, ctx: MapContext): Block[] {
  switch (node.type) {
    case 'paragraph':
      return [{ type: 'paragraph', children: phrasingToInlines(node.children, ctx) }];
    case 'heading': {
      if (node.depth > 3) report(ctx, 'report/heading-too-deep', node, { depth: node.depth });
      const level = Math.min(node.depth, 3) as Heading['level'];
      return [{ type: 'heading', level, numbered: true, children: phrasingToInlines(node.children, ctx) }];
    }
    case 'list':
      return [listToDoc(node, ctx)];
    case 'blockquote':
      return blocksToDoc(node.children, ctx);
    case 'table':
      return [tableToDoc(node, ctx)];
    case 'containerDirective':
      return containerDirective(node, ctx, blocksToDoc);
    case 'leafDirective':
      return leafDirective(node, ctx);
    case 'code':
      report(ctx, 'report/unsupported-markdown', node, { construct: 'Blok kode ```' });
      return [
        {
          type: 'paragraph',
          children: node.value.split('\n').flatMap((line, i) => [
            ...(i > 0 ? [{ type: 'break' as const }] : []),
            { type: 'text' as const, value: line },
          ]),
        },
      ];
    case 'html':
      return [{ type: 'paragraph', children: [{ type: 'text', value: node.value }] }];
    case 'thematicBreak':
      report(ctx, 'report/unsupported-markdown', node, { construct: 'Garis pemisah ---' });
      return [];
    case 'definition':
    case 'footnoteDefinition':
      report(ctx, 'report/unsupported-markdown', node, { construct: 'Definisi tautan atau catatan kaki' });
      return [];
    default:
      // Phrasing at block level cannot come out of the parser; anything else is dropped with a warning.
      report(ctx, 'report/unsupported-markdown', node, { construct: node.type });
      return [];
  }
}

/**
 * Maps a sequence of mdast blocks.
 * @param nodes mdast block nodes
 * @param ctx mapping context
 * @returns document blocks
 */
export function blocksToDoc(nodes: readonly MdBlock[], ctx: MapContext): Block[] {
  return nodes.flatMap((n) => one(n, ctx));
}
