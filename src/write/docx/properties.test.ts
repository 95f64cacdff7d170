import { describe, expect, it } from 'vitest';
import { buildDate } from '../../env.js';
import { fixtureDoc } from '../../../test/support/doc-engine-fixture.js';
import { docxParts } from '../../../test/support/unzip-docx.js';
import { writeDocx } from './index.js';

describe('document properties', () => {
  it('writes the title, subject, author, keywords, language and the build date into docProps/core.xml', async () => {
    const doc = {
      ...fixtureDoc(),
      properties: {
        title: 'Masterplan Smart City Kota Uji 2023–2032 — Buku I: Analisis Strategis',
        subject: 'Buku I: Analisis Strategis',
        creator: 'Tim Pelaksana Smart City Kota Uji & Mitra',
        keywords: ['Masterplan Smart City', 'Kota Uji'],
        language: 'id-ID',
      },
    };
    const core = docxParts(await writeDocx(doc, { date: buildDate({ SOURCE_DATE_EPOCH: '1663113600' }) }))['docProps/core.xml'] ?? '';
    expect(core).toContain('<dc:title>Masterplan Smart City Kota Uji 2023–2032 — Buku I: Analisis Strategis</dc:title>');
    expect(core).toContain('<dc:subject>Buku I: Analisis Strategis</dc:subject>');
    expect(core).toContain('<dc:creator>Tim Pelaksana Smart City Kota Uji &amp; Mitra</dc:creator>');
    expect(core).toContain('<cp:lastModifiedBy>Tim Pelaksana Smart City Kota Uji &amp; Mitra</cp:lastModifiedBy>');
    expect(core).toContain('<cp:keywords>Masterplan Smart City; Kota Uji</cp:keywords>');
    expect(core).toContain('<dc:language>id-ID</dc:language>');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2022-09-14T00:00:00Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2022-09-14T00:00:00Z</dcterms:modified>');
    expect(core).not.toContain('masterplan<');
  });

  it('without properties: the running title, in Indonesian', async () => {
    const core = docxParts(await writeDocx(fixtureDoc()))['docProps/core.xml'] ?? '';
    expect(core).toContain(`<dc:title>${fixtureDoc().title}</dc:title>`);
    expect(core).toContain('<dc:language>id-ID</dc:language>');
  });
});
