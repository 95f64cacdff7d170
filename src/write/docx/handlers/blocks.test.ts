import { describe, expect, it } from 'vitest';
import * as b from '../../../doc/builders.js';
import { bodyOf, partsOf } from '../../../../test/support/docx-fragment.js';
import { barChartPng, barChartSvg } from '../../../../test/support/png.js';
import { blockHandlers } from './index.js';

const image = { png: barChartPng(40, 20), width: 40, height: 20 };
const t = (s: string): string => `<w:t xml:space="preserve">${s}</w:t>`;
/** A SEQ field as a complex field, its number written as the result run every reader shows. */
const seq = (label: string, n: string): string =>
  `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> SEQ ${label} \\* ARABIC \\r ${n} \\s 1 </w:instrText></w:r>` +
  `<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r>${t(n)}</w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`;

describe('block handlers', () => {
  it('covers every block type', () => {
    expect(Object.keys(blockHandlers).sort()).toEqual(
      ['cover', 'figure', 'foreword', 'heading', 'landscape', 'list', 'pageBreak', 'paragraph', 'table', 'toc'].sort(),
    );
  });

  it('heading: BAB I with the title on the next line, 1.1 and 1.1.1 with a tab, unnumbered without', async () => {
    const xml = await bodyOf([
      b.heading(1, 'Pendahuluan'),
      b.heading(2, 'Latar'),
      b.heading(3, 'Sub'),
      b.heading(1, 'Dua'),
      b.heading(2, 'Lagi'),
      b.plainHeading(2, 'Tanpa'),
    ]);
    expect(xml).toContain(
      `<w:p><w:pPr><w:pStyle w:val="Heading1"/><w:pageBreakBefore/></w:pPr><w:r>${t('BAB I')}</w:r><w:r><w:br/></w:r><w:r>${t('PENDAHULUAN')}</w:r></w:p>`,
    );
    expect(xml).toContain(`<w:pStyle w:val="Heading2"/></w:pPr><w:r>${t('1.1')}</w:r><w:r><w:tab/></w:r><w:r>${t('Latar')}</w:r>`);
    expect(xml).toContain(`<w:pStyle w:val="Heading3"/></w:pPr><w:r>${t('1.1.1')}</w:r><w:r><w:tab/></w:r><w:r>${t('Sub')}</w:r>`);
    expect(xml).toContain(`<w:r>${t('BAB II')}</w:r>`);
    expect(xml).toContain(`<w:r>${t('2.1')}</w:r>`);
    expect(xml).toContain(`<w:pStyle w:val="Heading2"/><w:ind w:left="0" w:hanging="0"/></w:pPr><w:r>${t('Tanpa')}</w:r>`);
  });

  it('paragraph: body text with widow and orphan control, aligned without indent, small source notes', async () => {
    const xml = await bodyOf([
      b.paragraph('isi'),
      b.alignedParagraph('center', 'tengah'),
      { type: 'paragraph', small: true, children: [b.text('catatan')] },
    ]);
    expect(xml).toContain(`<w:p><w:pPr><w:pStyle w:val="BodyText"/><w:widowControl/></w:pPr><w:r>${t('isi')}</w:r></w:p>`);
    expect(xml).toContain(`<w:pStyle w:val="BodyText"/><w:widowControl/><w:ind w:firstLine="0"/><w:jc w:val="center"/></w:pPr><w:r>${t('tengah')}</w:r>`);
    expect(xml).toContain(`<w:pStyle w:val="SourceNote"/></w:pPr><w:r>${t('catatan')}</w:r>`);
  });

  it('list: numbered items, nested bullets one level down, a second numbered list restarting', async () => {
    const parts = await partsOf([b.list(true, ['a', [b.paragraph('b'), b.list(false, ['c'])]]), b.list(true, ['d'])]);
    const xml = parts['word/document.xml'] ?? '';
    const numbering = (text: string): string | undefined =>
      new RegExp(`<w:numPr><w:ilvl w:val="(\\d)"/><w:numId w:val="(\\d+)"/></w:numPr></w:pPr><w:r>${t(text)}`).exec(xml)?.slice(1).join(':');
    const [a, bb, c, d] = ['a', 'b', 'c', 'd'].map(numbering);
    expect(a).toMatch(/^0:/);
    expect(bb).toBe(a);
    expect(c).toMatch(/^1:/);
    expect(d).toMatch(/^0:/);
    expect(d).not.toBe(a);
    expect(parts['word/numbering.xml']).toContain('<w:lvlText w:val="%1."/>');
    expect(parts['word/numbering.xml']).toContain('<w:lvlText w:val="•"/>');
  });

  it('table: caption with SEQ field (a complex field with its number as result) above, DXA grid and cell widths summing to the text width, repeated header, rows kept whole', async () => {
    const xml = await bodyOf([
      b.heading(1, 'Bab'),
      b.table([['A', 'B']], [['1', '2']], { caption: [b.text('Judul')], widths: [1, 3], align: ['right', undefined], source: [b.text('BPS')] }),
    ]);
    expect(xml).toContain(
      `<w:pStyle w:val="Caption"/><w:keepNext/></w:pPr><w:r>${t('Tabel 1.')}</w:r>${seq('Tabel', '1')}<w:r>${t(' ')}</w:r><w:r>${t('Judul')}</w:r>`,
    );
    expect(xml).toContain('<w:tblW w:type="dxa" w:w="7938"/>');
    expect(xml).toContain('<w:tblLayout w:type="fixed"/>');
    expect(xml).toContain('<w:tblGrid><w:gridCol w:w="1984"/><w:gridCol w:w="5954"/></w:tblGrid>');
    expect(xml).toContain('<w:tcW w:type="dxa" w:w="1984"/>');
    expect(xml).toContain('<w:tcW w:type="dxa" w:w="5954"/>');
    expect(xml).toContain('<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>');
    expect(xml).toContain('<w:insideV w:val="single" w:color="000000" w:sz="4"/>');
    expect(xml).toContain(`<w:pStyle w:val="TableText"/><w:jc w:val="right"/></w:pPr><w:r>${t('1')}</w:r>`);
    expect(xml).toContain(`<w:pStyle w:val="SourceNote"/></w:pPr><w:r>${t('Sumber: ')}</w:r><w:r>${t('BPS')}</w:r>`);
    expect(xml).not.toMatch(/w:type="pct"|%/);
  });

  it('table: spaced from what follows, unless a source line or notes follow it closely', async () => {
    const parts = await partsOf([
      b.table([['A']], [['1']]),
      b.paragraph('sesudah'),
      b.table([['A']], [['2']], { source: [b.text('BPS')] }),
      b.paragraph('lagi'),
      b.table([['A']], [['3']]),
      { type: 'paragraph', small: true, children: [b.text('catatan')] },
    ]);
    const xml = parts['word/document.xml'] ?? '';
    const spacer = '<w:p><w:pPr><w:pStyle w:val="AfterTable"/></w:pPr></w:p>';
    expect(xml).toContain(`</w:tbl>${spacer}<w:p><w:pPr><w:pStyle w:val="BodyText"/><w:widowControl/></w:pPr><w:r>${t('sesudah')}</w:r>`);
    expect(xml).toContain(`</w:tbl><w:p><w:pPr><w:pStyle w:val="SourceNote"/></w:pPr><w:r>${t('Sumber: ')}</w:r>`);
    expect(xml).toContain(`</w:tbl><w:p><w:pPr><w:pStyle w:val="SourceNote"/></w:pPr><w:r>${t('catatan')}</w:r>`);
    expect(xml.split(spacer)).toHaveLength(2);
    // 12 pt exactly: the space above a caption (6 pt after the paragraph, 6 pt before the caption).
    expect(parts['word/styles.xml']).toMatch(/<w:style w:type="paragraph" w:styleId="AfterTable">[\s\S]*?<w:spacing w:after="0" w:before="0" w:line="240" w:lineRule="exact"\/>/);
  });

  it('figure: PNG inline at the asked width, SVG with PNG fallback, caption below', async () => {
    const xml = await bodyOf([b.figure(image, 'Grafik', 5), b.figure({ ...image, svg: barChartSvg(40, 20) }, 'Vektor')]);
    expect(xml).toContain('<wp:extent cx="1800225" cy="904875"/>');
    expect(xml).toContain('<wp:docPr id="1" name="Grafik" descr="Grafik"/>');
    expect(xml).toContain('<wp:docPr id="2" name="Vektor" descr="Vektor"/>');
    expect(xml).toMatch(/<a:blip r:embed="rId\d+" cstate="none"><a:extLst><a:ext uri="\{96DAC541-7B7A-43D3-8B79-37D633B846F1\}"><asvg:svgBlip /);
    expect(xml).toContain(`<w:r>${t('Gambar ')}</w:r>${seq('Gambar', '1')}`);
    expect(xml.indexOf('<w:drawing>')).toBeLessThan(xml.indexOf('SEQ Gambar'));
  });

  it('pageBreak: an empty paragraph of 1 pt starting a new page', async () => {
    expect(await bodyOf([b.pageBreak()])).toContain(
      '<w:p><w:pPr><w:pageBreakBefore/><w:spacing w:after="0" w:before="0" w:line="20" w:lineRule="exact"/><w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr></w:pPr></w:p>',
    );
  });

  it('pageBreak: never leaves a blank page after a page full to its foot', { timeout: 60_000 }, async () => {
    // A figure of growing height fills the first page ever closer to its foot.
    for (let height = 10; height <= 58; height += 4) {
      const strip = { png: barChartPng(400, height), width: 400, height };
      const blocks = [b.toc('contents'), b.toc('gambar'), b.heading(1, 'Satu'), ...Array.from({ length: 19 }, () => b.paragraph('baris'))];
      const xml = await bodyOf([...blocks, b.figure(strip, 'Akhir'), b.pageBreak(), b.heading(2, 'Sesudah')], { pageNumbers: 'layout' });
      const page = (title: string): number => Number(new RegExp(`${title}</w:t></w:r><w:r><w:tab/></w:r><w:r>${t('(\\d+)')}`).exec(xml)?.[1]);
      expect(page('1.1 Sesudah'), `figure ${height} px high`).toBe(page('Gambar 1.1 Akhir') + 1);
    }
  });

  it('landscape: its own section, landscape with swapped size and rotated margins, with header and footer, numbering continued', async () => {
    const xml = await bodyOf([b.paragraph('p'), { ...b.landscape(b.paragraph('l')), always: true }, b.paragraph('q')]);
    const sections = [...xml.matchAll(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
    expect(sections).toHaveLength(2);
    const landscape = sections[1] ?? '';
    expect(landscape).toContain('<w:pgSz w:w="16837" w:h="11905" w:orient="landscape"/>');
    expect(landscape).toContain('<w:pgMar w:top="2267" w:right="2267" w:bottom="1700" w:left="1700"');
    expect(landscape).toMatch(/<w:headerReference w:type="default" r:id="rId\d+"\/><w:footerReference w:type="default"/);
    expect(landscape).toContain('<w:pgNumType w:fmt="lowerRoman"/>');
  });

  it('table: a small table is kept whole; a long one keeps its first row with the second and its last row with the one before', async () => {
    const kept = (xml: string): boolean[] =>
      [...xml.matchAll(/<w:tr><w:trPr><w:cantSplit\/><w:tblHeader w:val="off"\/><\/w:trPr>([\s\S]*?)<\/w:tr>/g)].map((m) => (m[1] ?? '').includes('<w:keepNext/>'));
    const rows = (n: number): string[][] => Array.from({ length: n }, (_, i) => [String(i + 1), `Perangkat daerah ${i + 1}`]);
    expect(kept(await bodyOf([b.table([['No', 'Nama']], [...rows(4), ['', 'Jumlah']])]))).toEqual([true, true, true, true, false]);
    const long = kept(await bodyOf([b.table([['No', 'Nama']], [...rows(40), ['', 'Jumlah']])]));
    expect(long).toHaveLength(41);
    expect(long.flatMap((k, i) => (k ? [i] : []))).toEqual([0, 39]);
  });

  it('table: the rows of a short group are kept together; a group too long for that names itself in every row, in grey', async () => {
    const body = (xml: string): string[] => [...xml.matchAll(/<w:tr><w:trPr><w:cantSplit\/><w:tblHeader w:val="off"\/><\/w:trPr>([\s\S]*?)<\/w:tr>/g)].map((m) => m[1] ?? '');
    const group = (name: string, n: number): string[][] => Array.from({ length: n }, (_, i) => [i === 0 ? name : '', `Indikator ${name} ${i + 1}`]);
    const rows = [...Array.from({ length: 12 }, (_, i) => group(`Isu ${i + 1}`, 3)).flat(), ...group('Isu panjang', 40)];
    const xml = await bodyOf([b.table([['Isu', 'Indikator']], rows, { group: 0 })]);
    const written = body(xml);
    expect(written).toHaveLength(36 + 40);
    const kept = written.map((r) => r.includes('<w:keepNext/>'));
    // Short groups: the first two rows of each are kept with the next, the last is free (but for the table's first row).
    expect(kept.slice(0, 6)).toEqual([true, true, false, true, true, false]);
    expect(kept.slice(33, 36)).toEqual([true, true, false]);
    // The long group may break anywhere (but its last row stays with the one before); each of its rows names it.
    expect(kept.slice(36, 75).filter(Boolean)).toHaveLength(1);
    expect(written.slice(36).every((r) => r.includes(t('Isu panjang')))).toBe(true);
    expect(written[36]).not.toContain('<w:color');
    expect(written.slice(37).every((r) => r.includes(`<w:color w:val="7F7F7F"/></w:rPr>${t('Isu panjang')}`))).toBe(true);
    // A short group's name is not repeated.
    expect(written[1]).not.toContain(t('Isu 1'));
    // Without a group column, the same rows are kept only at the start and the end.
    const plain = body(await bodyOf([b.table([['Isu', 'Indikator']], rows)])).map((r) => r.includes('<w:keepNext/>'));
    expect(plain.flatMap((k, i) => (k ? [i] : []))).toEqual([0, 74]);
  });

  it('paragraph: a lead-in ending with a colon is kept with the list, table or figure it introduces', async () => {
    const xml = await bodyOf([b.paragraph('Usulan quick win:'), b.list(false, ['a']), b.paragraph('Bukan pengantar:'), b.paragraph('teks'), b.paragraph('Tabel berikut.'), b.table([['A']], [['1']])]);
    expect(xml).toContain(`<w:pStyle w:val="BodyText"/><w:keepNext/><w:keepLines/><w:widowControl/></w:pPr><w:r>${t('Usulan quick win:')}</w:r>`);
    expect(xml).toContain(`<w:pStyle w:val="BodyText"/><w:widowControl/></w:pPr><w:r>${t('Bukan pengantar:')}</w:r>`);
    expect(xml).toContain(`<w:pStyle w:val="BodyText"/><w:widowControl/></w:pPr><w:r>${t('Tabel berikut.')}</w:r>`);
  });

  it('landscape only where it is needed: a table too wide or too tall for portrait pages, a figure asked wider', async () => {
    const sections = async (block: Parameters<typeof b.landscape>[0]): Promise<number> =>
      [...(await bodyOf([b.paragraph('p'), b.landscape(block), b.paragraph('q')])).matchAll(/<w:orient w:val="landscape"|w:orient="landscape"/g)].length;
    const years = Array.from({ length: 10 }, (_, i) => String(2025 + i));
    // Five short columns read as well on a portrait page.
    expect(await sections(b.table([['No', 'Program', 'Tahun', 'Anggaran', 'Status']], [['1', 'Satu Data', '2025', 'Rp1.250.000.000', 'Aktif']]))).toBe(0);
    expect(await sections(b.paragraph('teks'))).toBe(0);
    // Ten year columns beside a long name: on a portrait page the names wrap word by word.
    const name = 'Pengembangan Sistem Informasi Pelayanan Publik Terpadu Berbasis Elektronik';
    expect(await sections(b.table([['Program', ...years]], [[name, ...years.map(() => '■')], [name, ...years.map(() => '■')]]))).toBe(1);
    // Twenty columns of Rupiah do not fit a portrait page at all.
    expect(await sections(b.table([years.concat(years)], [years.concat(years).map(() => 'Rp1.250.000.000')]))).toBe(1);
    expect(await sections(b.figure(image, 'Lebar', 22))).toBe(1);
    expect(await sections(b.figure(image, 'Sempit', 12))).toBe(0);
  });

  it('cover: title, subtitle, logo, daerah and year in a section of their own, without a page number', async () => {
    const parts = await partsOf([b.cover({ title: 'Masterplan', subtitle: 'Buku I', daerah: 'Kota Uji', year: '2025', logo: image }), b.paragraph('x')]);
    const xml = parts['word/document.xml'] ?? '';
    expect(xml).toContain(`<w:pStyle w:val="CoverTitle"/><w:spacing w:before="1134"/></w:pPr><w:r>${t('Masterplan')}</w:r>`);
    expect(xml).toContain(`<w:pStyle w:val="CoverSubtitle"/></w:pPr><w:r>${t('Buku I')}</w:r>`);
    expect(xml).toMatch(/<w:spacing w:after="1701" w:before="1701"\/><\/w:pPr><w:r><w:drawing>[\s\S]*<wp:docPr id="1" name="Logo" descr="Logo"\/>/);
    expect(xml).toContain(`<w:pStyle w:val="CoverText"/></w:pPr><w:r>${t('Kota Uji')}</w:r>`);
    expect(xml).toMatch(/<w:sectPr>(?:(?!<\/w:sectPr>)[\s\S])*<\/w:sectPr><\/w:pPr><w:r><w:t xml:space="preserve">2025<\/w:t>/);
    expect(parts['word/footer1.xml']).not.toContain('PAGE');
    expect(parts['word/footer2.xml']).toContain('PAGE');
  });

  it('foreword: unnumbered chapter, its paragraphs, the signature block', async () => {
    const xml = await bodyOf([b.foreword([b.paragraph('isi')], { place: 'Kota Uji', date: '1 Juni 2025', name: 'Nama', role: 'Wali Kota' })]);
    expect(xml).toContain(`<w:pStyle w:val="Heading1"/><w:pageBreakBefore/></w:pPr><w:r>${t('KATA PENGANTAR')}</w:r>`);
    expect(xml).toContain(`<w:pStyle w:val="Signature"/><w:spacing w:before="567"/></w:pPr><w:r>${t('Kota Uji, 1 Juni 2025')}</w:r>`);
    expect(xml).toContain(`<w:pStyle w:val="Signature"/></w:pPr><w:r>${t('Wali Kota')}</w:r>`);
    expect(xml).toContain(`<w:r><w:rPr><w:b/><w:bCs/></w:rPr>${t('Nama')}</w:r>`);
  });

  it('toc: TOC fields pre-filled with entries and page numbers (roman in the front matter), lists of tables by caption', async () => {
    const xml = await bodyOf(
      [b.toc('contents'), b.toc('tabel'), b.heading(1, 'Satu'), b.heading(2, 'Dua'), b.table([['A']], [['1']], { caption: [b.text('Data')] })],
      { pageNumbers: 'layout' },
    );
    expect(xml).toContain('<w:instrText xml:space="preserve">TOC \\o &quot;1-3&quot;</w:instrText>');
    expect(xml).toContain('<w:instrText xml:space="preserve">TOC \\c &quot;Tabel&quot;</w:instrText>');
    // Each entry links to the bookmark of its heading or caption.
    const entry = (style: string, title: string, page: string, key: number): string =>
      `<w:pStyle w:val="${style}"/><w:tabs><w:tab w:val="right" w:pos="7938" w:leader="dot"/></w:tabs></w:pPr>` +
      `<w:hyperlink w:history="1" w:anchor="_MpE${key}"><w:r>${t(title)}</w:r><w:r><w:tab/></w:r><w:r>${t(page)}</w:r></w:hyperlink>`;
    expect(xml).toContain(entry('TOC1', 'DAFTAR ISI', 'i', 0));
    expect(xml).toContain(entry('TOC1', 'DAFTAR TABEL', 'ii', 1));
    expect(xml).toContain(entry('TOC1', 'BAB I SATU', '1', 2));
    expect(xml).toContain(entry('TOC2', '1.1 Dua', '1', 3));
    expect(xml).toContain(entry('TableOfFigures', 'Tabel 1.1 Data', '1', 4));
    // The headings and captions carry those bookmarks, numbered within the document; the first paragraph
    // of each numbering run is marked with its format (roman from the front matter, arabic from BAB I).
    const mark = (name: string, id: number): string => `<w:bookmarkStart w:name="${name}" w:id="${id}"/>`;
    expect(xml).toContain(`<w:pStyle w:val="Heading1"/><w:pageBreakBefore/></w:pPr>${mark('_MpR0', 1)}${mark('_MpE0', 2)}<w:r>${t('DAFTAR ISI')}</w:r><w:bookmarkEnd w:id="2"/><w:bookmarkEnd w:id="1"/></w:p>`);
    expect(xml).toContain(`${mark('_MpA1', 4)}${mark('_MpE2', 5)}<w:r>${t('BAB I')}</w:r>`);
    expect(xml).toContain(`<w:pStyle w:val="Heading2"/></w:pPr>${mark('_MpE3', 6)}<w:r>${t('1.1')}</w:r><w:r><w:tab/></w:r><w:r>${t('Dua')}</w:r><w:bookmarkEnd w:id="6"/></w:p>`);
    expect(xml).toContain(`<w:pStyle w:val="Caption"/><w:keepNext/></w:pPr>${mark('_MpE4', 7)}<w:r>${t('Tabel 1.')}</w:r>`);
  });

  it('no bookmarks in a book without a table of contents or a list', async () => {
    expect(await bodyOf([b.heading(1, 'Satu'), b.table([['A']], [['1']], { caption: [b.text('Data')] })])).not.toContain('bookmark');
  });
});
