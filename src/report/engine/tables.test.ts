import { describe, expect, it } from 'vitest';
import { exampleBooksMarkdown } from '../../../test/fixtures/books/example.js';
import { parseMarkdown, parseMarkdownWhole, parseWithParser } from './markdown.js';
import { readTables } from './tables.js';

/** The tree with the tables built directly is the parser's, positions and key order included. */
function expectParserTree(markdown: string): void {
  const direct = parseMarkdownWhole(markdown);
  const parser = parseWithParser(markdown);
  expect(direct, markdown).toStrictEqual(parser);
  expect(JSON.stringify(direct), markdown).toBe(JSON.stringify(parser));
}

const direct = (markdown: string): number => readTables(markdown, !markdown.includes(']:')).length;

describe('tables built without the parser', () => {
  it('give the parser’s tree for the four books of the example, where nearly every table is built directly', async () => {
    for (const { template, markdown } of await exampleBooksMarkdown(false)) {
      const tables = readTables(markdown, true);
      const rows = markdown.split('\n').filter((l) => l.startsWith('|')).length;
      // Not vacuous: the tables read hold every table row of the book.
      expect(tables.reduce((n, t) => n + t.node.children.length + 1, 0), template).toBe(rows);
      expect(tables.length, template).toBeGreaterThan(2);
      expectParserTree(markdown);
      expect(parseMarkdown(markdown, 1)).toStrictEqual(parseWithParser(markdown));
    }
  });

  it('give the parser’s tree for cells of every kind', () => {
    const cells = [
      'teks', 'Rp1\\.250\\.000', '\\|', 'a \\| b', 'a\\\\', '\\\\', '**tebal**', '*miring* dan `kode`', 'satu:br[]dua',
      ':kosong[x]{opd="a"}', '~~coret~~', '[tautan](x)', '![g](x)', '&amp; &#10;', '<b>', 'a_b_c', 'www.x.id', 'C:\\data',
      '😀 emoji 😀', 'banyak   spasi', '', ' ', '# bukan judul', '- bukan daftar', '> bukan kutipan', '1\\. satu', '---',
      '\\*', 'a\\', '[^1]', 'x\u0000y', 'é ü ñ',
    ];
    for (const cell of cells) {
      for (const markdown of [
        `| a | b |\n|---|:-:|\n| ${cell} | ${cell} |`,
        `:::tabel[T]{lebar="1 2"}\n|${cell}|x|\n|:--|--:|\n|  ${cell}  |${cell}|\n:::`,
      ]) {
        expectParserTree(markdown);
      }
    }
    expect(direct('| a | b |\n|---|:-:|\n| **x** | y |')).toBe(1);
  });

  it('give the parser’s tree wherever a table stands, and are left to the parser where they might not be tables', () => {
    const cases: Array<[string, number]> = [
      ['| a |\n|---|\n| 1 |', 1],
      ['teks\n\n| a |\n|---|\n| 1 |\n\nteks', 1],
      ['# Judul\n\n| a | b |\n| :--- | ---: |\n| 1 | 2 |\n| 3 | 4 |\n', 1],
      [':::tabel[T]\n| a |\n|---|\n| 1 |\n:::\n\n:::tabel[U]\n| b |\n|---|\n:::', 2],
      [':::tabel[T]\n| a |\n|---|\n| 1 |\n\nKeterangan.\n:::', 1],
      ['::::lanskap\n:::tabel[T]\n| a |\n|---|\n| 1 |\n:::\n::::', 1],
      ['::::luar\n:::dalam\n| a |\n|---|\n::::\n', 1],
      // A paragraph before: the table interrupts it, or does not.
      ['teks\n| a |\n|---|\n| 1 |', 0],
      // A line after that is a row of the table.
      ['| a |\n|---|\n| 1 |\nlanjutan', 0],
      // A fence that closes nothing is a row of the table.
      ['| a |\n|---|\n| 1 |\n:::', 1],
      // What is before is no container.
      [':::x[a [b] c]\n| a |\n|---|\n:::', 1],
      [':::1tabel\n| a |\n|---|\n:::', 0],
      // Containers that run on over blank lines: a list or a footnote before, continued after the table or not.
      ['- a\n\n| t |\n|---|\n\n  lanjutan', 1],
      ['- a\n\n| t |\n|---|\n\n- b', 1],
      ['- a\n- b\n\n| t |\n|---|\n\nteks', 1],
      ['1. a\n\n| t |\n|---|\n\n   b', 1],
      ['> a\n\n| t |\n|---|\n\n> b', 1],
      ['[^1]: catatan\n\n| t[^1] |\n|---|\n\n    lanjutan', 0],
      ['[^1]: catatan\n\n| t |\n|---|\n\n    lanjutan', 1],
      ['Lihat [a].\n\n| [a] |\n|---|\n\n[a]: https://x.id', 0],
      // Code fences around or open before.
      ['```\n\n| a |\n|---|\n\n```', 1],
      ['~~~\n| a |\n|---|\n', 0],
      // Shapes the parser reads differently or not as a table.
      ['| a | b |\n|---|\n| 1 | 2 |', 0],
      ['| a |\n|---|\n| 1 | 2 |', 0],
      ['| a |\n| x |\n| 1 |', 0],
      ['| a |\n|---|\n| 1 \\|', 0],
      ['| a |\n|---|\n| 1 | ', 0],
      ['| a |\n|-\t-|\n| 1 |', 0],
      ['| a |\n|---|\n|\t1 |', 0],
      ['| a |\n|:-:-|\n| 1 |', 0],
      ['| a |', 0],
      ['|', 0],
      ['| a |\n|---|\n\n| b |\n|---|', 2],
      ['  | a |\n  |---|', 0],
    ];
    for (const [markdown, tables] of cases) {
      expect(direct(markdown), markdown).toBe(tables);
      expectParserTree(markdown);
    }
  });

  it('give the parser’s tree for texts made of tables and other blocks in any order', () => {
    const cells = ['a', '1\\.5', '**J**', 'x:br[]y', '', '\\|', '`k`', '😀', 'a  b', '[x]'];
    const blocks = [
      '# Judul', 'Paragraf.', '- satu\n- dua', '- longgar\n\n- daftar', '  menjorok', '> kutipan', '```\nkode', '```', ':::',
      ':::tabel[T]', '::::lanskap', '::::', '[^1]: catatan', '    catatan', '[a]: https://x.id', 'teks [a] [^1]', '',
      ':::::', ':::tabel[T]{a="1"}', '    | x |', '* a\n  | b |', '> | q |', 'teks\n===', '  - y', '***', '~~~', '\t| tab |', '|x', 'x|',
    ];
    const characters = ['\\', '|', '*', '_', '`', '[', ']', '!', '<', '&', ':', '~', '#', '-', ' ', 'a', '😀', 'é', '\u0000', '(', ')', '.', '^', '\t', '{', '"'];
    let seed = 11;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const pick = <T,>(from: readonly T[]): T => from[Math.floor(random() * from.length)] as T;
    const table = (): string => {
      const columns = 1 + Math.floor(random() * 3);
      // A cell from the list, or characters of every kind in any order.
      const any = () => Array.from({ length: Math.floor(random() * 8) }, () => pick(characters)).join('');
      const row = () => `|${Array.from({ length: columns }, () => (random() < 0.5 ? any() : ` ${pick(cells)} `)).join('|')}|`;
      const delimiter = `|${Array.from({ length: columns }, () => pick(['---', ':--', '--:', ':-:'])).join('|')}|`;
      return [row(), delimiter, ...Array.from({ length: Math.floor(random() * 3) }, row)].join('\n');
    };
    let built = 0;
    for (let n = 0; n < 600; n++) {
      const parts = Array.from({ length: 2 + Math.floor(random() * 8) }, () => (random() < 0.4 ? table() : pick(blocks)));
      const markdown = parts.reduce((text, part) => text + (random() < 0.6 ? '\n\n' : '\n') + part);
      built += direct(markdown);
      expectParserTree(markdown);
    }
    // Not vacuous: many tables are built directly.
    expect(built).toBeGreaterThan(300);
  });
});
