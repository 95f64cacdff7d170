/**
 * `masterplan build` and the bimtek workflow: stage drafts show placeholders naming the OPD that owes
 * the data; a final build refuses missing data (one diagnostic per item); the complete example builds.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/memory-env.js';
import { copyExample, EXAMPLE, incompleteExample, REPO_ROOT, tempDir } from '../support/project.js';
import { bodyXml, paragraphTexts } from '../support/unzip-docx.js';

const BOOK_FILES = [
  'buku-1-analisis-strategis.docx', 'buku-2-masterplan.docx', 'buku-3-ringkasan-eksekutif.docx', 'buku-4-profil-quick-win.docx',
];

async function bookText(file: string): Promise<string> {
  return paragraphTexts(bodyXml(new Uint8Array(await readFile(file)))).join('\n');
}

describe('masterplan build', () => {
  it('the complete example builds final: four books and the workbook (exit 0)', async () => {
    const out = await tempDir();
    const res = await runCli(['build', EXAMPLE, '--out', out]);
    expect(res.stderr).not.toMatch(/galat|error/i);
    expect(res.code).toBe(0);
    expect((await readdir(out)).sort()).toEqual([...BOOK_FILES, 'masterplan.xlsx'].sort());
    expect(res.stderr).toMatch(/buku-1-analisis-strategis\.docx/);
  });

  it('--stage 1 builds Buku I as a draft with placeholders naming the OPD (exit 0)', async () => {
    const dir = await incompleteExample();
    const out = await tempDir();
    const res = await runCli(['build', dir, '--stage', '1', '--out', out]);
    expect(res.code).toBe(0);
    expect(await readdir(out)).toContain('buku-1-analisis-strategis.docx');
    expect(await readdir(out)).not.toContain('buku-4-profil-quick-win.docx');
    const text = await bookText(path.join(out, 'buku-1-analisis-strategis.docx'));
    expect(text).toMatch(/Dinas Sosial/);
    expect(text).toMatch(/SDM[^\n]*belum[^\n]*Dinas Sosial|Dinas Sosial[^\n]*SDM/);
    expect(text).toMatch(/kesiapan/i);
    const header = (await import('../support/unzip-docx.js')).docxParts(new Uint8Array(await readFile(path.join(out, 'buku-1-analisis-strategis.docx'))));
    expect(Object.entries(header).some(([name, xml]) => name.startsWith('word/header') && xml.includes('DRAF'))).toBe(true);
  });

  it('a final build with missing data exits 1, names each item and its OPD, and writes nothing', async () => {
    const dir = await incompleteExample();
    const out = await tempDir();
    await writeFile(path.join(out, 'buku-1-analisis-strategis.docx'), 'earlier build');
    const res = await runCli(['build', dir, '--out', out, '--lang', 'en']);
    expect(res.code).toBe(1);
    const missing = res.stderr.split('\n').filter((l) => l.includes('stage/missing'));
    expect(missing).toHaveLength(3);
    expect(missing.filter((l) => l.includes('Dinas Sosial'))).toHaveLength(2);
    expect(missing.some((l) => l.includes('Readiness assessment'))).toBe(true);
    expect(await readFile(path.join(out, 'buku-1-analisis-strategis.docx'), 'utf8')).toBe('earlier build');
    expect((await readdir(out)).sort()).toEqual(['buku-1-analisis-strategis.docx']);
  });

  it('--format md writes each book as Markdown; same input gives identical bytes', async () => {
    const a = await tempDir();
    const b = await tempDir();
    const vars = { SOURCE_DATE_EPOCH: '1655769600' };
    expect((await runCli(['build', EXAMPLE, '--out', a, '--format', 'md,docx,xlsx', '--book', '3'], { vars })).code).toBe(0);
    expect((await runCli(['build', EXAMPLE, '--out', b, '--format', 'md,docx,xlsx', '--book', '3'], { vars })).code).toBe(0);
    for (const f of ['buku-3-ringkasan-eksekutif.md', 'buku-3-ringkasan-eksekutif.docx', 'masterplan.xlsx']) {
      expect(Buffer.compare(await readFile(path.join(a, f)), await readFile(path.join(b, f))), f).toBe(0);
    }
    expect(await readFile(path.join(a, 'buku-3-ringkasan-eksekutif.md'), 'utf8')).toMatch(/^#\s/m);
  });

  it("a project's own template overrides the built-in one; a broken one is a diagnostic with file and line", async () => {
    const dir = await copyExample();
    const builtin = await readFile(path.join(REPO_ROOT, 'templates/buku-3.hbs'), 'utf8');
    await mkdir(path.join(dir, 'templates'), { recursive: true });
    await writeFile(path.join(dir, 'templates/buku-3.hbs'), `${builtin}\nDisusun khusus untuk {{md daerah.nama}}.\n`);
    const out = await tempDir();
    const ok = await runCli(['build', dir, '--out', out, '--book', '3', '--format', 'docx']);
    expect(ok.code).toBe(0);
    expect(await bookText(path.join(out, 'buku-3-ringkasan-eksekutif.docx'))).toMatch(/Disusun khusus untuk Kota Tegal\./);
    await writeFile(path.join(dir, 'templates/buku-3.hbs'), `${builtin}\n{{#if daerah.nama}}tanpa penutup\n`);
    const broken = await runCli(['build', dir, '--out', await tempDir(), '--book', '3', '--format', 'docx']);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/templates\/buku-3\.hbs\n\s+\d+:\d+\s+galat/);
    expect(broken.stderr).not.toMatch(/\n\s+at /);
  });

  it('a broken workbook layout template is a diagnostic with file, line and column, and nothing is written', async () => {
    const dir = await copyExample();
    await mkdir(path.join(dir, 'templates/workbook'), { recursive: true });
    await writeFile(path.join(dir, 'templates/workbook/02-peringkat.yaml'), 'sheet: Peringkat\nview: peringkat\ntitle: x\ncolumns:\n  - header: x\n    kunci: x\n');
    const out = await tempDir();
    const broken = await runCli(['build', dir, '--out', out, '--book', '3', '--format', 'md,xlsx']);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/templates\/workbook\/02-peringkat\.yaml\n\s+5:5\s+galat\s.*"columns\[0\]\.key".*report\/workbook-template-required\n\s+6:5\s+galat\s.*"kunci".*report\/workbook-template-unknown-key\n/);
    expect(broken.stderr).not.toMatch(/\n\s+at /);
    expect(await readdir(out)).toEqual([]);
  });

  it('reads no returned form: a broken one in forms/ fails validate but not the build', async () => {
    const dir = await copyExample();
    await mkdir(path.join(dir, 'forms'), { recursive: true });
    await writeFile(path.join(dir, 'forms/form-dinsos.xlsx'), 'bukan berkas xlsx');
    expect((await runCli(['validate', dir])).code).toBe(1);
    expect((await runCli(['build', dir, '--out', await tempDir(), '--book', '3', '--format', 'md'])).code).toBe(0);
    expect((await runCli(['status', dir, '--format', 'json'])).code).toBe(0);
  });

  it('names in its progress the file it writes: the Markdown when only Markdown is asked for', async () => {
    const out = await tempDir();
    const res = await runCli(['build', EXAMPLE, '--out', out, '--book', '3', '--format', 'md']);
    expect(res.code).toBe(0);
    expect(await readdir(out)).toEqual(['buku-3-ringkasan-eksekutif.md']);
    expect(res.stderr).toMatch(/^ {2}buku-3-ringkasan-eksekutif\.md {2}\S/m);
    expect(res.stderr).not.toContain('.docx');
  });

  it('refuses bad flags (exit 2) and a project with errors (exit 1)', async () => {
    expect((await runCli(['build', EXAMPLE, '--stage', '9'])).code).toBe(2);
    expect((await runCli(['build', EXAMPLE, '--book', '5'])).code).toBe(2);
    expect((await runCli(['build', EXAMPLE, '--format', 'odt'])).code).toBe(2);
    const dir = await copyExample();
    await writeFile(path.join(dir, 'data/opd/dinsos.yaml'), 'nama: [\n');
    expect((await runCli(['build', dir, '--out', await tempDir()])).code).toBe(1);
  });
});
