/**
 * Slots of authored text in the document model: the Tim's Markdown in place of the built-in wording,
 * headings as numbered sub-sections under the slot's section, `Tabel:` captions, figures, footnotes,
 * references that print the numbers of the captions, and markup of every other kind as text.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block, Doc, Figure, Footnote, Heading, ImageData, Table } from '../../../doc/ast.js';
import { captionNumbers } from '../../../doc/numbering.js';
import { inlineText, walk } from '../../../doc/walk.js';
import { parseAuthoredMarkdown } from '../../../load/markdown.js';
import type { NaskahText } from '../../../model/index.js';
import { taxonomy } from '../../../taxonomy/index.js';
import { renderTemplate } from '../../render.js';
import { parseMarkdown } from '../markdown.js';
import type { NaskahRender, SlotContent } from './context.js';
import { mdastToDoc } from './index.js';

const IMAGE: ImageData = { png: new Uint8Array([137, 80, 78, 71]), width: 400, height: 200 };

function text(slot: string, markdown: string): NaskahText {
  return { slot, file: `naskah/${slot}.md`, tree: parseAuthoredMarkdown(markdown), body: markdown, markdown, images: new Map() };
}

function naskah(entries: Record<string, SlotContent>): NaskahRender {
  return { catalogue: taxonomy().naskah, slots: new Map(Object.entries(entries)) };
}

function authored(slot: string, markdown: string, images: Record<string, ImageData> = {}): Record<string, SlotContent> {
  return { [slot]: { kind: 'authored', text: text(slot, markdown), images: new Map(Object.entries(images)) } };
}

function map(template: string, render?: NaskahRender) {
  return mdastToDoc(parseMarkdown(template), { source: template, file: 'buku.hbs', assets: {}, ...(render !== undefined ? { naskah: render } : {}) });
}

/** Each block as one line: its type, level and text. */
function lines(doc: Doc): string[] {
  const out: string[] = [];
  const go = (blocks: readonly Block[]) => {
    for (const b of blocks) {
      if (b.type === 'heading') out.push(`h${b.level} ${inlineText(b.children)}`);
      else if (b.type === 'paragraph') out.push(`p ${b.children.some((c) => c.type === 'strong') && b.children.length === 1 ? '**' : ''}${inlineText(b.children)}`);
      else if (b.type === 'table') out.push(`table ${b.caption !== undefined ? inlineText(b.caption) : '(no caption)'}${b.key !== undefined ? ` #${b.key}` : ''}`);
      else if (b.type === 'figure') out.push(`figure ${b.caption !== undefined ? inlineText(b.caption) : ''}${b.key !== undefined ? ` #${b.key}` : ''}`);
      else if (b.type === 'list') b.items.forEach((i) => go(i.children));
      else if (b.type === 'foreword' || b.type === 'landscape') go(b.children);
      else out.push(b.type);
    }
  };
  go(doc.children);
  return out;
}

const SECTION = '# Pendahuluan\n\n## Latar Belakang\n\n:::naskah{slot="buku-1/latar-belakang"}\nTeks bawaan.\n:::\n\n## Dasar Hukum\n\nDaftar.\n';

describe('a slot', () => {
  it('prints its built-in wording without authored text, and the authored text instead of it', () => {
    expect(lines(map(SECTION).doc)).toEqual(['h1 Pendahuluan', 'h2 Latar Belakang', 'p Teks bawaan.', 'h2 Dasar Hukum', 'p Daftar.']);
    const { doc, diagnostics } = map(SECTION, naskah(authored('buku-1/latar-belakang', 'Paragraf pertama.\n\nParagraf kedua.\n')));
    expect(diagnostics).toEqual([]);
    expect(lines(doc)).toEqual(['h1 Pendahuluan', 'h2 Latar Belakang', 'p Paragraf pertama.', 'p Paragraf kedua.', 'h2 Dasar Hukum', 'p Daftar.']);
  });

  it('prints a placeholder naming who owes a text that is due and missing', () => {
    const { doc } = map(SECTION, naskah({ 'buku-1/latar-belakang': { kind: 'placeholder', what: 'Naskah latar belakang Buku I', opd: 'Dinas Sosial' } }));
    const found: unknown[] = [];
    walk(doc, (n) => (n.type === 'placeholder' ? found.push(n) : undefined));
    expect(found).toEqual([{ type: 'placeholder', what: 'Naskah latar belakang Buku I', opd: 'Dinas Sosial' }]);
    expect(lines(doc)).not.toContain('p Teks bawaan.');
  });

  it('that the slot list does not know: a warning, and the built-in wording', () => {
    const { doc, diagnostics } = map('Pembuka.\n\n:::naskah{slot="buku-1/tidak-ada"}\nBawaan.\n:::\n');
    expect(lines(doc)).toEqual(['p Pembuka.', 'p Bawaan.']);
    // Like the other report/* findings: at the template, with the line of the Markdown it produced.
    expect(diagnostics.map((d) => [d.code, d.severity, d.file, d.line, d.column, d.args])).toEqual([
      ['report/unknown-slot', 'warning', 'buku.hbs', 1, 1, { slot: 'buku-1/tidak-ada', mdLine: 3 }],
    ]);
  });

  it('prints raw HTML, directives and Handlebars of authored text literally', () => {
    const md = '<b>Tebal</b> {{daerah.nama}} :kosong[x] :br[]\n\n:::tabel[Bukan tabel]\n::halaman-baru\n:::\n\n    menjorok empat spasi\n';
    const { doc, diagnostics } = map(SECTION, naskah(authored('buku-1/latar-belakang', md)));
    expect(diagnostics).toEqual([]);
    expect(lines(doc).slice(2, 5)).toEqual([
      'p <b>Tebal</b> {{daerah.nama}} :kosong[x] :br[]',
      'p :::tabel[Bukan tabel] ::halaman-baru :::',
      'p menjorok empat spasi',
    ]);
  });
});

describe('authored headings', () => {
  it('are numbered sub-sections under the slot section; deeper ones are bold paragraphs', () => {
    const md = '# Satu\n\nA.\n\n## Dua\n\nB.\n\n### Tiga\n\nC.\n';
    // Gambaran Umum Daerah is a chapter: # is a section (2.1), ## a subsection (2.1.1).
    const chapter = map('# Gambaran Umum Daerah\n\n::naskah{slot="buku-1/gambaran-umum"}\n\n## Profil Daerah\n', naskah(authored('buku-1/gambaran-umum', md)));
    expect(lines(chapter.doc)).toEqual(['h1 Gambaran Umum Daerah', 'h2 Satu', 'p A.', 'h3 Dua', 'p B.', 'p **Tiga', 'p C.', 'h2 Profil Daerah']);
    // Latar Belakang is a section: # is a subsection.
    const section = map(SECTION, naskah(authored('buku-1/latar-belakang', md)));
    expect(lines(section.doc).slice(1, 8)).toEqual(['h2 Latar Belakang', 'h3 Satu', 'p A.', 'p **Dua', 'p B.', 'p **Tiga', 'p C.']);
    const headings: Heading[] = [];
    walk(section.doc, (n) => (n.type === 'heading' ? headings.push(n) : undefined));
    expect(headings.every((h) => h.numbered)).toBe(true);
  });
});

describe('tables, figures and footnotes of authored text', () => {
  const md = [
    'Tabel: Capaian *Layanan* {#capaian}',
    '| Layanan | Capaian |',
    '|---|---:|',
    '| Perizinan | 80% |',
    '',
    '| Tanpa | keterangan |',
    '|---|---|',
    '| x | y |',
    '',
    '![Peta Wilayah](gambar/peta.png){#peta}',
    '',
    'Kalimat dengan catatan[^a] dan catatan lagi[^a].',
    '',
    '[^a]: Isi *catatan*.',
    '',
    '    Paragraf kedua catatan.',
  ].join('\n');

  it('a Tabel: line captions the table after it, an image alone is a figure, a footnote is a real footnote', () => {
    const { doc, diagnostics } = map(SECTION, naskah(authored('buku-1/latar-belakang', md, { 'gambar/peta.png': IMAGE })));
    expect(diagnostics).toEqual([]);
    expect(lines(doc).slice(2, 6)).toEqual(['table Capaian Layanan #capaian', 'table (no caption)', 'figure Peta Wilayah #peta', 'p Kalimat dengan catatan dan catatan lagi.']);
    const tables: Table[] = [];
    const figures: Figure[] = [];
    const footnotes: Footnote[] = [];
    walk(doc, (n) => {
      if (n.type === 'table') tables.push(n);
      if (n.type === 'figure') figures.push(n);
      if (n.type === 'footnote') footnotes.push(n);
    });
    expect(tables[0]?.caption).toEqual([{ type: 'text', value: 'Capaian ' }, { type: 'emphasis', children: [{ type: 'text', value: 'Layanan' }] }]);
    expect(tables[0]?.align).toEqual([undefined, 'right']);
    expect(figures[0]).toMatchObject({ image: IMAGE, widthCm: 15, key: 'peta' });
    // The same note referred to twice is printed at both marks; its paragraphs stay paragraphs.
    expect(footnotes).toHaveLength(2);
    expect(footnotes[0]?.children.map((p) => inlineText(p.children))).toEqual(['Isi catatan.', 'Paragraf kedua catatan.']);
  });
});

describe('references', () => {
  it('print the number of the caption, generated or authored, even before the table they refer to', () => {
    const template = [
      '# Pendahuluan', '', '## Latar Belakang', '',
      ':::naskah{slot="buku-1/latar-belakang"}', ':::', '',
      '# Gambaran Umum Daerah', '',
      ':::tabel[Perangkat Daerah]{kunci="sdm-opd"}', '| a |', '|---|', '| 1 |', ':::', '',
      '::gambar[Grafik]{src="grafik" kunci="kesiapan-pilar"}', '',
      '::naskah{slot="buku-1/gambaran-umum"}', '',
    ].join('\n');
    const render = naskah({
      ...authored('buku-1/latar-belakang', 'Lihat [@tabel:sdm-opd], [@gambar:kesiapan-pilar] dan [@tabel:wilayah].\n'),
      ...authored('buku-1/gambaran-umum', 'Tabel: Wilayah {#wilayah}\n| b |\n|---|\n| 2 |\n\nSeperti [@tabel:wilayah].\n'),
    });
    const doc = mdastToDoc(parseMarkdown(template), { source: template, file: 'buku.hbs', assets: { grafik: IMAGE }, naskah: render });
    expect(doc.diagnostics).toEqual([]);
    expect(lines(doc.doc).filter((l) => l.startsWith('p '))).toEqual(['p Lihat Tabel 2.1, Gambar 2.1 dan Tabel 2.2.', 'p Seperti Tabel 2.2.']);
    // The numbers are those the captions get.
    const numbered = [...captionNumbers(doc.doc)].map(([node, n]) => `${node.type} ${n} ${inlineText(node.caption ?? [])}`);
    expect(numbered).toEqual(['table 2.1 Perangkat Daerah', 'figure 2.1 Grafik', 'table 2.2 Wilayah']);
  });

  it('to a table this book does not print: a warning at the reference, and a visible gap', () => {
    const md = 'Teks.\n\nAnggaran pada [@tabel:anggaran-opd] belum ada.\n';
    const { doc, diagnostics } = map(SECTION, naskah(authored('buku-1/latar-belakang', md)));
    expect(diagnostics.map((d) => [d.code, d.file, d.line, d.column, d.args])).toEqual([
      ['naskah/reference-absent', 'naskah/buku-1/latar-belakang.md', 3, 15, { kind: 'tabel', key: 'anggaran-opd' }],
    ]);
    expect(lines(doc)).toContain('p Anggaran pada [Tabel anggaran-opd belum tersedia] belum ada.');
  });
});

describe('a template without the slot', () => {
  it('leaves the authored text out with a warning at the naskah file', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'masterplan-naskah-'));
    try {
      await writeFile(path.join(dir, 'buku-1.hbs'), '# Pendahuluan\n\n## Latar Belakang\n\nTeks templat lama.\n');
      const result = renderTemplate('buku-1', {}, { builtinTemplatesDir: dir, naskah: naskah(authored('buku-1/latar-belakang', 'Teks Tim.\n')) });
      expect(result.diagnostics.map((d) => [d.code, d.file, d.line, d.column, d.args])).toEqual([
        ['naskah/not-printed', 'naskah/buku-1/latar-belakang.md', 1, 1, { slot: 'buku-1/latar-belakang', template: 'templates/buku-1.hbs' }],
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('the Markdown of a book', () => {
  it('holds the authored text as written in its slot, fenced longer than any colons in it', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'masterplan-naskah-'));
    try {
      await writeFile(path.join(dir, 'buku-1.hbs'), SECTION);
      const body = 'Teks *asli*.\n\n::::catatan\nbukan direktif\n::::\n';
      const result = renderTemplate('buku-1', {}, { builtinTemplatesDir: dir, naskah: naskah(authored('buku-1/latar-belakang', body)) });
      expect(result.diagnostics).toEqual([]);
      expect(result.markdown).toBe(
        '# Pendahuluan\n\n## Latar Belakang\n\n:::::naskah{slot="buku-1/latar-belakang" berkas="naskah/buku-1/latar-belakang.md"}\nTeks *asli*.\n\n::::catatan\nbukan direktif\n::::\n:::::\n\n## Dasar Hukum\n\nDaftar.\n',
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
