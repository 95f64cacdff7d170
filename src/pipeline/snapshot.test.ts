/** Snapshots of the data: written and read back, listed by time, bounded, skipped when broken, never in the output folder. */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/support/project.js';
import { keepSnapshot } from './snapshot.js';
import { encodeSnapshot, filesHash, listSnapshots, readSnapshot, SNAPSHOT_DIR, SNAPSHOT_LIMIT } from '../load/snapshot.js';
import type { SourceFile } from '../load/source-file.js';

const source = (files: Record<string, string>): SourceFile[] =>
  Object.entries(files).map(([p, text]) => ({ kind: p === 'masterplan.yaml' ? 'masterplan' : 'opd', path: p, absolutePath: `/x/${p}`, text }));

const decode = (f: unknown) => new TextDecoder().decode((f as { bytes: Uint8Array }).bytes);

describe('snapshots', () => {
  it('reads back the files it was written with, and is named by its time and hash', async () => {
    const root = await tempDir();
    const files = { 'masterplan.yaml': 'daerah: {}\n', 'data/opd/dinsos.yaml': 'nama: Dinas Sosial\n' };
    const at = new Date('2024-07-16T08:30:00.123Z');
    const kept = await keepSnapshot(root, path.join(root, 'keluaran'), source(files), at);
    expect(kept).toEqual({ kind: 'written', file: `${SNAPSHOT_DIR}/20240716T083000123Z-${filesHash(files)}.json.gz` });
    const [ref] = await listSnapshots(root);
    expect(ref?.created.toISOString()).toBe('2024-07-16T08:30:00.123Z');
    const read = await readSnapshot(root, ref as NonNullable<typeof ref>);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.snapshot.created).toBe(at.toISOString());
    expect(Object.fromEntries([...read.files].map(([k, v]) => [k, decode(v)]))).toEqual(files);
  });

  it('keeps no new snapshot when the data is that of the latest one, and at most the limit', async () => {
    const root = await tempDir();
    const out = path.join(root, 'keluaran');
    const files = source({ 'masterplan.yaml': 'a: 1\n' });
    await keepSnapshot(root, out, files, new Date('2024-01-01T00:00:00Z'));
    expect((await keepSnapshot(root, out, files, new Date('2024-01-02T00:00:00Z'))).kind).toBe('unchanged');
    for (let i = 0; i < SNAPSHOT_LIMIT + 3; i++) {
      await keepSnapshot(root, out, source({ 'masterplan.yaml': `a: ${i + 2}\n` }), new Date(Date.UTC(2024, 1, 1 + i)));
    }
    const list = await listSnapshots(root);
    expect(list).toHaveLength(SNAPSHOT_LIMIT);
    // One a day: the oldest went first; the first one left is the fourth of February's.
    expect(list[0]?.created.toISOString()).toBe('2024-02-04T00:00:00.000Z');
    expect((await readdir(path.join(root, SNAPSHOT_DIR))).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('outlives a busy day with the last snapshot of each earlier day', async () => {
    const root = await tempDir();
    const out = path.join(root, 'keluaran');
    const noon = (day: number, minute = 0) => new Date(2024, 6, day, 12, minute);
    await keepSnapshot(root, out, source({ 'masterplan.yaml': 'a: pagi\n' }), new Date(2024, 6, 15, 9));
    await keepSnapshot(root, out, source({ 'masterplan.yaml': 'a: bimtek\n' }), noon(15));
    for (let i = 0; i < SNAPSHOT_LIMIT + 5; i++) await keepSnapshot(root, out, source({ 'masterplan.yaml': `a: ${i}\n` }), noon(20, i));
    const list = await listSnapshots(root);
    expect(list).toHaveLength(SNAPSHOT_LIMIT);
    // The 15 July evening state stays; the morning one and the first builds of 20 July went.
    expect(list[0]?.created.getTime()).toBe(noon(15).getTime());
    expect(list[1]?.created.getTime()).toBe(noon(20, 6).getTime());
    expect(list[list.length - 1]?.created.getTime()).toBe(noon(20, SNAPSHOT_LIMIT + 4).getTime());
  });

  it('keeps none inside the output folder', async () => {
    const root = await tempDir();
    expect(await keepSnapshot(root, root, source({ 'masterplan.yaml': 'a: 1\n' }), new Date())).toEqual({ kind: 'inside-output' });
    expect(await keepSnapshot(root, path.join(root, '.masterplan'), source({ 'masterplan.yaml': 'a: 1\n' }), new Date())).toEqual({ kind: 'inside-output' });
    expect(await listSnapshots(root)).toEqual([]);
  });

  it('says why a snapshot cannot be read: not gzip, not JSON, not a snapshot, too large', async () => {
    const root = await tempDir();
    const dir = path.join(root, SNAPSHOT_DIR);
    await mkdir(dir, { recursive: true });
    const put = async (name: string, bytes: Uint8Array | string) => {
      await writeFile(path.join(dir, name), bytes);
      return (await listSnapshots(root)).find((r) => r.file.endsWith(name)) as NonNullable<Awaited<ReturnType<typeof listSnapshots>>[number]>;
    };
    const problem = async (name: string, bytes: Uint8Array | string) => {
      const read = await readSnapshot(root, await put(name, bytes));
      return read.ok ? 'ok' : read.problem;
    };
    expect(await problem('20240101T000000000Z-000000000001.json.gz', 'teks biasa')).toBe('not-gzip');
    expect(await problem('20240101T000000000Z-000000000002.json.gz', gzipSync('{bukan json'))).toBe('not-json');
    expect(await problem('20240101T000000000Z-000000000003.json.gz', gzipSync(JSON.stringify({ format: 'lain', files: {} })))).toBe('not-a-snapshot');
    expect(await problem('20240101T000000000Z-000000000004.json.gz', gzipSync(Buffer.alloc(65 * 1024 * 1024, 0x20)))).toBe('too-large');
    // Files that are not named as snapshots are not listed at all.
    await writeFile(path.join(dir, '.20240101T000000000Z-000000000005.json.gz.abc.tmp'), 'x');
    await writeFile(path.join(dir, 'catatan.txt'), 'x');
    expect((await listSnapshots(root)).map((r) => path.basename(r.file))).toEqual([
      '20240101T000000000Z-000000000001.json.gz',
      '20240101T000000000Z-000000000002.json.gz',
      '20240101T000000000Z-000000000003.json.gz',
      '20240101T000000000Z-000000000004.json.gz',
    ]);
  });

  it('reads only plain relative paths out of a snapshot', async () => {
    const root = await tempDir();
    const { name, bytes } = encodeSnapshot({ 'masterplan.yaml': 'a: 1\n', '../luar.yaml': 'x', 'data//opd/x.yaml': 'y', 'data/./x.yaml': 'z' }, new Date('2024-01-01T00:00:00Z'));
    await mkdir(path.join(root, SNAPSHOT_DIR), { recursive: true });
    await writeFile(path.join(root, SNAPSHOT_DIR, name), bytes);
    const [ref] = await listSnapshots(root);
    const read = await readSnapshot(root, ref as NonNullable<typeof ref>);
    expect(read.ok && [...read.files.keys()]).toEqual(['masterplan.yaml']);
    const content = JSON.parse(gunzipSync(await readFile(path.join(root, SNAPSHOT_DIR, name))).toString()) as { version: number };
    expect(content.version).toBe(1);
  });
});
