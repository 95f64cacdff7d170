/** Mapping of mdast phrasing content (text, emphasis, breaks, inline directives) to document inlines. */
import type { PhrasingContent } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import type { Inline } from '../../../doc/ast.js';
import { inlineText } from '../../../doc/walk.js';
import { report, type MapContext } from './context.js';

function directiveToInlines(node: TextDirective, ctx: MapContext): Inline[] {
  switch (node.name) {
    case 'br':
      return [{ type: 'break' }];
    case 'kosong': {
      const what = inlineText(phrasingToInlines(node.children, ctx)).trim() || 'Data';
      const opd = node.attributes?.['opd'] ?? undefined;
      return [opd ? { type: 'placeholder', what, opd } : { type: 'placeholder', what }];
    }
    default: {
      report(ctx, 'report/unknown-directive', node, { name: node.name });
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      // Keep what was written: "Waktu:pagi" was most likely meant as text.
      return start !== undefined && end !== undefined ? [{ type: 'text', value: ctx.source.slice(start, end) }] : [];
    }
  }
}

function one(node: PhrasingContent, ctx: MapContext): Inline[] {
  switch (node.type) {
    case 'text':
      // A soft line ending inside a paragraph is a space in the book.
      return [{ type: 'text', value: node.value.replace(/\n/g, ' ') }];
    case 'inlineCode':
    case 'html':
      return [{ type: 'text', value: node.value }];
    case 'emphasis':
      return [{ type: 'emphasis', children: phrasingToInlines(node.children, ctx) }];
    case 'strong':
      return [{ type: 'strong', children: phrasingToInlines(node.children, ctx) }];
    case 'delete':
    case 'link':
    case 'linkReference':
      return phrasingToInlines(node.children, ctx);
    case 'break':
      return [{ type: 'break' }];
    case 'textDirective':
      return directiveToInlines(node, ctx);
    case 'image':
    case 'imageReference':
      report(ctx, 'report/unsupported-markdown', node, { construct: 'Gambar Markdown ![…](…)' });
      return [];
    case 'footnoteReference':
      report(ctx, 'report/unsupported-markdown', node, { construct: 'Catatan kaki [^…]' });
      return [];
  }
}

/** Joins neighbouring text nodes, so the writer emits one run per formatting change. */
function mergeText(inlines: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const i of inlines) {
    const last = out[out.length - 1];
    if (i.type === 'text' && last?.type === 'text') out[out.length - 1] = { type: 'text', value: last.value + i.value };
    else if (!(i.type === 'text' && i.value === '')) out.push(i);
  }
  return out;
}

/**
 * Maps mdast phrasing content to document inlines.
 * @param nodes phrasing nodes
 * @param ctx mapping context
 * @returns inlines, neighbouring texts joined
 */
export function phrasingToInlines(nodes: readonly PhrasingContent[], ctx: MapContext): Inline[] {
  return mergeText(nodes.flatMap((n) => one(n, ctx)));
}
