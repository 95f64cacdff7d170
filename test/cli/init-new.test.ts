/**
 * `init` writes a working project with a package.json that pins the tool and a .gitignore; `new`
 * writes one commented file and never overwrites; `schema` writes every kind.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { version } from '../../src/cli/version.js';
import { runCli } from '../support/memory-env.js';
import { tempDir } from '../support/project.js';

describe('masterplan init', () => {
  it('creates a project that validates, with a CI workflow and schemas', async () => {
    const dir = path.join(await tempDir(), 'kota-baru');
    const res = await runCli(['init', dir]);
    expect(res.code).toBe(0);
    expect((await runCli(['validate', dir])).code).toBe(0);
    const workflow = parse(await readFile(path.join(dir, '.github/workflows/masterplan.yml'), 'utf8')) as {
      on: Record<string, unknown>;
      jobs: { validate: { steps: Array<{ run?: string }> } };
    };
    expect(Object.keys(workflow.on)).toEqual(['push', 'pull_request', 'workflow_dispatch']);
    expect(workflow.jobs.validate.steps.some((s) => s.run?.includes('validate'))).toBe(true);
    expect((await readdir(path.join(dir, 'schema'))).sort()).toContain('opd.schema.json');
    const config = await readFile(path.join(dir, 'masterplan.yaml'), 'utf8');
    expect(config.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=schema\/masterplan\.schema\.json$/);
  });

  it('refuses a non-empty folder without --force, and --force keeps existing files', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'masterplan.yaml'), '# milik saya\n');
    const res = await runCli(['init', dir]);
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/--force/);
    expect((await runCli(['init', dir, '--force'])).code).toBe(0);
    expect(await readFile(path.join(dir, 'masterplan.yaml'), 'utf8')).toBe('# milik saya\n');
  });

  it('writes a private package.json that pins the running version, and a .gitignore', async () => {
    const dir = path.join(await tempDir(), 'Kab Contoh');
    const res = await runCli(['init', dir, '--lang', 'en']);
    expect(res.code).toBe(0);
    expect(JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8'))).toEqual({
      name: 'kab-contoh',
      private: true,
      devDependencies: { masterplan: version() },
    });
    const ignored = (await readFile(path.join(dir, '.gitignore'), 'utf8')).split('\n').filter((l) => l !== '' && !l.startsWith('#'));
    expect(ignored).toEqual(['keluaran/', 'node_modules/', '.masterplan/']);
    await expect(readdir(dir)).resolves.not.toContain('gitignore');
    // The closing lines say what comes next: npm install writes the lockfile that CI's npm ci needs.
    expect(res.stderr).toContain(`masterplan@${version()} from the npm registry`);
    expect(res.stderr).toMatch(/cd .*Kab Contoh\n {2}npm install .*package-lock\.json.*"npm ci"/);
  });

  it.each([
    ['0.2.0', '0.2.0'],
    ['masterplan@^0.1.0', '^0.1.0'],
    ['github:kota-contoh/masterplan#v0.1.0', 'github:kota-contoh/masterplan#v0.1.0'],
    ['git+https://git.example.org/tim/masterplan.git#v0.1.0', 'git+https://git.example.org/tim/masterplan.git#v0.1.0'],
    ['https://example.org/rilis/masterplan-0.1.0.tgz', 'https://example.org/rilis/masterplan-0.1.0.tgz'],
  ])('--from %s pins "%s"', async (from, spec) => {
    const dir = path.join(await tempDir(), 'p');
    const res = await runCli(['init', dir, '--from', from]);
    expect(res.code).toBe(0);
    expect((JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8')) as { devDependencies: unknown }).devDependencies).toEqual({ masterplan: spec });
    expect(res.stderr).toContain(`masterplan@${spec}`);
  });

  it('--from a local tarball copies it into vendor/, so CI can install it from the repository', async () => {
    const home = await tempDir();
    const tarball = Buffer.from('not really a tarball, only bytes to compare');
    await writeFile(path.join(home, 'masterplan-9.9.9.tgz'), tarball);
    const res = await runCli(['init', 'kota', '--from', './masterplan-9.9.9.tgz'], { cwd: home });
    expect(res.code).toBe(0);
    const dir = path.join(home, 'kota');
    expect((JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8')) as { devDependencies: unknown }).devDependencies).toEqual({ masterplan: 'file:vendor/masterplan-9.9.9.tgz' });
    expect(await readFile(path.join(dir, 'vendor', 'masterplan-9.9.9.tgz'))).toEqual(tarball);
  });

  it('--from unduhan/masterplan-0.1.0.tgz means that file, not a GitHub repository', async () => {
    const home = await tempDir();
    await mkdir(path.join(home, 'unduhan'));
    await writeFile(path.join(home, 'unduhan', 'masterplan-0.1.0.tgz'), 'isi');
    expect((await runCli(['init', 'kota', '--from', 'unduhan/masterplan-0.1.0.tgz'], { cwd: home })).code).toBe(0);
    expect((JSON.parse(await readFile(path.join(home, 'kota', 'package.json'), 'utf8')) as { devDependencies: unknown }).devDependencies).toEqual({ masterplan: 'file:vendor/masterplan-0.1.0.tgz' });
    expect(await readFile(path.join(home, 'kota', 'vendor', 'masterplan-0.1.0.tgz'), 'utf8')).toBe('isi');
  });

  it.each([
    ['a folder', './folder', /is a folder/],
    ['a missing file', 'hilang/masterplan-0.1.0.tgz', /no such file/],
    ['a missing file given as file:', 'file:../tidak-ada/masterplan-0.1.0.tgz', /no such file/],
    ['another package', 'lodash@4.17.21', /--from "lodash@4\.17\.21": /],
  ])('--from %s is refused before anything is written', async (_what, from, message) => {
    const home = await tempDir();
    await mkdir(path.join(home, 'folder'));
    const res = await runCli(['init', 'kota', '--from', from, '--lang', 'en'], { cwd: home });
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(message);
    expect((await readdir(home)).sort()).toEqual(['folder']);
  });

  it('--force keeps an existing package.json and .gitignore and says what to add to them', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'package.json'), '{ "name": "punya-kami" }\n');
    await writeFile(path.join(dir, '.gitignore'), '/node_modules\n');
    const res = await runCli(['init', dir, '--force', '--from', '0.3.0', '--lang', 'en']);
    expect(res.code).toBe(0);
    expect(await readFile(path.join(dir, 'package.json'), 'utf8')).toBe('{ "name": "punya-kami" }\n');
    expect(await readFile(path.join(dir, '.gitignore'), 'utf8')).toBe('/node_modules\n');
    expect(res.stderr).toContain('"npm install --save-dev masterplan@0.3.0"');
    expect(res.stderr).toContain('add these lines to it: keluaran/ .masterplan/\n');
  });
});

describe('masterplan new', () => {
  it.each(['opd', 'isu', 'quickwin', 'program'])('writes a commented %s file with a schema line', async (kind) => {
    const dir = path.join(await tempDir(), 'p');
    await runCli(['init', dir]);
    const res = await runCli(['new', kind, 'contoh-baru', '-C', dir]);
    expect(res.code).toBe(0);
    const text = await readFile(path.join(dir, `data/${kind}/contoh-baru.yaml`), 'utf8');
    expect(text.split('\n')[0]).toBe(`# yaml-language-server: $schema=../../schema/${kind}.schema.json`);
    expect(text.match(/^#/gm)?.length).toBeGreaterThan(5);
    const again = await runCli(['new', kind, 'contoh-baru', '-C', dir]);
    expect(again.code).toBe(2);
    expect(await readFile(path.join(dir, `data/${kind}/contoh-baru.yaml`), 'utf8')).toBe(text);
  });

  it('a new OPD file validates as it is', async () => {
    const dir = path.join(await tempDir(), 'p');
    await runCli(['init', dir]);
    await runCli(['new', 'opd', 'dinkes', '-C', dir]);
    expect((await runCli(['validate', dir])).code).toBe(0);
  });

  it('refuses an invalid id or kind', async () => {
    const dir = await tempDir();
    expect((await runCli(['new', 'opd', 'Dinas Kesehatan', '-C', dir])).code).toBe(2);
    expect((await runCli(['new', 'pegawai', 'x', '-C', dir])).code).toBe(2);
  });
});

describe('masterplan schema', () => {
  it('writes one schema per kind', async () => {
    const dir = await tempDir();
    expect((await runCli(['schema', '--out', dir])).code).toBe(0);
    expect((await readdir(dir)).sort()).toEqual([
      'isu.schema.json', 'kesiapan.schema.json', 'masterplan.schema.json', 'naskah.schema.json', 'opd.schema.json',
      'program.schema.json', 'quickwin.schema.json', 'swot.schema.json',
    ]);
  });
});

describe('scaffolds are visibly unanswered (item 1)', () => {
  interface StatusJson {
    summary: { completeness: number; missing: number };
    opd: Array<{ id: string; missing: Array<{ item: string }> }>;
    city: Array<{ item: string; ok: boolean }>;
  }
  const status = async (dir: string, stage: number): Promise<StatusJson> => {
    const res = await runCli(['status', dir, '--stage', String(stage), '--format', 'json']);
    expect(res.code).toBe(0);
    return JSON.parse(res.stdout) as StatusJson;
  };

  it('right after init nothing counts as submitted that nobody answered: status is not 100 % and a final build refuses', async () => {
    const dir = path.join(await tempDir(), 'kota-baru');
    expect((await runCli(['init', dir])).code).toBe(0);
    expect((await runCli(['validate', dir])).code).toBe(0);
    const s4 = await status(dir, 4);
    expect(s4.summary.completeness).toBeLessThan(1);
    const missingCity = s4.city.filter((i) => !i.ok).map((i) => i.item);
    // No invented Ketua, no readiness scores, no vision, no SWOT, no scores for the example proposal.
    for (const item of ['tim.pelaksana', 'kesiapan', 'visi', 'misi', 'quickwin.skor', 'quickwin.terpilih']) expect(missingCity).toContain(item);
    expect(s4.city.filter((i) => i.item === 'kesiapan' && !i.ok)).toHaveLength(9);
    // SWOT is not required by a stage, but the example dimensions are not analysed either.
    expect((await runCli(['status', dir, '--stage', '4'])).stdout).toMatch(/Smart Governance belum memiliki[^\n]*analisis SWOT/);
    expect(s4.opd.find((o) => o.id === 'diskominfo')?.missing.map((m) => m.item)).toEqual(['opd.sdm', 'opd.aplikasi']);
    expect((await status(dir, 1)).summary.completeness).toBeLessThan(1);
    const final = await runCli(['build', dir, '--out', path.join(dir, 'keluaran'), '--format', 'md']);
    expect(final.code).toBe(1);
    expect(final.stderr).toContain('stage/missing');
    const kesiapan = await readFile(path.join(dir, 'data/kesiapan.yaml'), 'utf8');
    expect(kesiapan).not.toMatch(/^[^#\n]*skor: \d/m);
    expect(await readFile(path.join(dir, 'masterplan.yaml'), 'utf8')).not.toMatch(/^\s+- nama: /m);
  });

  it('new opd leaves sdm and aplikasi unanswered, and its form is sent blank there', async () => {
    const dir = path.join(await tempDir(), 'p');
    await runCli(['init', dir]);
    expect((await runCli(['new', 'opd', 'dinkes', '-C', dir])).code).toBe(0);
    const text = await readFile(path.join(dir, 'data/opd/dinkes.yaml'), 'utf8');
    expect(text).not.toMatch(/^\s+asn: 0/m);
    expect(text).not.toMatch(/^aplikasi: \[\]/m);
    expect((await runCli(['validate', dir])).code).toBe(0);
    expect((await status(dir, 1)).opd.find((o) => o.id === 'dinkes')?.missing.map((m) => m.item)).toEqual(['opd.sdm', 'opd.aplikasi']);
    const out = path.join(dir, 'formulir');
    expect((await runCli(['form', 'dinkes', dir, '--out', out, '-q'])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await readFile(path.join(out, 'form-dinkes.xlsx')) as unknown as ArrayBuffer);
    const profil = wb.getWorksheet('Profil');
    const values = new Map<string, unknown>();
    profil?.eachRow((row) => values.set(row.getCell(1).text.replace(/ \*$/, ''), row.getCell(2).value));
    for (const label of ['Jumlah pegawai ASN', 'Jumlah pegawai non-ASN', 'Jumlah SDM TIK']) expect(values.get(label) ?? null, label).toBeNull();
    expect(wb.getWorksheet('Aplikasi')?.getCell('A4').value ?? null).toBeNull();
  });

  it('new quickwin and new program list the elements of each dimension, pointing at no file the project lacks', async () => {
    const dir = path.join(await tempDir(), 'p');
    await runCli(['init', dir]);
    for (const kind of ['quickwin', 'program']) {
      expect((await runCli(['new', kind, 'baru', '-C', dir])).code).toBe(0);
      const text = await readFile(path.join(dir, `data/${kind}/baru.yaml`), 'utf8');
      expect(text).not.toContain('data/dimensi.yaml');
      expect(text).toMatch(/^#\s+governance:\s+pelayanan, birokrasi, kebijakan$/m);
      expect(text).toMatch(/^#\s+environment:\s+perlindungan, sampah-limbah, energi$/m);
      // Nothing is answered: the required fields are empty and reported as "wajib diisi".
      const res = await runCli(['validate', path.join(dir, `data/${kind}/baru.yaml`), '--format', 'json']);
      const codes = (JSON.parse(res.stdout) as { diagnostics: Array<{ code: string; path?: string }> }).diagnostics;
      expect(codes.filter((d) => d.code === 'schema/required').map((d) => d.path)).toEqual(expect.arrayContaining(['nama', 'dimensi', 'elemen', 'opd']));
    }
  });
});
