/** `build --watch` re-renders a book when a quick win's name changes, and stops cleanly when signalled. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/program.js';
import { copyExample, editFile, tempDir } from '../support/project.js';
import { bodyXml, paragraphTexts } from '../support/unzip-docx.js';
import { watchSession } from '../support/watch-session.js';

describe('build --watch', () => {
  it('sees the new name in the re-rendered book', async () => {
    const dir = await copyExample();
    const out = await tempDir();
    const w = watchSession(dir);
    const running = run(['build', dir, '--out', out, '--book', '4', '--format', 'docx', '--watch'], w.env);
    await w.until(() => w.stderr().includes('Memantau perubahan'), 60_000);
    await editFile(dir, 'data/quickwin/e-kelurahan.yaml', /^nama: .*$/m, 'nama: Kelurahan Digital Tegal');
    await w.until(() => /Berubah: data\/quickwin\/e-kelurahan\.yaml[\s\S]*Selesai/.test(w.stderr()), 20_000);
    const text = paragraphTexts(bodyXml(new Uint8Array(await readFile(path.join(out, 'buku-4-profil-quick-win.docx'))))).join('\n');
    expect(text, text.split('\n').filter((l) => l.includes('Kelurahan')).join('\n')).toContain('Kelurahan Digital Tegal');
    // A change the book does not show (a readiness note is not in Buku IV) does not render it again.
    const before = await readFile(path.join(out, 'buku-4-profil-quick-win.docx'));
    const seen = w.stderr().length;
    await editFile(dir, 'data/kesiapan.yaml', /catatan: /, 'catatan: Diperbarui. ');
    await w.until(() => /buku-4-profil-quick-win\.docx\s+tidak berubah[\s\S]*Selesai/.test(w.stderr().slice(seen)), 20_000);
    expect(Buffer.compare(before, await readFile(path.join(out, 'buku-4-profil-quick-win.docx')))).toBe(0);
    w.stop();
    expect(await running).toBe(0);
  }, 120_000);
});

describe('validate --watch', () => {
  it('reports a new error after a change, keeps watching, and stops when signalled', async () => {
    const dir = await copyExample();
    const w = watchSession(dir);
    const running = run(['validate', dir, '--watch'], w.env);
    await w.until(() => w.stderr().includes('Memantau perubahan'), 30_000);
    await editFile(dir, 'data/quickwin/e-kelurahan.yaml', /^opd: .*$/m, 'opd: dinas-tidak-ada');
    await w.until(() => w.stdout().includes('ref/unknown'), 15_000);
    await editFile(dir, 'data/quickwin/e-kelurahan.yaml', /^opd: dinas-tidak-ada$/m, 'opd: diskominfo');
    await w.until(() => (w.stdout().match(/0 galat/g) ?? []).length >= 2, 15_000);
    w.stop();
    expect(await running).toBe(0);
  }, 90_000);
});
