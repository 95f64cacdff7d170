import { describe, expect, it } from 'vitest';
import type { Block, Doc } from '../../../doc/ast.js';
import type { Diagnostic } from '../../../diagnostics/diagnostic.js';
import { parseMarkdown } from '../markdown.js';
import { mdastToDoc } from './index.js';

const logo = { png: new Uint8Array([1]), width: 10, height: 5 };

function map(markdown: string): { doc: Doc; blocks: readonly Block[]; codes: string[]; diagnostics: Diagnostic[] } {
  const { doc, diagnostics } = mdastToDoc(parseMarkdown(markdown), { source: markdown, file: 'templates/buku.hbs', assets: { logo } });
  return { doc, blocks: doc.children, codes: diagnostics.map((d) => d.code), diagnostics };
}

describe('book structure directives', () => {
  it('::sampul makes the cover and sets the running title', () => {
    const { doc, codes } = map('::sampul{judul="Masterplan" subjudul="Buku I" daerah="Kota Uji" tahun="2025" logo="logo" kepala="Buku I Kota Uji"}');
    expect(doc.title).toBe('Buku I Kota Uji');
    expect(doc.children).toEqual([{ type: 'cover', title: 'Masterplan', subtitle: 'Buku I', daerah: 'Kota Uji', year: '2025', logo }]);
    expect(codes).toEqual([]);
  });

  it('::sampul without judul or with an unknown logo is reported', () => {
    expect(map('::sampul{logo="tidak-ada"}').codes).toEqual(['report/bad-attribute', 'report/unknown-asset']);
  });

  it(':::kata-pengantar holds paragraphs and a signature', () => {
    const { blocks } = map(':::kata-pengantar[Sambutan]{kota="Tegal" nama="A" jabatan="Wali Kota"}\nIsi.\n:::');
    expect(blocks).toEqual([
      {
        type: 'foreword',
        title: 'Sambutan',
        children: [{ type: 'paragraph', children: [{ type: 'text', value: 'Isi.' }] }],
        signature: { place: 'Tegal', name: 'A', role: 'Wali Kota' },
      },
    ]);
  });

  it('tables of contents, unnumbered headings, page breaks', () => {
    const { blocks } = map('::daftar-isi\n\n::daftar-tabel[TABEL]\n\n::daftar-gambar\n\n::judul[Singkatan]{tingkat="2"}\n\n::halaman-baru');
    expect(blocks).toEqual([
      { type: 'toc', kind: 'contents', title: 'DAFTAR ISI' },
      { type: 'toc', kind: 'tabel', title: 'TABEL' },
      { type: 'toc', kind: 'gambar', title: 'DAFTAR GAMBAR' },
      { type: 'heading', level: 2, numbered: false, children: [{ type: 'text', value: 'Singkatan' }] },
      { type: 'pageBreak' },
    ]);
  });

  it(':::lanskap wraps blocks; a nested container needs the longer fence outside', () => {
    const { blocks, codes } = map('::::lanskap\n:::tabel[T]\n| a |\n|---|\n| 1 |\n:::\n::::');
    expect(codes).toEqual([]);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]?.type).toBe('landscape');
    expect(blocks[0]?.type === 'landscape' && blocks[0].children[0]?.type).toBe('table');
  });

  it(':::tengah and :::kanan align paragraphs', () => {
    const { blocks } = map(':::tengah\nA\n:::\n\n:::kanan\nB\n:::');
    expect(blocks.map((b) => b.type === 'paragraph' && b.align)).toEqual(['center', 'right']);
  });
});

describe('tables and figures', () => {
  it(':::tabel gives caption, widths, source and small notes', () => {
    const { blocks, codes } = map(':::tabel[Data *OPD*]{lebar="1 3" sumber="BPS"}\n| A | B |\n|:-:|--:|\n| 1 | 2 |\n\nCatatan.\n:::');
    expect(codes).toEqual([]);
    const [table, note] = blocks;
    expect(table).toMatchObject({
      type: 'table',
      caption: [{ type: 'text', value: 'Data ' }, { type: 'emphasis', children: [{ type: 'text', value: 'OPD' }] }],
      widths: [1, 3],
      align: ['center', 'right'],
      source: [{ type: 'text', value: 'BPS' }],
    });
    expect(note).toEqual({ type: 'paragraph', small: true, children: [{ type: 'text', value: 'Catatan.' }] });
  });

  it('a width hint that does not match the columns is reported and dropped', () => {
    const { blocks, codes } = map(':::tabel[T]{lebar="1 2 3"}\n| Nama | X |\n|---|---|\n| Panjang sekali | 1 |\n:::');
    expect(codes).toEqual(['report/bad-attribute']);
    expect(blocks[0]?.type === 'table' && blocks[0].widths).toBeUndefined();
  });

  it('grup names the column that names the group of its rows; a column the table lacks is reported and dropped', () => {
    const md = (grup: string): string => `Teks.\n\n:::tabel[T]{grup="${grup}"}\n| Isu | Indikator |\n|---|---|\n| Air | Cakupan |\n| | Kualitas |\n:::`;
    const ok = map(md('1'));
    expect(ok.codes).toEqual([]);
    expect(ok.blocks[1]).toMatchObject({ type: 'table', group: 0 });
    for (const bad of ['3', '1,5', 'satu']) {
      const { blocks, diagnostics } = map(md(bad));
      // The position of a Markdown diagnostic is its line in the rendered Markdown: the directive's for a value
      // that is no number, the table's for a number that is no column of it.
      expect(diagnostics.map((d) => [d.code, d.args['mdLine'], d.args['attribute']]), bad).toEqual([['report/bad-attribute', bad === 'satu' ? 3 : 4, 'grup']]);
      expect(blocks[1]?.type === 'table' && blocks[1].group, bad).toBeUndefined();
    }
  });

  it('::gambar takes the image by key; an unknown key leaves a visible placeholder', () => {
    const ok = map('::gambar[Logo kota]{src="logo" lebar="4,5" sumber="Bappeda"}');
    expect(ok.blocks).toEqual([
      { type: 'figure', image: logo, widthCm: 4.5, caption: [{ type: 'text', value: 'Logo kota' }], source: [{ type: 'text', value: 'Bappeda' }] },
    ]);
    const missing = map('::gambar[Peta]{src="peta"}');
    expect(missing.codes).toEqual(['report/unknown-asset']);
    expect(missing.blocks).toEqual([{ type: 'paragraph', align: 'center', children: [{ type: 'placeholder', what: 'Gambar Peta' }] }]);
  });

  it('an asset key is an own property only', () => {
    expect(map('::gambar[X]{src="constructor"}').codes).toEqual(['report/unknown-asset']);
  });
});

describe('inline directives and unsupported Markdown', () => {
  it(':kosong and ::kosong make placeholders; :br[] a line break', () => {
    const { blocks } = map('Data: :kosong[Data SDM]{opd="Dinas Sosial"} a:br[]b\n\n::kosong[Peta]');
    expect(blocks).toEqual([
      {
        type: 'paragraph',
        children: [
          { type: 'text', value: 'Data: ' },
          { type: 'placeholder', what: 'Data SDM', opd: 'Dinas Sosial' },
          { type: 'text', value: ' a' },
          { type: 'break' },
          { type: 'text', value: 'b' },
        ],
      },
      { type: 'paragraph', children: [{ type: 'placeholder', what: 'Peta' }] },
    ]);
  });

  it('an unknown inline directive keeps its text and is reported with the Markdown line', () => {
    const { blocks, diagnostics } = map('Baris satu\n\nWaktu:pagi hari');
    expect(blocks[1]).toEqual({ type: 'paragraph', children: [{ type: 'text', value: 'Waktu:pagi hari' }] });
    expect(diagnostics).toMatchObject([{ code: 'report/unknown-directive', file: 'templates/buku.hbs', args: { name: 'pagi', mdLine: 3 } }]);
  });

  it('deep headings, images, code and rules are reported; HTML and indentation are plain text', () => {
    const { blocks, codes } = map('#### Dalam\n\n![x](y.png)\n\n---\n\n    indentasi bukan kode\n\n<b>tebal</b>');
    expect(codes).toEqual(['report/heading-too-deep', 'report/unsupported-markdown', 'report/unsupported-markdown']);
    expect(blocks[0]).toMatchObject({ type: 'heading', level: 3 });
    expect(blocks.at(-2)).toEqual({ type: 'paragraph', children: [{ type: 'text', value: 'indentasi bukan kode' }] });
    expect(blocks.at(-1)).toEqual({ type: 'paragraph', children: [{ type: 'text', value: '<b>tebal</b>' }] });
  });

  it('links keep their text only; lists keep their start', () => {
    const { blocks } = map('[teks](http://x)\n\n3. tiga\n4. empat');
    expect(blocks[0]).toEqual({ type: 'paragraph', children: [{ type: 'text', value: 'teks' }] });
    expect(blocks[1]).toMatchObject({ type: 'list', ordered: true, start: 3 });
  });
});
