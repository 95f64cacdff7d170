import { describe, expect, it } from 'vitest';
import type { Node, Parent } from 'mdast';
import { exampleBooksMarkdown } from '../../../test/fixtures/books/example.js';
import { MemoryKept } from '../../../test/support/kept.js';
import { markdownPieces, parseMarkdown, parseMarkdownPieces, parseMarkdownWhole } from './markdown.js';
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

describe('parsing a long text in pieces', () => {
  /** Cuts wherever it may, so that every cut is tested. */
  const EVERY_CUT = 1;

  const expectSameTree = (markdown: string) => expect(parseMarkdown(markdown, EVERY_CUT)).toStrictEqual(parseMarkdownWhole(markdown));
  /** A text not cut at all, still parsed as the whole. */
  const expectUncut = (markdown: string) => {
    expect(markdownPieces(markdown, EVERY_CUT), markdown).toEqual([0]);
    expectSameTree(markdown);
  };

  it('gives the tree of the whole for the four books of the example, cut at every heading and directive', async () => {
    for (const { template, markdown } of await exampleBooksMarkdown(false)) {
      // Not vacuous: the book is cut in many pieces.
      expect(markdownPieces(markdown, EVERY_CUT).length, template).toBeGreaterThan(5);
      expectSameTree(markdown);
    }
  });

  it('gives the same trees from the kept ones, read back in a later run, as from parsing', async () => {
    const [book] = await exampleBooksMarkdown(false);
    const markdown = book?.markdown ?? '';
    const kept = new MemoryKept();
    const parsed = [...parseMarkdownPieces(markdown, EVERY_CUT, kept)];
    expect(parsed.length).toBeGreaterThan(5);
    expect(kept.writes).toBe(parsed.length);
    const again = [...parseMarkdownPieces(markdown, EVERY_CUT, kept)];
    expect(kept.writes).toBe(parsed.length);
    expect(again).toStrictEqual(parsed);
    expect(again).toStrictEqual([...parseMarkdownPieces(markdown, EVERY_CUT)]);
    // A changed piece is parsed again; the others are read back.
    const changed = markdown.replace(/^(#+ .*)$/m, '$1 (diubah)');
    expect([...parseMarkdownPieces(changed, EVERY_CUT, kept)]).toHaveLength(parsed.length);
    expect(kept.writes).toBe(parsed.length + 1);
    expect([...parseMarkdownPieces(changed, EVERY_CUT, kept)]).toStrictEqual([...parseMarkdownPieces(changed, EVERY_CUT)]);
  });

  it('keeps no tree of a very long piece (a book that cannot be cut): it is parsed every time', () => {
    // No heading or directive at the margin: nowhere to cut.
    const markdown = `${'Paragraf yang cukup panjang untuk buku besar.\n\n'.repeat(24_000)}[a]: /x\n`;
    expect(markdown.length).toBeGreaterThan(1 << 20);
    const kept = new MemoryKept();
    expect([...parseMarkdownPieces(markdown, undefined, kept)]).toHaveLength(1);
    expect(kept.reads + kept.writes).toBe(0);
    const short = markdown.slice(-50_000);
    [...parseMarkdownPieces(short, undefined, kept)].forEach((tree) => expect(tree.type).toBe('root'));
    expect(kept.writes).toBe(1);
  });

  it('cuts only before a heading or directive at the margin after a blank line, outside fences and containers', () => {
    const markdown = '# A\n\npara\n\n## B\n- x\n\n:::tabel[T]\n| a |\n|---|\n\n# not a cut\n:::\n\n```\n\n# in code\n```\n\n::gambar{src="x"}\n';
    const cuts = markdownPieces(markdown, EVERY_CUT).map((at) => markdown.slice(at).split('\n')[0]);
    expect(cuts).toEqual(['# A', '## B', ':::tabel[T]', '::gambar{src="x"}']);
    expectSameTree(markdown);
  });

  it('follows the fences as the parser does: an outer container closes first, even over an open code fence', () => {
    const cases = [
      // The container's closing fence closes it with the code fence inside; the next fence opens code at the margin.
      ':::catatan\n```\n:::\n```\n\n# in code\n:::\n```\n\n# heading\n',
      // A longer outer fence is not closed by the inner container's.
      '::::luar\n:::dalam\nx\n:::\n\n# inside the outer\n::::\n\n# after\n',
      // A closing fence shorter than the opening one is text.
      '::::luar\n:::\n\n# inside\n::::\n\n# after\n',
      // An unclosed container and an unclosed fence run to the end.
      ':::terbuka\n\n# inside\n',
      '~~~\n\n# in code\n',
      // A backtick fence closes only with backticks, at least as many; a tilde one likewise.
      '````\n```\n\n# in code\n````\n\n# after\n',
      '~~~~\n~~~\n\n# in code\n~~~~\n\n# after\n',
      // Backticks in the info: no fence at all.
      '```a`b\n\n# heading\n```\n\n# in code\n```\n\n# after\n',
      // What may open a container but need not (the scan does not tell): the text is not cut.
      ':::x[a [b] c]\n\n# h\n:::\n\n# h2\n',
      ':::x{a=b}\n\n# h\n:::\n\n# h2\n',
    ];
    for (const markdown of cases) expectSameTree(markdown);
    expect(markdownPieces(cases[0] ?? '', EVERY_CUT).map((at) => (cases[0] ?? '').slice(at).split('\n')[0])).toEqual([':::catatan', '# heading']);
    expect(markdownPieces(cases[8] ?? '', EVERY_CUT)).toEqual([0]);
  });

  it('cuts text with footnotes only where every mention of each footnote stays in one piece', () => {
    const cuts = (markdown: string): string[] => markdownPieces(markdown, EVERY_CUT).map((at) => markdown.slice(at).split('\n')[0] ?? '');
    const cases: [string, string[]][] = [
      ['# A\n\nCatatan[^1].\n\n[^1]: isi\n\n# B\n\nLain [^2].\n\n[^2]: dua\n', ['# A', '# B']],
      // A call in the first piece and its definition three cuts on: the cuts between are dropped.
      ['# A\n\nLihat [^1].\n\n# B\n\nTeks.\n\n# C\n\n[^1]: isi\n\n# D\n\nAkhir.\n', ['# A', '# D']],
      // As the Tim writes them: definitions in the naskah's container, labels in another case, calls in cells.
      [
        ':::naskah{slot="s"}\nTeks[^N].\n\n| a | b |\n|---|---|\n| [^n] | *x* [^n] |\n\n[^n]: isi\n    menjorok\n:::\n\n# B\n\nLagi [^m] dan [^tanpa].\n\n:::naskah{slot="t"}\n[^m]: lain\n:::\n\n# C\n\n[^tanpa] lagi.\n',
        [':::naskah{slot="s"}', '# B', '# C'],
      ],
      // Mentions in code count too; a call with no definition anywhere does not hold a cut.
      ['# A\n\n```\n[^a]: x\n```\n\n# B\n\n[^a] dan [^b]\n\n# C\n\n[^b]\n', ['# A', '# C']],
    ];
    for (const [markdown, expected] of cases) {
      expect(cuts(markdown), markdown).toEqual(expected);
      expectSameTree(markdown);
    }
    // Not vacuous: the calls in the container are calls. (The parser reads the text outside containers
    // before their definitions: the call to [^m] is text, whole or cut.)
    expect(types(parseMarkdown(cases[2]?.[0] ?? '', EVERY_CUT)).filter((t) => t === 'footnoteReference')).toHaveLength(3);
  });

  it('keeps text whole when it has definitions other than footnotes’', () => {
    for (const markdown of [
      'Lihat [a].\n\n# B\n\n[a]: https://x.id\n',
      '# A\n\nSumber [a]: x\n\n# B\n\n[a]\n',
      '# A\n\n[^a]: x\n\n# B\n\n[a]: /y\n',
      '# A\n\nLihat [^a\\]:b].\n\n# B\n\n[^a\\]:b]: x\n',
    ]) {
      expectUncut(markdown);
      // Not vacuous: without its colons the text is cut.
      expect(markdownPieces(markdown.replaceAll(']:', '] :'), EVERY_CUT).length, markdown).toBeGreaterThan(1);
    }
  });

  it('does not cut text with carriage returns or fences away from the margin (indented, quoted, in a list)', () => {
    for (const markdown of [
      '# A\r\n\r\n# B\r\n',
      '- ```\n  \n# in the list\n  ```\n\n# B\n',
      '> :::x\n\n# B\n',
      '- :::x\n  isi\n\n\n# B\n',
      '1. a\n\n   ```\n   b\n\n# B\n',
    ]) {
      expectUncut(markdown);
    }
  });

  it('gives the tree of the whole for texts made of the dialect’s blocks in any order', () => {
    const blocks = [
      '# Judul', '## Sub *miring*', 'Paragraf dengan **tebal** dan :br[] di tengah.', 'baris\nlanjutan', 'Setext\n===',
      '- satu\n- dua', '- longgar\n\n- daftar', '1. satu\n2. dua\n\n   lanjutan', '> kutipan\nmalas', '---',
      '| a | b |\n|---|--:|\n| 1 | 2 |', ':::tabel[Judul \\(x\\)]{lebar="1 2"}\n| a |\n|---|\n| 1 |\n:::',
      '::::lanskap\n:::tabel[T]\n| a |\n|---|\n:::\n::::', ':::naskah{slot="s"}\nTeks bawaan.\n\n# Di dalam\n:::',
      '::gambar[Grafik]{src="grafik"}', '```\n# bukan judul\n\n:::x\n```', '~~~js\nkode\n~~~', ':::terbuka', '```',
      ':::', '\t# tab', '  # menjorok', '', '\n',
      // Footnote definitions, in the text or in a container, and calls from anywhere, in text and in cells.
      '[^1]: catatan\nlanjut', '[^A]: isi\n\n    menjorok', 'Teks\n[^b]: tanpa baris kosong', ':::x\n[^a]: di dalam\n:::',
      'Lihat [^a] dan [^1] dan [^B].', '| [^1] | [^a] |\n|---|---|\n| *x* [^1] | y |',
    ];
    // Reference definitions (texts with them are not cut, but are still parsed alike) and references.
    const uncuttable = ['[a]: https://x.id', '[B]:\n/y "t"', 'Lihat [a], [b][] dan [^1].'];
    // Fences away from the margin: texts with them are not cut, but are still parsed alike.
    const uncut = ['- :::x\n  isi', '1. ```\n   kode', '> ~~~\n> kode', '* a\n\n  :::x\n  b'];
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    let cut = 0;
    let cutWithDefinitions = 0;
    for (let n = 0; n < 520; n++) {
      const from = n % 4 === 0 ? [...blocks, ...uncut, ...uncuttable] : blocks;
      const parts = Array.from({ length: 2 + Math.floor(random() * 12) }, () => from[Math.floor(random() * from.length)] ?? '');
      const markdown = parts.reduce((text, part) => text + (random() < 0.7 ? '\n\n' : '\n') + part);
      if (markdownPieces(markdown, EVERY_CUT).length > 1) {
        cut++;
        if (markdown.includes(']:')) cutWithDefinitions++;
      }
      expectSameTree(markdown);
    }
    // Not vacuous: most texts are cut.
    expect(cut).toBeGreaterThan(200);
    expect(cutWithDefinitions).toBeGreaterThan(20);
  });
});
