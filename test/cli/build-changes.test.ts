/** `masterplan build --changes-since`: the Catatan Perubahan as an appendix to draft books, never to a final one unless asked. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { git } from '../support/git.js';
import { history } from '../support/history.js';
import { runCli } from '../support/memory-env.js';
import { tempDir } from '../support/project.js';
import { docxParts } from '../support/unzip-docx.js';

const short = (dir: string, rev: string) => git(dir, ['rev-parse', '--short', rev]);

/** The text of a DOCX's body, run by run. */
function docxText(bytes: Uint8Array): string {
  const xml = docxParts(bytes)['word/document.xml'] ?? '';
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

describe('masterplan build --changes-since', () => {
  it('adds the Catatan Perubahan as an appendix to the draft books, in the DOCX too', async () => {
    const { dir } = await history();
    const out = path.join(await tempDir(), 'keluaran');
    const res = await runCli(['build', dir, '--stage', '3', '--book', '4', '--format', 'docx,md', '--changes-since', 'tahap:2', '--out', out, '--quiet']);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    const md = await readFile(path.join(out, 'buku-4-profil-quick-win.md'), 'utf8');
    const start = md.indexOf('::judul[Lampiran: Catatan Perubahan Data]{tingkat="1"}');
    expect(start).toBeGreaterThan(0);
    // The template writes every value escaped for Markdown; read it back as text.
    const appendix = md.slice(start).replace(/\\([!-/:-@[-`{-~])/g, '$1');
    expect(appendix).toContain(`sejak Bimbingan Teknis Tahap II tanggal 20 Juli 2022, dibandingkan dengan versi data pada commit ${short(dir, 'HEAD~1')} (1 Juli 2022).`);
    expect(appendix).toContain('::judul[Dinas Kesehatan (Dinkes)]{tingkat="2"}');
    expect(appendix).toContain('| Jumlah pegawai ASN | 486 | 490 |');
    expect(appendix).toContain('Program **Perluasan Jaringan Air Minum Perpipaan dan Pengendalian Kehilangan Air** dihapus (berkas data/program/jaringan-air-minum.yaml).');
    expect(appendix).toContain('| Sapa Warga | Diskominfo | — | 1 | usulan baru pada peringkat 1 dan terpilih |');
    expect(appendix).toContain('| Dinas Sosial (Dinsos) | 67% | 100% |');
    expect(appendix).toMatch(/\| Anggaran seluruh usulan quick win \| Rp[\d.]+ \| Rp[\d.]+ \| bertambah Rp150\.000\.000 \|/);
    const text = docxText(new Uint8Array(await readFile(path.join(out, 'buku-4-profil-quick-win.docx'))));
    expect(text).toContain('LAMPIRAN: CATATAN PERUBAHAN DATA');
    expect(text).toContain('Dampak terhadap Peringkat Quick Win');
    expect(text).toContain('usulan baru pada peringkat 1 dan terpilih');
  });

  it('leaves it out of a final book unless asked with --changes-in-final', async () => {
    const { dir } = await history();
    const out = path.join(await tempDir(), 'keluaran');
    const final = await runCli(['build', dir, '--book', '4', '--format', 'md', '--changes-since', 'v1', '--out', out, '--quiet']);
    expect(final.code).toBe(0);
    expect(final.stderr).toContain('Catatan Perubahan tidak ditambahkan ke buku final');
    expect(await readFile(path.join(out, 'buku-4-profil-quick-win.md'), 'utf8')).not.toContain('Catatan Perubahan');
    const asked = await runCli(['build', dir, '--book', '4', '--format', 'md', '--changes-since', 'v1', '--changes-in-final', '--out', out, '--quiet']);
    expect(asked.code).toBe(0);
    expect(asked.stderr).toBe('');
    expect(await readFile(path.join(out, 'buku-4-profil-quick-win.md'), 'utf8')).toContain('::judul[Lampiran: Catatan Perubahan Data]');
  });

  it('writes nothing when the version to compare with cannot be found', async () => {
    const { dir } = await history();
    const out = path.join(await tempDir(), 'keluaran');
    const res = await runCli(['build', dir, '--stage', '3', '--format', 'md', '--changes-since', 'v9', '--out', out]);
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('Revisi git "v9" tidak ditemukan');
    await expect(readdir(out)).rejects.toThrow();
  });

  it('a draft without --changes-since has no appendix', async () => {
    const { dir } = await history();
    const out = path.join(await tempDir(), 'keluaran');
    expect((await runCli(['build', dir, '--stage', '3', '--book', '4', '--format', 'md', '--out', out, '--quiet'])).code).toBe(0);
    expect(await readFile(path.join(out, 'buku-4-profil-quick-win.md'), 'utf8')).not.toContain('Catatan Perubahan');
  });
});
