import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Paragraph, Table } from '../../doc/ast.js';
import { inlineText } from '../../doc/walk.js';
import { escapeAttribute, escapeMarkdown, MissingValueError } from './escape.js';
import { parseMarkdown } from './markdown.js';
import { mdastToDoc } from './to-doc/index.js';

function toDoc(markdown: string) {
  return mdastToDoc(parseMarkdown(markdown), { source: markdown, file: 't.hbs', assets: {} });
}

/** The inline text with breaks shown as newlines, to compare with the input. */
function literal(inlines: Paragraph['children']): string {
  return inlines.map((i) => (i.type === 'break' ? '\n' : inlineText([i]))).join('');
}

const hostile = 'Aplikasi *SiPeDe* | #1 <b>tebal</b> {{x}} [t](u) & &amp; C:\\data_2 `kode` ~~s~~ :kosong[x] ![i](p)';

/** What escaping promises to keep: the text, trimmed, with CR LF as LF and tabs as spaces. */
function normalised(s: string): string {
  return s.replace(/\r\n?/g, '\n').replace(/[\t\v\f]/g, ' ').trim();
}

/** Text that Markdown could still alter: leading/trailing spaces of inner lines are trimmed by the parser. */
const textArb = fc
  .array(fc.oneof(fc.constantFrom(...Array.from('*_#|<>{}[]()&\\`~:!-+=.\n "\'')), fc.string({ maxLength: 4 })), { maxLength: 30 })
  .map((parts) => parts.join(''))
  .map((s) => s.split('\n').map((l) => l.trim()).join('\n'))
  // eslint-disable-next-line no-control-regex -- the control characters the escaper drops
  .filter((s) => !/[\u0000-\u0008\u000e-\u001f\u007f\r]/.test(s));

describe('escapeMarkdown', () => {
  it('keeps hostile text literal in a paragraph', () => {
    const { doc } = toDoc(`Nama: ${escapeMarkdown(hostile)}`);
    expect(doc.children).toHaveLength(1);
    expect(literal((doc.children[0] as Paragraph).children)).toBe(`Nama: ${hostile}`);
  });

  it('turns line breaks into breaks, never into new paragraphs', () => {
    const { doc } = toDoc(escapeMarkdown('satu\n\ndua\r\ntiga'));
    expect(doc.children).toHaveLength(1);
    expect(literal((doc.children[0] as Paragraph).children)).toBe('satu\n\ndua\ntiga');
  });

  it('keeps a table cell one cell and a heading one heading', () => {
    const cell = escapeMarkdown('a | b\nc # d');
    const { doc } = toDoc(`# ${escapeMarkdown('# *Judul* | x')}\n\n| A | B |\n|---|---|\n| ${cell} | z |\n`);
    const [heading, table] = doc.children as [{ type: 'heading'; children: Paragraph['children'] }, Table];
    expect(literal(heading.children)).toBe('# *Judul* | x');
    expect(table.rows[0]?.cells).toHaveLength(2);
    expect(literal(table.rows[0]?.cells[0]?.children ?? [])).toBe('a | b\nc # d');
  });

  it('round-trips any text through Markdown (property)', () => {
    fc.assert(
      fc.property(textArb, (s) => {
        const expected = normalised(s);
        fc.pre(expected !== '');
        const { doc, diagnostics } = toDoc(`x ${escapeMarkdown(s)} y`);
        expect(diagnostics).toEqual([]);
        expect(doc.children).toHaveLength(1);
        expect(literal((doc.children[0] as Paragraph).children)).toBe(`x ${expected} y`);
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips any text inside a table cell (property)', () => {
    fc.assert(
      fc.property(textArb, (s) => {
        const expected = normalised(s);
        const { doc } = toDoc(`| A | B |\n|---|---|\n| ${escapeMarkdown(s)} | z |\n`);
        const table = doc.children[0] as Table;
        expect(table.rows[0]?.cells.map((c) => literal(c.children))).toEqual([expected, 'z']);
      }),
      { numRuns: 300 },
    );
  });

  it('accepts numbers and refuses missing values', () => {
    expect(escapeMarkdown(2024)).toBe('2024');
    expect(escapeMarkdown(1.5)).toBe('1\\.5');
    expect(() => escapeMarkdown(undefined)).toThrow(MissingValueError);
    expect(() => escapeMarkdown(null)).toThrow(MissingValueError);
    expect(() => escapeMarkdown({})).toThrow(TypeError);
  });
});

describe('escapeAttribute', () => {
  it('round-trips quotes, ampersands and line breaks through a directive attribute', () => {
    const value = 'Dinas "Sosial" & P3A &amp; <b>\nbaris 2 {x} [y]';
    const { doc } = toDoc(`::kosong[Data]{opd="${escapeAttribute(value)}"}`);
    const p = doc.children[0] as Paragraph;
    expect(p.children[0]).toEqual({ type: 'placeholder', what: 'Data', opd: value });
  });
});
