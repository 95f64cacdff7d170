import { describe, expect, it } from 'vitest';
import type { Node, Parent } from 'mdast';
import { parseMarkdown } from './markdown.js';
import { mdastToDoc } from './to-doc/index.js';

function types(node: Node): string[] {
  return [node.type, ...('children' in node ? (node as Parent).children.flatMap(types) : [])];
}

describe('the Markdown parser', () => {
  it('leaves bare addresses as text: no literal autolinks (books have no hyperlinks)', () => {
    const markdown = 'Lihat www.tegalkota.go.id, https://x.id/a_b_c atau surel nama@tegalkota.go.id.';
    const root = parseMarkdown(markdown);
    expect(types(root)).toEqual(['root', 'paragraph', 'text']);
    const { doc } = mdastToDoc(root, { source: markdown, file: 'buku.hbs', assets: {} });
    expect(doc.children).toEqual([{ type: 'paragraph', children: [{ type: 'text', value: markdown }] }]);
  });

  it('keeps the GFM it uses: tables, strikethrough, footnotes (to report them)', () => {
    const root = parseMarkdown('| a |\n|---|\n| ~~b~~ [^1] |\n\n[^1]: catatan');
    expect(types(root)).toEqual(
      expect.arrayContaining(['table', 'tableRow', 'tableCell', 'delete', 'footnoteReference', 'footnoteDefinition']),
    );
  });

  it('gives the same tree for the same text however often it parses', () => {
    const markdown = ':::tabel[T]{lebar="1 2"}\n| a | b |\n|---|--:|\n| 1 | 2 |\n:::\n\n- satu\n- dua :br[] tiga';
    expect(parseMarkdown(markdown)).toEqual(parseMarkdown(markdown));
  });
});
