import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../../report/render.js';
import { testdir } from '../../../test/support/testdir.js';
import { docxParts, paragraphTexts } from '../../../test/support/unzip-docx.js';
import { writeDocx } from './index.js';

const hostile = 'Aplikasi *SiPeDe* | #1 <b>x</b> {{x}} [t](u) & C:\\data_2 `kode`\nbaris kedua';

describe('text is data: view-model values appear literally in the DOCX', () => {
  it('in headings, paragraphs, list items and table cells', async () => {
    const dir = testdir({
      'buku.hbs': [
        '# {{md nama}}',
        '',
        '## {{md nama}}',
        '',
        'Nama: {{md nama}}',
        '',
        '- {{md nama}}',
        '',
        ':::tabel[{{md nama}}]',
        '| Kolom A | Kolom B |',
        '|---|---|',
        '| {{md nama}} | {{md nama}} |',
        ':::',
        '',
        ':kosong[{{md nama}}]{opd="{{attr nama}}"}',
      ].join('\n'),
    });
    const { doc, diagnostics } = renderTemplate('buku', { nama: hostile }, { builtinTemplatesDir: dir });
    expect(diagnostics).toEqual([]);
    if (doc === undefined) throw new Error('no document');
    const bytes = await writeDocx(doc, { pageNumbers: false });
    const xml = docxParts(bytes)['word/document.xml'] ?? '';
    const texts = paragraphTexts(xml);
    const upper = hostile.toLocaleUpperCase('id-ID');
    expect(texts).toContain(`BAB I\n${upper}`);
    expect(texts).toContain(`1.1\t${hostile}`);
    expect(texts).toContain(`Nama: ${hostile}`);
    expect(texts).toContain(hostile);
    expect(texts).toContain(`Tabel 1.1 ${hostile}`);
    const rows = [...xml.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row.match(/<w:tc>/g)).toHaveLength(2);
    expect(paragraphTexts(rows[1] ?? '')).toEqual([hostile, hostile]);
    expect(texts).toContain(`[${hostile.replace('\n', ' ')} belum diserahkan oleh ${hostile}]`);
  });
});
