/**
 * Hostile input: characters YAML forbids, files that are not regular files, maps with very many
 * keys, nesting deep enough to overflow a recursive parser, output folders that are files, and
 * paths in project files that lead outside the project. Each is a diagnostic or a plain message,
 * never a stack trace or a hang.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { runCli } from '../support/memory-env.js';
import { copyExample, editFile, MINIMAL, minimalProject, tempDir, writeFiles } from '../support/project.js';

type Found = { code: string; file: string; line: number; column: number; severity: string; path?: string };

async function validate(dir: string): Promise<{ code: number; diagnostics: Found[]; stderr: string }> {
  const res = await runCli(['validate', dir, '--format', 'json']);
  return { code: res.code, diagnostics: (JSON.parse(res.stdout) as { diagnostics: Found[] }).diagnostics, stderr: res.stderr };
}

/** Characters XML 1.0 cannot hold: what must never reach a DOCX, XLSX or SVG part. */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

const PROGRAM = 'data/program/satu-data-kota-tegal.yaml';

describe('characters YAML forbids (item 10)', () => {
  it.each([
    ['U+0001', '\u0001'],
    ['BEL', '\u0007'],
    ['ESC', '\u001b'],
    ['DEL', '\u007f'],
    ['a C1 control', '\u0091'],
  ])('a raw %s in a program name is an error at its line and column', async (_name, ch) => {
    const dir = await copyExample();
    await editFile(dir, PROGRAM, /^nama: (.*)$/m, `nama: Satu${ch}Data Kota Tegal`);
    const text = await readFile(path.join(dir, PROGRAM), 'utf8');
    const line = text.split('\n').findIndex((l) => l.startsWith('nama:')) + 1;
    const res = await validate(dir);
    expect(res.code).toBe(1);
    expect(res.diagnostics).toContainEqual(expect.objectContaining({ code: 'yaml/control-character', file: PROGRAM, line, column: 11 }));
  });

  it('a NUL byte is refused at its position', async () => {
    const dir = await copyExample();
    await writeFiles(dir, { 'data/opd/dinsos.yaml': Buffer.from('nama: Dinsos\nsingkatan: D\x00S\n', 'latin1') });
    const res = await validate(dir);
    expect(res.code).toBe(1);
    expect(res.diagnostics).toContainEqual(expect.objectContaining({ code: 'load/binary', file: 'data/opd/dinsos.yaml', line: 2, column: 13 }));
  });

  it('an escaped control character (legal YAML) reaches no output: DOCX, Markdown, XLSX and the charts are clean', async () => {
    const dir = await copyExample();
    await editFile(dir, PROGRAM, /^nama: (.*)$/m, 'nama: "Satu\\x01Data\\x07 Kota\\x1b[2J Tegal\\uFFFE"');
    expect((await validate(dir)).code).toBe(0);
    const out = await tempDir();
    const res = await runCli(['build', dir, '--draft', '--book', '2', '--format', 'docx,md,xlsx', '--out', out]);
    expect(res.stderr).not.toMatch(/\n\s+at /);
    expect(res.code).toBe(0);
    const parts = Object.entries(unzipSync(new Uint8Array(await readFile(path.join(out, 'buku-2-masterplan.docx')))));
    const xml = parts.filter(([n]) => n.endsWith('.xml')).map(([, d]) => new TextDecoder().decode(d)).join('');
    expect(xml).toContain('SatuData Kota[2J Tegal');
    expect(xml).not.toMatch(NOT_XML);
    // The roadmap chart, as SVG, holds the name too.
    const svgs = parts.filter(([n]) => n.endsWith('.svg')).map(([, d]) => new TextDecoder().decode(d));
    expect(svgs.some((s) => s.includes('SatuData'))).toBe(true);
    for (const s of svgs) expect(s).not.toMatch(NOT_XML);
    expect(await readFile(path.join(out, 'buku-2-masterplan.md'), 'utf8')).not.toMatch(NOT_XML);
    const sheets = Object.entries(unzipSync(new Uint8Array(await readFile(path.join(out, 'masterplan.xlsx')))))
      .map(([, d]) => new TextDecoder().decode(d)).join('');
    expect(sheets).toContain('SatuData');
    expect(sheets).not.toMatch(NOT_XML);
  }, 120_000);
});

describe.skipIf(process.platform === 'win32')('files that are not regular files (item 11)', () => {
  const fifo = (p: string) => execFileSync('mkfifo', [p]);

  it('a named pipe in data/ is reported and never waited on', async () => {
    const dir = await minimalProject();
    fifo(path.join(dir, 'data/opd/dinsos.yaml'));
    const res = await validate(dir);
    expect(res.code).toBe(1);
    expect(res.diagnostics).toContainEqual(expect.objectContaining({ code: 'load/not-a-file', file: 'data/opd/dinsos.yaml', line: 1, column: 1 }));
  });

  it('a named pipe as masterplan.yaml, as a form or as the logo never blocks a command', async () => {
    const dir = await minimalProject({ 'masterplan.yaml': null });
    fifo(path.join(dir, 'masterplan.yaml'));
    const res = await validate(dir);
    expect(res.code).toBe(1);
    expect(res.diagnostics.map((d) => d.code)).toContain('rule/missing-config');
    expect((await runCli(['status', dir])).code).not.toBe(0);

    const other = await minimalProject();
    await mkdir(path.join(other, 'forms'));
    fifo(path.join(other, 'forms/form-bappeda.xlsx'));
    fifo(path.join(other, 'logo.png'));
    await editFile(other, 'masterplan.yaml', '  provinsi: Jawa Tengah\n', '  provinsi: Jawa Tengah\n  logo: logo.png\n');
    const v = await validate(other);
    expect(v.diagnostics).toContainEqual(expect.objectContaining({ code: 'load/not-a-file', file: 'forms/form-bappeda.xlsx' }));
    expect(v.diagnostics).toContainEqual(expect.objectContaining({ code: 'rule/logo', path: 'daerah.logo' }));
  });
});

describe('one map with very many keys (item 12)', () => {
  it('20,000 keys under ekstra load, and a key repeated at the end is named whole, with the line of its first use', async () => {
    const dir = await minimalProject();
    const keys = Array.from({ length: 20_000 }, (_, i) => `  kunci_${i}: ${i}`);
    keys.push('  kunci_7: lagi');
    await writeFiles(dir, { 'data/opd/bappeda.yaml': `nama: Bappeda\nsingkatan: Bappeda\nekstra:\n${keys.join('\n')}\n` });
    const res = await validate(dir);
    expect(res.code).toBe(1);
    const dup = res.diagnostics.filter((d) => d.code === 'yaml/duplicate-key');
    expect(dup).toEqual([expect.objectContaining({ file: 'data/opd/bappeda.yaml', line: 20_004, column: 3 })]);
    const en = await runCli(['validate', dir, '--lang', 'en']);
    expect(en.stdout).toContain('Key "kunci_7" appears twice (first on line 11); remove one of them.');
  });
});

describe('an output folder that is a file (item 13)', () => {
  it('build --out naming a file, or a folder below one, is a plain message (exit 2) before anything is rendered', async () => {
    const dir = await minimalProject();
    const file = path.join(await tempDir(), 'keluaran.txt');
    await writeFile(file, 'bukan folder');
    for (const out of [file, path.join(file, 'x')]) {
      const res = await runCli(['build', dir, '--draft', '--out', out, '--lang', 'en']);
      expect(res.code).toBe(2);
      expect(res.stderr).not.toMatch(/\n\s+at |internal error/);
      expect(res.stderr).toContain(`${file} is a file`);
      // Checked before rendering: no book was reported rendered.
      expect(res.stderr).not.toMatch(/buku-\d/);
    }
    expect(await readFile(file, 'utf8')).toBe('bukan folder');
  });

  it('form --out and validate --output below a file are plain messages too', async () => {
    const dir = await minimalProject();
    const file = path.join(await tempDir(), 'x.txt');
    await writeFile(file, '');
    const form = await runCli(['form', 'bappeda', dir, '--out', path.join(file, 'formulir')]);
    expect(form.code).toBe(2);
    expect(form.stderr).toMatch(/^masterplan: Folder keluaran .* adalah sebuah berkas/m);
    const v = await runCli(['validate', dir, '--output', path.join(file, 'laporan.json')]);
    expect(v.code).toBe(2);
    expect(v.stderr).not.toMatch(/\n\s+at /);
  });

  it.skipIf(process.platform !== 'linux')('validate --output below /proc fails at once instead of hanging', async () => {
    const dir = await minimalProject();
    const res = await runCli(['validate', dir, '--output', '/proc/nope/x.json']);
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/^masterplan: Tidak dapat menulis \/proc\/nope/m);
  });
});

describe('nesting too deep to read (item 14)', () => {
  it.each([
    // The file's mapping is level 1 and ekstra level 2, so the 99th "[" (column 5 + 99) is level 101.
    ['5,000 [', `nama: X\nsingkatan: X\nekstra:\n  a: ${'['.repeat(5000)}${']'.repeat(5000)}\n`, 4, 104],
    ['5,000 unclosed [', `nama: X\nsingkatan: X\nekstra:\n  a: ${'['.repeat(5000)}\n`, 4, 104],
    ['nested block sequences', `nama: X\nsingkatan: X\nekstra:\n  a:\n    ${'- '.repeat(3000)}x\n`, 5, 201],
    ['5,000 {', `nama: X\nsingkatan: X\nekstra: ${'{a: '.repeat(5000)}1${'}'.repeat(5000)}\n`, 3, 405],
  ])('%s: yaml/too-deep at a fixed position, the same on every run', async (_name, text, line, column) => {
    const dir = await minimalProject();
    await writeFiles(dir, { 'data/opd/bappeda.yaml': text });
    for (let run = 0; run < 2; run++) {
      const res = await validate(dir);
      expect(res.code).toBe(1);
      expect(res.stderr).not.toMatch(/Maximum call stack/);
      expect(res.diagnostics).toEqual([expect.objectContaining({ code: 'yaml/too-deep', file: 'data/opd/bappeda.yaml', line, column })]);
    }
  });

  it('nesting at the limit still loads', async () => {
    const dir = await minimalProject();
    // The file's mapping and ekstra are two levels; 98 lists make 100.
    await writeFiles(dir, { 'data/opd/bappeda.yaml': `nama: X\nsingkatan: X\naplikasi: []\nsdm: { asn: 1, non_asn: 0, tik: 0 }\nekstra:\n  a: ${'['.repeat(98)}${']'.repeat(98)}\n` });
    expect((await validate(dir)).code).toBe(0);
  });
});

describe('paths from project files stay inside the project (item 15)', () => {
  it('keluaran.folder outside the project is an error at its value, and build writes nothing there', async () => {
    const parent = await tempDir();
    const dir = path.join(parent, 'proyek');
    await writeFiles(dir, { ...MINIMAL, 'masterplan.yaml': `${MINIMAL['masterplan.yaml']}keluaran:\n  folder: ../elsewhere\n` });
    const res = await validate(dir);
    expect(res.code).toBe(1);
    const lines = (await readFile(path.join(dir, 'masterplan.yaml'), 'utf8')).split('\n');
    expect(res.diagnostics).toContainEqual(expect.objectContaining({
      code: 'rule/path-outside', file: 'masterplan.yaml', line: lines.indexOf('  folder: ../elsewhere') + 1, column: 11, path: 'keluaran.folder',
    }));
    for (const args of [['build', dir, '--draft'], ['status', dir]]) expect((await runCli(args)).code).toBe(1);
    const form = await runCli(['form', 'bappeda', dir]);
    expect(form.code).toBe(2);
    expect(form.stderr).toContain('keluaran.folder "../elsewhere"');
    expect(await readdir(parent)).toEqual(['proyek']);
    // --out on the command line may point anywhere.
    expect((await runCli(['form', 'bappeda', dir, '--out', path.join(parent, 'formulir'), '-q'])).code).toBe(0);
  });

  it('an absolute logo and a linked folder that leaves the project are errors; a link that stays inside is read', async () => {
    const outside = await tempDir();
    await writeFile(path.join(outside, 'rahasia.yaml'), 'nama: Rahasia\nsingkatan: R\n');
    const dir = await minimalProject();
    await editFile(dir, 'masterplan.yaml', '  provinsi: Jawa Tengah\n', `  provinsi: Jawa Tengah\n  logo: ${path.join(outside, 'logo.png')}\n`);
    await symlink(path.join(outside, 'rahasia.yaml'), path.join(dir, 'data/opd/rahasia.yaml'));
    await symlink(outside, path.join(dir, 'templates'));
    await symlink(path.join(dir, 'data/opd/bappeda.yaml'), path.join(dir, 'data/opd/bappeda-lama.yaml'));
    const res = await validate(dir);
    expect(res.code).toBe(1);
    expect(res.diagnostics).toContainEqual(expect.objectContaining({ code: 'rule/path-outside', path: 'daerah.logo' }));
    expect(res.diagnostics).toContainEqual(expect.objectContaining({ code: 'load/outside-project', file: 'data/opd/rahasia.yaml' }));
    expect(res.diagnostics).toContainEqual(expect.objectContaining({ code: 'load/outside-project', file: 'templates' }));
    // Nothing of the outside file was read: no OPD "rahasia" exists for references.
    expect(res.diagnostics.filter((d) => d.file === 'data/opd/bappeda-lama.yaml' && d.severity === 'error')).toEqual([]);
  });
});
