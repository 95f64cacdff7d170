import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { fixtureDocx } from '../../../test/support/doc-engine-fixture.js';
import { testdir } from '../../../test/support/testdir.js';

const run = promisify(execFile);
const pandoc = await run('pandoc', ['--version']).then(
  () => true,
  () => false,
);
const skipped = pandoc ? '' : ' (SKIPPED: pandoc not found)';

describe('readers other than Word', () => {
  it.skipIf(!pandoc)(`pandoc's plain text shows the caption numbers, chapter and SEQ number together${skipped}`, async () => {
    const dir = testdir();
    const docx = join(dir, 'buku-uji.docx');
    await writeFile(docx, await fixtureDocx());
    const { stdout } = await run('pandoc', ['-f', 'docx', '-t', 'plain', '--wrap=none', docx]);
    const captions = stdout.split('\n').filter((l) => /^(Tabel|Gambar) \d/.test(l.trim())).map((l) => l.trim());
    // The caption lines of the body (the lists of tables and figures end with their page numbers).
    expect(captions).toContain('Tabel 2.1 Jumlah SDM per Perangkat Daerah');
    expect(captions).toContain('Gambar 2.1 Kesiapan per Pilar');
    expect(captions.filter((l) => /^(Tabel|Gambar) \d+\.(\s|$)/.test(l))).toEqual([]);
  });
});
