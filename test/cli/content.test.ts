/**
 * The Tim's own content in the bimtek workflow: `status` asks for the region's profile at stage 1
 * and a strategy per dimension at stage 2; a final build refuses without them, warns about an element
 * with programs but no direction, and gives the same bytes for the same input.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitAll, git } from '../support/git.js';
import { runCli } from '../support/memory-env.js';
import { editFile, minimalProject, tempDir, writeFiles } from '../support/project.js';
import { CONTENT_FILES, NASKAH_WAJIB, contentProject } from '../fixtures/content-project.js';

interface StatusJson {
  city: Array<{ item: string; ok: boolean; detail?: string; file: string }>;
}

const BOOK_FILES = ['buku-1-analisis-strategis.docx', 'buku-2-masterplan.docx', 'buku-3-ringkasan-eksekutif.docx', 'buku-4-profil-quick-win.docx'];

describe('status and the stage items of the Tim\'s own content', () => {
  it('the region profile is a stage-1 item, the strategy of each dimension a stage-2 item', async () => {
    const dir = await minimalProject();
    const status = async (stage: number) =>
      (JSON.parse((await runCli(['status', dir, '--stage', String(stage), '--format', 'json'])).stdout) as StatusJson).city;
    const s1 = await status(1);
    expect(s1.find((c) => c.item === 'daerah')).toEqual(expect.objectContaining({ ok: false, file: 'data/daerah.yaml' }));
    expect(s1.some((c) => c.item === 'strategi')).toBe(false);
    const s2 = (await status(2)).filter((c) => c.item === 'strategi');
    expect(s2.map((c) => [c.detail, c.ok, c.file])).toEqual([
      ['Smart Governance', false, 'data/strategi/governance.yaml'],
      ['Smart Branding', false, 'data/strategi/branding.yaml'],
      ['Smart Economy', false, 'data/strategi/economy.yaml'],
      ['Smart Living', false, 'data/strategi/living.yaml'],
      ['Smart Society', false, 'data/strategi/society.yaml'],
      ['Smart Environment', false, 'data/strategi/environment.yaml'],
    ]);
    await writeFiles(dir, {
      'data/daerah.yaml': CONTENT_FILES['data/daerah.yaml'] as string,
      'data/strategi/living.yaml': CONTENT_FILES['data/strategi/living.yaml'] as string,
    });
    expect((await status(1)).find((c) => c.item === 'daerah')?.ok).toBe(true);
    expect((await status(2)).filter((c) => c.item === 'strategi' && !c.ok)).toHaveLength(5);
  });
});

describe('a final build of the Tim\'s own content', () => {
  it('refuses without the region profile and the strategies, one diagnostic each at its file', async () => {
    const dir = await contentProject({ ...NASKAH_WAJIB, 'data/daerah.yaml': null, 'data/strategi/society.yaml': null });
    const res = await runCli(['build', dir, '--out', await tempDir(), '--format', 'docx', '--lang', 'en']);
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/data\/daerah\.yaml\n\s+1:1\s+error\s+Region profile \(data\/daerah\.yaml\) has not been submitted by the Tim Pelaksana; required from stage 1\./);
    expect(res.stderr).toMatch(/data\/strategi\/society\.yaml\n\s+1:1\s+error\s+Dimension strategy \(data\/strategi\/<dimension>\.yaml\) \(Smart Society\)/);
    expect(res.stderr.match(/stage\/missing/g)).toHaveLength(2);
  });

  it('builds all four books, byte-identical for identical input', async () => {
    const dir = await contentProject(NASKAH_WAJIB);
    const vars = { SOURCE_DATE_EPOCH: '1739145600' };
    const a = await tempDir();
    const b = await tempDir();
    const first = await runCli(['build', dir, '--out', a, '--format', 'docx,xlsx'], { vars });
    expect(first.stderr).not.toMatch(/galat|error|peringatan/i);
    expect(first.code).toBe(0);
    expect((await runCli(['build', dir, '--out', b, '--format', 'docx,xlsx'], { vars })).code).toBe(0);
    for (const f of [...BOOK_FILES, 'masterplan.xlsx']) {
      expect(Buffer.compare(await readFile(path.join(a, f)), await readFile(path.join(b, f))), f).toBe(0);
    }
  }, 120_000);

  it('warns about an element with programs or quick wins but no direction; a draft does not', async () => {
    const dir = await contentProject({
      ...NASKAH_WAJIB,
      // Pelayanan publik has a program and a quick win.
      'data/strategi/governance.yaml': (CONTENT_FILES['data/strategi/governance.yaml'] as string).replace(/\n {2}pelayanan:\n(?: {4}.*\n)+/, '\n'),
    });
    const out = await tempDir();
    const warned = await runCli(['build', dir, '--out', out, '--format', 'docx', '--book', '2']);
    expect(warned.code).toBe(0);
    expect(warned.stderr).toMatch(/data\/strategi\/governance\.yaml\n\s+1:1\s+peringatan\s+Elemen Pelayanan publik \(Smart Governance\) memiliki program atau quick win/);
    const draft = await runCli(['build', dir, '--out', out, '--format', 'docx', '--book', '2', '--draft']);
    expect(draft.code).toBe(0);
    expect(draft.stderr).not.toMatch(/peringatan/);
  }, 120_000);
});

describe('masterplan diff on the Tim\'s own content', () => {
  it('compares the region profile and a strategy field by field, and names each change', async () => {
    const dir = await contentProject();
    git(dir, ['init', '-q']);
    commitAll(dir, 'awal', '2025-01-10T09:00:00Z');
    await editFile(dir, 'data/daerah.yaml', 'luas_km2: 1234.56', 'luas_km2: 1240');
    await editFile(dir, 'data/strategi/governance.yaml', 'target: { pendek: 30, menengah: 75.25, panjang: 100 }', 'target: { pendek: 35, menengah: 75.25, panjang: 100 }');
    await editFile(dir, 'data/strategi/governance.yaml', '{ jenis: wt, uraian:', '{ jenis: st, uraian:');

    const json = await runCli(['diff', dir, '--since', 'HEAD', '--format', 'json', '--stage', '4']);
    expect(json.stderr).toBe('');
    expect(json.code).toBe(0);
    const out = JSON.parse(json.stdout) as { files: Array<{ file: string; invalid?: string; changes: Array<{ path: string; old?: unknown; new?: unknown }> }> };
    const byFile = new Map(out.files.map((f) => [f.file, f]));
    expect([...byFile.keys()].sort()).toEqual(['data/daerah.yaml', 'data/strategi/governance.yaml']);
    expect(byFile.get('data/daerah.yaml')?.invalid).toBeUndefined();
    expect(byFile.get('data/daerah.yaml')?.changes).toEqual([{ path: 'luas_km2', old: 1234.56, new: 1240 }]);
    expect(byFile.get('data/strategi/governance.yaml')?.invalid).toBeUndefined();
    expect(byFile.get('data/strategi/governance.yaml')?.changes).toEqual(expect.arrayContaining([
      expect.objectContaining({ old: 30, new: 35 }),
      expect.objectContaining({ old: 'wt', new: 'st' }),
    ]));

    const text = await runCli(['diff', dir, '--since', 'HEAD', '--stage', '4']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Luas wilayah (km²): 1.234,56 → 1.240');
    expect(text.stdout).toMatch(/Target jangka pendek \(1 tahun\): 30 → 35/);
    expect(text.stdout).toMatch(/Jenis strategi: Strategi W-T \(kelemahan–ancaman\) → Strategi S-T \(kekuatan–ancaman\)/);
    expect(text.stdout).not.toContain('tidak dibandingkan');
  }, 120_000);
});
