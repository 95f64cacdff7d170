import { describe, expect, it } from 'vitest';
import * as b from './builders.js';
import { inlineText, placeholderText, walk } from './walk.js';
import type { Node } from './ast.js';

describe('walk', () => {
  it('visits every node in document order, parents first, with the enclosing block', () => {
    const doc = b.doc(
      'Buku',
      b.heading(1, 'Satu'),
      b.list(false, [[b.paragraph(b.strong('a'))]]),
      b.landscape(b.table([['H']], [['c']], { caption: [b.text('T')] })),
    );
    const seen: string[] = [];
    walk(doc, (node: Node, parent) => seen.push(`${node.type}${parent ? `<${parent.type}` : ''}`));
    expect(seen).toEqual([
      'heading',
      'text<heading',
      'list',
      'paragraph<list',
      'strong<paragraph',
      'text<paragraph',
      'landscape',
      'table<landscape',
      'text<table',
      'text<table',
      'text<table',
    ]);
    const fromBlocks: string[] = [];
    walk(doc.children, (node) => fromBlocks.push(node.type));
    expect(fromBlocks).toHaveLength(seen.length);
  });

  it('reads inlines as text, breaks as spaces, placeholders as their wording', () => {
    expect(inlineText([b.text('a'), b.br(), b.emphasis('b'), b.placeholder('Data SDM', 'Dinas Sosial')])).toBe(
      'a b[Data SDM belum diserahkan oleh Dinas Sosial]',
    );
    expect(placeholderText('Peta')).toBe('[Peta belum tersedia]');
  });
});
