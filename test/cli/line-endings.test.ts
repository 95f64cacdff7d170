/**
 * Files saved on Windows: CRLF line endings and a UTF-8 byte-order mark in the YAML data and in the
 * Markdown templates read exactly like LF files — the same diagnostics at the same positions, and
 * byte-identical outputs.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/memory-env.js';
import { copyExample, MINIMAL, REPO_ROOT, tempDir, writeFiles } from '../support/project.js';

/** Every file below a folder whose name ends in one of the extensions, relative to it. */
async function filesOf(root: string, exts: readonly string[]): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && exts.some((x) => e.name.endsWith(x))).map((e) => path.relative(root, path.join(e.parentPath, e.name)));
}

/** Rewrites files the way a Windows editor saves them: CRLF line endings and a byte-order mark. */
async function toWindows(root: string, exts: readonly string[] = ['.yaml']): Promise<number> {
  const files = await filesOf(root, exts);
  for (const rel of files) {
    const text = await readFile(path.join(root, rel), 'utf8');
    expect(text).not.toContain('\r');
    await writeFile(path.join(root, rel), `\uFEFF${text.replace(/\n/g, '\r\n')}`);
  }
  return files.length;
}

/** Findings as the JSON format reports them, positions and ends included. */
async function findings(dir: string): Promise<unknown> {
  const res = await runCli(['validate', dir, '--format', 'json', '--lang', 'en']);
  return { code: res.code, report: JSON.parse(res.stdout) as unknown };
}

/** Broken files covering the loader's and the validator's positions: syntax, shape, references, rules. */
const BROKEN: Record<string, string> = {
  ...MINIMAL,
  'data/opd/bappeda.yaml': 'nama: Bappeda\nsingkatan: B\nsdm:\n  asn: banyak\n  tik: 3\naplikasi:\n  - nama: Portal\n    status: entah\nfoo: 1\n',
  'data/opd/dinsos.yaml': 'nama: Dinas Sosial\nnama: Dinsos\n',
  'data/opd/dlh.yaml': 'nama: "Dinas Lingkungan\n  Hidup\nsingkatan: DLH\n',
  'data/opd/dpupr.yaml': 'nama: DPUPR\n\tsingkatan: D\n',
  'data/opd/setda.yaml': '- satu\n- dua\n',
  'data/opd/satpol.yaml': 'nama: Satpol\n---\nnama: Lagi\n',
  'data/isu/layanan.yaml': 'judul: Pelayanan publik\ndeskripsi: |\n  Layanan masih\n  tatap muka.\ndimensi: [governance, tidak-ada]\nopd:\n  - diskominfo\n  - dinkess\n',
  'data/program/integrasi.yaml': (MINIMAL['data/program/integrasi.yaml'] as string).replace('opd: diskominfo', 'opd: dinkes'),
  'data/quickwin/portal.yaml': (MINIMAL['data/quickwin/portal.yaml'] as string).replace('durasi_bulan: 6', 'durasi_bulan: 30').replace('skor: { dampak: 4, kemudahan: 3 }', 'skor: { dampak: 9, kemudahan: 3 }'),
};

describe('CRLF and a byte-order mark', () => {
  it('give the example exactly the findings of LF files', async () => {
    const lf = await copyExample();
    const crlf = await copyExample();
    expect(await toWindows(crlf)).toBeGreaterThan(60);
    const expected = await findings(lf);
    expect((expected as { report: { diagnostics: unknown[] } }).report.diagnostics.length).toBeGreaterThan(0);
    expect(await findings(crlf)).toEqual(expected);
  });

  it('give broken files the same diagnostics at the same positions', async () => {
    const lf = await tempDir();
    const crlf = await tempDir();
    await writeFiles(lf, BROKEN);
    await writeFiles(crlf, BROKEN);
    await toWindows(crlf);
    const expected = (await findings(lf)) as { code: number; report: { diagnostics: Array<{ code: string; line: number; column: number; endLine?: number }> } };
    expect(expected.code).toBe(1);
    const codes = new Set(expected.report.diagnostics.map((d) => d.code));
    for (const code of ['schema/type', 'schema/enum', 'schema/unknown-key', 'yaml/duplicate-key', 'yaml/syntax', 'yaml/tab', 'yaml/not-mapping', 'yaml/multiple-documents', 'ref/unknown']) {
      expect(codes, code).toContain(code);
    }
    expect(expected.report.diagnostics.some((d) => d.line > 1 && d.endLine !== undefined)).toBe(true);
    expect(await findings(crlf)).toEqual(expected);
  });

  it('give byte-identical books and workbook, templates in CRLF included', async () => {
    const files = {
      ...MINIMAL,
      'data/isu/layanan.yaml': 'judul: Pelayanan publik\ndeskripsi: |\n  Layanan masih tatap muka.\n\n  Antrean panjang setiap pagi.\ndimensi: [governance]\nopd: [diskominfo]\n',
    };
    const template = await readFile(path.join(REPO_ROOT, 'templates', 'buku-1.hbs'), 'utf8');
    const built = async (windows: boolean) => {
      const dir = await tempDir();
      await writeFiles(dir, { ...files, 'templates/buku-1.hbs': template });
      if (windows) expect(await toWindows(dir, ['.yaml', '.hbs'])).toBe(Object.keys(files).length + 1);
      const res = await runCli(['build', dir, '--draft', '--format', 'md,xlsx', '--out', 'keluaran'], { cwd: dir, vars: { SOURCE_DATE_EPOCH: '1767225600' } });
      expect(res.code, res.stderr).toBe(0);
      const out = path.join(dir, 'keluaran');
      const names = (await readdir(out)).sort();
      return Object.fromEntries(await Promise.all(names.map(async (n) => [n, (await readFile(path.join(out, n))).toString('base64')] as const)));
    };
    const lf = await built(false);
    expect(Object.keys(lf)).toEqual(['buku-1-analisis-strategis.md', 'buku-2-masterplan.md', 'buku-3-ringkasan-eksekutif.md', 'buku-4-profil-quick-win.md', 'masterplan.xlsx']);
    expect(Buffer.from(lf['buku-1-analisis-strategis.md'] ?? '', 'base64').toString('utf8')).toContain('tatap muka\\.:br[]:br[]Antrean panjang setiap pagi');
    const crlf = await built(true);
    expect(crlf).toEqual(lf);
  });
});
