/** Reading a project at a git revision: revisions, dates, the tree of a project in a sub-folder, renames. */
import { rename } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitAll, git } from '../../test/support/git.js';
import { tempDir, writeFiles } from '../../test/support/project.js';
import { firstCommit, gitRepoOf, lastCommitBefore, projectFilesAt, renamesSince, resolveRevision } from './git.js';
import { MAX_FILE_BYTES } from './read-text.js';

function need<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('expected a value');
  return value;
}

const text = (f: unknown) => (f !== undefined && typeof f === 'object' && f !== null && 'bytes' in f ? new TextDecoder().decode((f as { bytes: Uint8Array }).bytes) : f);

/** A repository whose project sits in `kota/`, with two commits a month apart. */
async function repo(): Promise<{ top: string; root: string; first: string; second: string }> {
  const top = await tempDir();
  git(top, ['init', '-q']);
  const root = path.join(top, 'kota');
  await writeFiles(root, {
    'masterplan.yaml': 'daerah: { nama: Kota Uji }\n',
    'data/opd/dinsos.yaml': 'nama: Dinas Sosial\n',
    'data/program/lama.yaml': 'nama: Program Lama\nopd: dinsos\n',
    'forms/form-dinsos.xlsx': 'bukan data',
    'README.md': 'catatan',
  });
  await writeFiles(top, { 'lain/masterplan.yaml': 'daerah: { nama: Lain }\n' });
  const first = commitAll(top, 'awal', '2024-06-01T20:00:00+07:00');
  await writeFiles(root, { 'data/opd/dinsos.yaml': 'nama: Dinas Sosial\nsingkatan: Dinsos\n' });
  const second = commitAll(top, 'singkatan', '2024-07-01T20:00:00+07:00');
  return { top, root, first, second };
}

describe('git', () => {
  it('finds the repository and the project folder inside it; nothing outside a repository', async () => {
    const r = await repo();
    const found = await gitRepoOf(r.root);
    expect(found?.prefix).toBe('kota/');
    expect(await gitRepoOf(await tempDir())).toBeUndefined();
  });

  it('resolves revisions by id, by name and relative; refuses unknown ones and option-like text', async () => {
    const r = await repo();
    const g = need(await gitRepoOf(r.root));
    git(r.top, ['tag', 'bimtek-1', r.first]);
    expect((await resolveRevision(g, r.first.slice(0, 7)))?.sha).toBe(r.first);
    expect((await resolveRevision(g, 'bimtek-1'))?.sha).toBe(r.first);
    expect((await resolveRevision(g, 'HEAD~1'))?.sha).toBe(r.first);
    const head = await resolveRevision(g, 'HEAD');
    expect(head).toEqual({ sha: r.second, short: git(r.top, ['rev-parse', '--short', 'HEAD']), date: '2024-07-01T20:00:00+07:00' });
    expect(await resolveRevision(g, 'v9')).toBeUndefined();
    expect(await resolveRevision(g, '--all')).toBeUndefined();
    expect(await resolveRevision(g, 'HEAD~5')).toBeUndefined();
  });

  it('finds the last commit before a moment, and the first commit', async () => {
    const r = await repo();
    const g = need(await gitRepoOf(r.root));
    expect((await lastCommitBefore(g, new Date('2024-06-20T00:00:00Z')))?.sha).toBe(r.first);
    expect((await lastCommitBefore(g, new Date('2024-08-01T00:00:00Z')))?.sha).toBe(r.second);
    // The moment itself does not count: a commit at 13:00 UTC is not before 13:00 UTC.
    expect((await lastCommitBefore(g, new Date('2024-07-01T13:00:00Z')))?.sha).toBe(r.first);
    expect(await lastCommitBefore(g, new Date('2024-05-01T00:00:00Z'))).toBeUndefined();
    expect((await firstCommit(g))?.sha).toBe(r.first);
  });

  it('reads only the project\'s inputs at a commit, with paths relative to the project', async () => {
    const r = await repo();
    const g = need(await gitRepoOf(r.root));
    const files = await projectFilesAt(g, need(await resolveRevision(g, r.first)));
    expect([...files.keys()].sort()).toEqual(['data/opd/dinsos.yaml', 'data/program/lama.yaml', 'masterplan.yaml']);
    expect(text(files.get('data/opd/dinsos.yaml'))).toBe('nama: Dinas Sosial\n');
    const now = await projectFilesAt(g, need(await resolveRevision(g, 'HEAD')));
    expect(text(now.get('data/opd/dinsos.yaml'))).toBe('nama: Dinas Sosial\nsingkatan: Dinsos\n');
  });

  it('keeps only the size of a file over the limit, and nothing for a project that did not exist yet', async () => {
    const r = await repo();
    await writeFiles(r.root, { 'data/opd/besar.yaml': `nama: ${'x'.repeat(MAX_FILE_BYTES)}\n` });
    commitAll(r.top, 'besar', '2024-07-02T20:00:00+07:00');
    await writeFiles(r.top, { 'baru/masterplan.yaml': 'daerah: {}\n' });
    const head = commitAll(r.top, 'baru', '2024-07-03T20:00:00+07:00');
    const g = need(await gitRepoOf(r.root));
    const files = await projectFilesAt(g, need(await resolveRevision(g, head)));
    expect(files.get('data/opd/besar.yaml')).toEqual({ size: MAX_FILE_BYTES + 7 });
    const baru = need(await gitRepoOf(path.join(r.top, 'baru')));
    expect((await projectFilesAt(baru, need(await resolveRevision(baru, r.first)))).size).toBe(0);
  });

  it('reports the renames git sees between a commit and the work tree, inside the project', async () => {
    const r = await repo();
    await rename(path.join(r.root, 'data/program/lama.yaml'), path.join(r.root, 'data/program/baru.yaml'));
    git(r.top, ['add', '-A']);
    const g = need(await gitRepoOf(r.root));
    const renames = await renamesSince(r.root, need(await resolveRevision(g, 'HEAD')));
    expect([...renames]).toEqual([['data/program/baru.yaml', 'data/program/lama.yaml']]);
  });
});
