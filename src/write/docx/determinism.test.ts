import { describe, expect, it } from 'vitest';
import { buildDate } from '../../env.js';
import { fixtureDocx } from '../../../test/support/doc-engine-fixture.js';
import { docxParts } from '../../../test/support/unzip-docx.js';

describe('reproducible DOCX', () => {
  it('gives identical bytes for two builds with the same SOURCE_DATE_EPOCH', async () => {
    const date = buildDate({ SOURCE_DATE_EPOCH: '1750464000' });
    const first = await fixtureDocx({ date });
    const second = await fixtureDocx({ date });
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
  });

  it('changes only docProps/core.xml for another epoch', async () => {
    const a = docxParts(await fixtureDocx({ date: buildDate({ SOURCE_DATE_EPOCH: '1750464000' }) }));
    const b = docxParts(await fixtureDocx({ date: buildDate({ SOURCE_DATE_EPOCH: '1760000000' }) }));
    const changed = Object.keys(a).filter((name) => a[name] !== b[name]);
    expect(changed).toEqual(['docProps/core.xml']);
    expect(a['docProps/core.xml']).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2025-06-21T00:00:00Z</dcterms:created>');
    expect(b['docProps/core.xml']).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2025-10-09T08:53:20Z</dcterms:modified>');
  });

  it('uses the fixed date without SOURCE_DATE_EPOCH', async () => {
    const parts = docxParts(await fixtureDocx({ date: buildDate({}) }));
    expect(parts['docProps/core.xml']).toContain('2000-01-01T00:00:00Z');
  });
});
