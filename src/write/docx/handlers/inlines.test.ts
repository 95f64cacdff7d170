import { describe, expect, it } from 'vitest';
import { br, emphasis, paragraph, placeholder, strong, text } from '../../../doc/builders.js';
import { bodyOf } from '../../../../test/support/docx-fragment.js';

describe('inline handlers', () => {
  it('text: one run, XML-escaped, spaces preserved', async () => {
    const xml = await bodyOf([paragraph(text(' a & <b> "c" '))]);
    expect(xml).toContain('<w:r><w:t xml:space="preserve"> a &amp; &lt;b&gt; &quot;c&quot; </w:t></w:r>');
  });

  it('strong: bold run', async () => {
    const xml = await bodyOf([paragraph(strong('tebal'))]);
    expect(xml).toContain('<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">tebal</w:t></w:r>');
  });

  it('emphasis: italic run, nested formatting combines', async () => {
    const xml = await bodyOf([paragraph(emphasis('miring', strong('keduanya')))]);
    expect(xml).toContain('<w:r><w:rPr><w:i/><w:iCs/></w:rPr><w:t xml:space="preserve">miring</w:t></w:r>');
    expect(xml).toContain('<w:r><w:rPr><w:b/><w:bCs/><w:i/><w:iCs/></w:rPr><w:t xml:space="preserve">keduanya</w:t></w:r>');
  });

  it('break: a line break run', async () => {
    const xml = await bodyOf([paragraph('satu', br(), 'dua')]);
    expect(xml).toContain(
      '<w:r><w:t xml:space="preserve">satu</w:t></w:r><w:r><w:br/></w:r><w:r><w:t xml:space="preserve">dua</w:t></w:r>',
    );
  });

  it('placeholder: highlighted bold text naming what is missing and who owes it', async () => {
    const xml = await bodyOf([paragraph(placeholder('Data SDM', 'Dinas Sosial'), ' ', placeholder('Peta'))]);
    expect(xml).toContain(
      '<w:r><w:rPr><w:b/><w:bCs/><w:highlight w:val="yellow"/></w:rPr><w:t xml:space="preserve">[Data SDM belum diserahkan oleh Dinas Sosial]</w:t></w:r>',
    );
    expect(xml).toContain('<w:t xml:space="preserve">[Peta belum tersedia]</w:t>');
  });
});
