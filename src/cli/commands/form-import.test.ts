import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../test/support/memory-env.js';
import { copyExample, tempDir } from '../../../test/support/project.js';

describe('masterplan form', () => {
  it('writes into <keluaran.folder>/formulir by default, taking the last argument as the project folder', async () => {
    const root = await copyExample();
    const r = await runCli(['form', 'dinkes', 'dishub', root]);
    expect(r.code).toBe(0);
    expect(await readdir(path.join(root, 'keluaran', 'formulir'))).toEqual(['form-dinkes.xlsx', 'form-dishub.xlsx']);
    expect(r.stderr).toContain('form-dinkes.xlsx');
  });

  it('works from inside the project with --all', async () => {
    const root = await copyExample();
    const r = await runCli(['form', '--all', '-q'], { cwd: root });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(await readdir(path.join(root, 'keluaran', 'formulir'))).toHaveLength(21);
  });

  it('refuses unknown OPDs (with a suggestion), missing ids, and ids with --all', async () => {
    const root = await copyExample();
    const unknown = await runCli(['form', 'dinkess'], { cwd: root });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('"dinkes"');
    expect((await runCli(['form'], { cwd: root })).code).toBe(2);
    expect((await runCli(['form', 'dinkes', '--all'], { cwd: root })).code).toBe(2);
    const empty = await tempDir();
    expect((await runCli(['form', '--all', '--lang', 'en'], { cwd: empty })).stderr).toContain('has no masterplan.yaml');
  });
});

describe('masterplan import', () => {
  it('needs a project and existing files', async () => {
    const root = await copyExample();
    const missing = await runCli(['import', 'nope.xlsx', '--into', root]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.xlsx');
    const empty = await tempDir();
    expect((await runCli(['import', 'x.xlsx'], { cwd: empty })).code).toBe(2);
  });

  it('reports an unreadable file like validate and exits 1', async () => {
    const root = await copyExample();
    const r = await runCli(['import', path.join(root, 'masterplan.yaml'), '--into', root, '--format', 'json']);
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as { diagnostics: unknown[] }).diagnostics[0]).toMatchObject({ code: 'xlsx/not-zip', file: 'masterplan.yaml' });
  });
});
