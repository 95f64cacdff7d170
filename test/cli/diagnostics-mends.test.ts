/**
 * Diagnostics that say what is wrong in words a Tim can act on: the whole duplicate key, "wajib
 * diisi" for a missing choice, "maksudnya …?" for a near miss, no English parser lines in
 * Indonesian mode, a hint for a comma inside { }, and English that reads as English.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/memory-env.js';
import { copyExample, editFile, minimalProject, writeFiles } from '../support/project.js';
import { editWorkbook } from '../support/xlsx-files.js';

type Found = { code: string; file: string; line: number; column: number; message: string; sheet?: string; cell?: string };

async function findings(dir: string, lang: 'id' | 'en' = 'id'): Promise<Found[]> {
  const res = await runCli(['validate', dir, '--format', 'json', '--lang', lang]);
  return (JSON.parse(res.stdout) as { diagnostics: Found[] }).diagnostics;
}

describe('diagnostics say what to do (item 9)', () => {
  it('a duplicate key names the whole key and where it first stood', async () => {
    const dir = await minimalProject({ 'data/opd/bappeda.yaml': 'nama: Bappeda\nsingkatan: B\nnama: Badan Perencanaan\n' });
    expect(await findings(dir)).toContainEqual(expect.objectContaining({
      code: 'yaml/duplicate-key', file: 'data/opd/bappeda.yaml', line: 3, column: 1,
      message: 'Kunci "nama" ditulis dua kali (pertama di baris 1); hapus salah satunya.',
    }));
  });

  it.each([
    ['absent', (t: string) => t.replace(/^dimensi: .*\n/m, '')],
    ['blank', (t: string) => t.replace(/^dimensi: .*$/m, 'dimensi: " "')],
  ])('a %s dimensi is "wajib diisi", not an unknown value', async (_name, change) => {
    const dir = await minimalProject();
    const file = path.join(dir, 'data/quickwin/portal.yaml');
    await writeFile(file, change(await readFile(file, 'utf8')));
    const found = (await findings(dir)).filter((d) => d.file === 'data/quickwin/portal.yaml');
    expect(found.map((d) => [d.code, d.message])).toEqual([['schema/required', 'Kolom "dimensi" wajib diisi.']]);
  });

  it('a form row without its dimensi is "wajib diisi" at the empty cell', async () => {
    const root = await copyExample();
    const out = path.join(root, 'forms');
    expect((await runCli(['form', 'dinkes', root, '--out', out, '-q'])).code).toBe(0);
    const file = path.join(out, 'form-dinkes.xlsx');
    await writeFile(file, await editWorkbook(new Uint8Array(await readFile(file)), (wb) => {
      const qw = wb.getWorksheet('Quick Win') as ExcelJS.Worksheet;
      // A new proposal with everything but its dimension.
      ['', 'Posyandu Digital', '', 'kesehatan', '', '', 10_000_000, 'APBD', 6].forEach((v, i) => { if (v !== '') qw.getCell(4, i + 1).value = v; });
    }));
    const found = (await findings(root)).filter((d) => d.file === 'forms/form-dinkes.xlsx' && d.code.startsWith('schema/'));
    expect(found).toEqual([expect.objectContaining({ code: 'schema/required', sheet: 'Quick Win', cell: 'C4', message: 'Kolom "dimensi" wajib diisi.' })]);
  });

  it('a near miss of an id asks "maksudnya …?" instead of suggesting a new file', async () => {
    const dir = await copyExample();
    await editFile(dir, 'data/quickwin/e-kelurahan.yaml', /^opd: .*$/m, 'opd: dinkess');
    const [id] = (await findings(dir)).filter((d) => d.code === 'ref/unknown');
    expect(id?.message).toBe('OPD "dinkess" tidak ditemukan; maksudnya "dinkes"?');
    const [en] = (await findings(dir, 'en')).filter((d) => d.code === 'ref/unknown');
    expect(en?.message).toBe('OPD "dinkess" does not exist; did you mean "dinkes"?');
    // Far from every id, the message says how to add one.
    await editFile(dir, 'data/quickwin/e-kelurahan.yaml', /^opd: .*$/m, 'opd: dinas-pariwisata-baru');
    const [far] = (await findings(dir)).filter((d) => d.code === 'ref/unknown');
    expect(far?.message).toBe('OPD "dinas-pariwisata-baru" tidak ditemukan. Buat berkas data/opd/dinas-pariwisata-baru.yaml atau perbaiki id-nya.');
  });

  it('a tab prints only the tab, and no parser line in English in Indonesian mode', async () => {
    const dir = await copyExample();
    // A tab before a nested key makes the parser report several follow-on errors.
    const file = path.join(dir, 'data/opd/dinkes.yaml');
    const lines = (await readFile(file, 'utf8')).split('\n');
    const at = lines.findIndex((l) => l.startsWith('sdm:')) + 1;
    lines[at] = `\t${(lines[at] ?? '').trimStart()}`;
    await writeFile(file, lines.join('\n'));
    const res = await runCli(['validate', dir]);
    const block = res.stdout.split('\n\n').find((b) => b.startsWith('data/opd/dinkes.yaml')) ?? '';
    expect(block.split('\n').slice(1)).toEqual([`  ${at + 1}:1  galat  Karakter tab dipakai untuk indentasi; YAML hanya menerima spasi.  yaml/tab`]);
  });

  it('a syntax error is told in the language of the run', async () => {
    const dir = await minimalProject({ 'data/opd/bappeda.yaml': 'nama: Bappeda\nsingkatan: [Bappeda\naplikasi: []\n' });
    const [id] = (await findings(dir)).filter((d) => d.code === 'yaml/syntax');
    expect(id?.message).toMatch(/^Sintaks YAML salah: [a-z ,()\]}]+/);
    expect(id?.message).not.toMatch(/\b(the|must|flow|sequence|Missing)\b/i);
    const [en] = (await findings(dir, 'en')).filter((d) => d.code === 'yaml/syntax');
    expect(en?.message).toMatch(/^YAML syntax error: /);
  });

  it('an unquoted "1,4 persen" inside { } gets a hint about quoting', async () => {
    const dir = await minimalProject({
      'data/opd/bappeda.yaml': 'nama: Bappeda\nsingkatan: B\ninfrastruktur: { bandwidth_mbps: 1,4 persen, server: 2 }\n',
    });
    expect(await findings(dir)).toContainEqual(expect.objectContaining({
      code: 'schema/unknown-key', file: 'data/opd/bappeda.yaml', line: 3, column: 36,
      message: 'Kolom "4 persen" tidak dikenal: di dalam { } tanda koma memisahkan isian, jadi "1,4 persen" terbaca sebagai dua isian. Bila itu satu nilai, beri tanda kutip: "1,4 persen".',
    }));
  });

  it('English reads as English: plurals, questions, "is not a valid email address"', async () => {
    const dir = await minimalProject({ 'data/opd/bappeda.yaml': 'nama: Bappeda\nsingkatan: B\nkontak: { email: bukan-email }\nkepalaa: { nama: X }\n' });
    const en = await findings(dir, 'en');
    expect(en.map((d) => d.message)).toEqual(expect.arrayContaining([
      'Value "bukan-email" of "kontak.email" is not a valid email address.',
      'Unknown field "kepalaa"; did you mean "kepala"?',
    ]));
    const one = await minimalProject();
    await mkdir(path.join(one, 'alone'));
    await writeFiles(one, { 'alone/masterplan.yaml': (await readFile(path.join(one, 'masterplan.yaml'), 'utf8')).replace(/tim:[\s\S]*?penilaian:/, 'penilaian:') });
    const single = await runCli(['validate', path.join(one, 'alone'), '--lang', 'en']);
    expect(single.stdout).toContain('✓ 1 file checked, no problems.');
    expect(single.stderr).toMatch(/^Checked 1 file in \d+ ms$/m);
  });
});
