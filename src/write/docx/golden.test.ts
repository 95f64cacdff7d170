import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureDocx, renderFixture } from '../../../test/support/doc-engine-fixture.js';
import { docxParts } from '../../../test/support/unzip-docx.js';
import { prettyXml } from '../../../test/support/xml.js';

/** The parts kept as golden files: the ones a change to the writer shows up in. */
const PARTS = [
  '[Content_Types].xml',
  '_rels/.rels',
  'docProps/core.xml',
  'word/_rels/document.xml.rels',
  'word/document.xml',
  'word/styles.xml',
  'word/numbering.xml',
  'word/settings.xml',
  'word/header1.xml',
  'word/header2.xml',
  'word/header4.xml',
  'word/footer1.xml',
  'word/footer2.xml',
  'word/footer3.xml',
];

describe('fixture book (cover, TOC, two chapters, captions, landscape, placeholder, draft)', () => {
  let parts: Record<string, string> = {};
  beforeAll(async () => {
    parts = docxParts(await fixtureDocx());
  });

  it('renders without diagnostics', () => {
    expect(renderFixture().diagnostics).toEqual([]);
  });

  it('has the parts of a book in five sections', () => {
    const names = Object.keys(parts).sort();
    expect(names).toContain('word/header5.xml');
    expect(names).not.toContain('word/header6.xml');
  });

  it.each(PARTS)('matches the golden %s', async (part) => {
    const xml = parts[part];
    expect(xml, `${part} missing`).toBeDefined();
    await expect(prettyXml(xml ?? '')).toMatchFileSnapshot(`../../../test/golden/doc-engine/fixture/${part}`);
  });

  it('keeps the intermediate Markdown as a golden too', async () => {
    await expect(renderFixture().markdown).toMatchFileSnapshot('../../../test/golden/doc-engine/fixture/book.md');
  });
});
