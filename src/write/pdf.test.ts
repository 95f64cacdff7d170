import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureDocx } from '../../test/support/doc-engine-fixture.js';
import { pdfFailureMessage } from '../cli/format/errors.js';
import { testdir } from '../../test/support/testdir.js';
import { convertToPdf, findSoffice } from './pdf.js';
import { hasPoppler } from '../../test/support/pdf-text.js';

const soffice = findSoffice();
const skipReason = soffice === undefined ? ' (SKIPPED: LibreOffice soffice not found)' : !hasPoppler ? ' (SKIPPED: pdftotext not found)' : '';

describe('convertToPdf', () => {
  it('returns a clear message, without throwing, when LibreOffice is absent', async () => {
    const dir = testdir({ 'a.docx': 'x' });
    const result = await convertToPdf(join(dir, 'a.docx'), dir, { soffice: join(dir, 'no-soffice') });
    expect(result).toEqual({ ok: false, reason: 'not-found' });
    if (result.ok) throw new Error('converted');
    expect(pdfFailureMessage(result, 'en')).toBe('LibreOffice (soffice) is not found; install LibreOffice to make PDFs, or build DOCX only.');
    expect(pdfFailureMessage(result, 'id')).toBe('LibreOffice (soffice) tidak ditemukan; pasang LibreOffice untuk membuat PDF, atau buat DOCX saja.');
  });

  it('finds nothing on an empty PATH outside the usual install places', () => {
    expect(findSoffice({ PATH: '' }) === undefined || soffice !== undefined).toBe(true);
  });

  it.skipIf(skipReason !== '')(
    `converts the fixture book; the PDF shows the filled TOC with page numbers, roman then arabic${skipReason}`,
    async () => {
      const dir = testdir();
      const docx = join(dir, 'buku-uji.docx');
      writeFileSync(docx, await fixtureDocx());
      const result = await convertToPdf(docx, dir);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const text = execFileSync('pdftotext', ['-layout', result.pdfPath, '-'], { encoding: 'utf8' });
      const pages = text.split('\f');
      const toc = pages.find((p) => /DAFTAR ISI\s*\n/.test(p) && /KATA PENGANTAR\.{3,}/.test(p)) ?? '';
      expect(toc).toMatch(/KATA PENGANTAR\.+\s*i\n/);
      expect(toc).toMatch(/BAB I PENDAHULUAN\.+\s*1\n/);
      expect(toc).toMatch(/BAB II GAMBARAN UMUM KOTA UJI\.+\s*2\n/);
      expect(toc).toMatch(/1\.1 Latar Belakang\.+\s*1\n/);
      expect(text).toMatch(/Tabel 2\.1 Jumlah SDM per Perangkat Daerah\.+\s*2\n/);
      expect(text).toMatch(/Gambar 2\.1 Kesiapan per Pilar\.+\s*2\n/);
      // Footers: roman in the front matter, arabic from BAB I; every page but the cover marked DRAF with the title.
      const footers = pages.filter((p) => p.trim() !== '').map((p) => p.trim().split('\n').at(-1)?.trim());
      expect(footers.slice(1, 5)).toEqual(['i', 'ii', 'iii', 'iv']);
      expect(footers.slice(5)).toEqual(['1', '2', '3', '4']);
      expect(pages.filter((p) => /DRAF\s+Masterplan Smart City/.test(p))).toHaveLength(footers.length - 1);
    },
    240_000,
  );
});
