/** `init` writes a working project; `new` writes one commented file and never overwrites; `schema` writes every kind. */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
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
      'isu.schema.json', 'kesiapan.schema.json', 'masterplan.schema.json', 'opd.schema.json',
      'program.schema.json', 'quickwin.schema.json', 'swot.schema.json',
    ]);
  });
});
