/**
 * Results kept between runs: a result is read back as it was made, found only under its own build,
 * kind and key, made again when its file is damaged or of the wrong shape, and removed once unused.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MemoryKept } from '../test/support/kept.js';
import { tempDir } from '../test/support/project.js';
import { cacheTurnedOff } from './compile-cache.js';
import { keptFiles, keptFolderOf, KeptFiles, packKept, projectKeptFolder, removeUnusedKept, throughKept, throughKeptAsync, unpackKept } from './kept.js';

const isNumbers = (v: unknown): v is { n: number[] } => typeof v === 'object' && v !== null && Array.isArray((v as { n?: unknown }).n);
const DAY = 24 * 60 * 60 * 1000;

describe('packKept', () => {
  it('gives back what it packed, values JSON would lose included, and nothing for damaged bytes', () => {
    const value = { n: [1, Number.NaN, -0, Number.POSITIVE_INFINITY], bytes: new Uint8Array([1, 2, 3]), u: undefined };
    const bytes = packKept(value);
    expect(unpackKept(bytes)).toStrictEqual(value);
    const damaged = Uint8Array.from(bytes);
    const at = Math.floor(damaged.length / 2);
    damaged[at] = (damaged[at] ?? 0) ^ 0xff;
    expect(unpackKept(damaged)).toBeUndefined();
    expect(unpackKept(bytes.subarray(0, bytes.length - 3))).toBeUndefined();
  });
});

describe('throughKept', () => {
  it('makes a result once, then reads it back; a damaged or misshapen one is made again and kept anew', () => {
    const kept = new MemoryKept();
    let made = 0;
    const make = () => ({ n: [++made] });
    expect(throughKept(kept, 'tree', () => 'k', isNumbers, make)).toStrictEqual({ n: [1] });
    expect(throughKept(kept, 'tree', () => 'k', isNumbers, make)).toStrictEqual({ n: [1] });
    expect(made).toBe(1);
    // Another kind or key is another result.
    expect(throughKept(kept, 'chart', () => 'k', isNumbers, make)).toStrictEqual({ n: [2] });
    expect(throughKept(kept, 'tree', () => 'j', isNumbers, make)).toStrictEqual({ n: [3] });
    kept.entries.set('tree k', new Uint8Array([1, 2, 3]));
    expect(throughKept(kept, 'tree', () => 'k', isNumbers, make)).toStrictEqual({ n: [4] });
    kept.entries.set('tree k', packKept({ m: 1 }));
    expect(throughKept(kept, 'tree', () => 'k', isNumbers, make)).toStrictEqual({ n: [5] });
    expect(unpackKept(kept.entries.get('tree k') as Uint8Array)).toStrictEqual({ n: [5] });
  });

  it('keeps what was made, whatever the caller does with it afterwards', async () => {
    const kept = new MemoryKept();
    const first = await throughKeptAsync(kept, 'chart', () => 'k', isNumbers, () => Promise.resolve({ n: [1, 2] }));
    first.n.push(3);
    expect(await throughKeptAsync(kept, 'chart', () => 'k', isNumbers, () => expect.unreachable('made again'))).toStrictEqual({ n: [1, 2] });
  });

  it('makes every result without kept results, and asks for no key', () => {
    let made = 0;
    const key = () => expect.unreachable('no key without kept results');
    expect(throughKept(undefined, 'tree', key, isNumbers, () => ({ n: [++made] }))).toStrictEqual({ n: [1] });
    expect(throughKept(undefined, 'tree', key, isNumbers, () => ({ n: [++made] }))).toStrictEqual({ n: [2] });
  });
});

describe('KeptFiles', () => {
  it('reads back what it wrote, in a file named by the build, the kind and the key, made only for this user', async () => {
    const folder = path.join(await tempDir(), 'kept-0123456789abcdef');
    const kept = new KeptFiles(folder, 'b1');
    expect(kept.read('tree', 'k')).toBeUndefined();
    kept.write('tree', 'k', new Uint8Array([1, 2, 3]));
    expect([...(kept.read('tree', 'k') ?? [])]).toEqual([1, 2, 3]);
    expect(new KeptFiles(folder, 'b2').read('tree', 'k')).toBeUndefined();
    expect(kept.read('chart', 'k')).toBeUndefined();
    expect(kept.read('tree', 'j')).toBeUndefined();
    expect(readdirSync(folder)).toEqual([path.basename(kept.fileOf('tree', 'k'))]);
    expect(path.basename(kept.fileOf('tree', 'k'))).toMatch(/^tree-[0-9a-f]{40}\.bin$/);
    if (process.platform !== 'win32') {
      expect(statSync(folder).mode & 0o777).toBe(0o700);
      expect(statSync(kept.fileOf('tree', 'k')).mode & 0o777).toBe(0o600);
    }
  });

  it('marks a result read as used', async () => {
    const kept = new KeptFiles(path.join(await tempDir(), 'kept-0123456789abcdef'), 'b1');
    kept.write('chart', 'k', new Uint8Array([1]));
    const old = new Date(Date.now() - 20 * DAY);
    utimesSync(kept.fileOf('chart', 'k'), old, old);
    kept.read('chart', 'k');
    expect(Date.now() - statSync(kept.fileOf('chart', 'k')).mtimeMs).toBeLessThan(DAY);
  });

  it('only costs time when its folder cannot be written', async () => {
    const dir = await tempDir();
    writeFileSync(path.join(dir, 'file'), 'x');
    const kept = new KeptFiles(path.join(dir, 'file', 'kept-0123456789abcdef'), 'b1');
    expect(() => kept.write('tree', 'k', new Uint8Array([1]))).not.toThrow();
    expect(kept.read('tree', 'k')).toBeUndefined();
    expect(readdirSync(dir)).toEqual(['file']);
  });
});

describe('projectKeptFolder', () => {
  it('is none when the code runs from its sources, or when the cache is turned off', () => {
    expect(projectKeptFolder('/p', {})).toBeUndefined();
    expect(projectKeptFolder('/p', { MASTERPLAN_NO_CACHE: '1' })).toBeUndefined();
    expect(keptFiles('/p')).toBeUndefined();
    expect(cacheTurnedOff({ MASTERPLAN_NO_CACHE: '1' })).toBe(true);
    expect(cacheTurnedOff({ MASTERPLAN_NO_CACHE: '0' })).toBe(false);
  });

  it("names a project's folder by its path", () => {
    expect(path.basename(keptFolderOf('/c', '/p/one'))).toMatch(/^kept-[0-9a-f]{16}$/);
    expect(keptFolderOf('/c', '/p/one')).not.toBe(keptFolderOf('/c', '/p/two'));
    expect(path.dirname(keptFolderOf('/c', '/p/one'))).toBe(path.resolve('/c'));
  });
});

describe('removeUnusedKept', () => {
  it("removes a project's results unused for two weeks, and the folders of projects not built for a month", async () => {
    const cache = await tempDir();
    const folder = keptFolderOf(cache, '/p/one');
    const kept = new KeptFiles(folder, 'b1');
    for (const key of ['fresh', 'old']) kept.write('tree', key, new Uint8Array([1]));
    const halfWritten = `${kept.fileOf('chart', 'x')}.4242.123456789`;
    writeFileSync(halfWritten, 'x');
    writeFileSync(path.join(folder, 'notes.txt'), 'x');
    const weeksAgo = new Date(Date.now() - 15 * DAY);
    for (const f of [kept.fileOf('tree', 'old'), halfWritten]) utimesSync(f, weeksAgo, weeksAgo);
    const others = ['/p/two', '/p/three'].map((r) => keptFolderOf(cache, r));
    for (const o of others) mkdirSync(o);
    const monthAgo = new Date(Date.now() - 31 * DAY);
    utimesSync(others[0] as string, monthAgo, monthAgo);
    utimesSync(folder, monthAgo, monthAgo);
    mkdirSync(path.join(cache, 'kept-notes'));
    utimesSync(path.join(cache, 'kept-notes'), monthAgo, monthAgo);
    removeUnusedKept(folder);
    expect(readdirSync(folder).sort()).toEqual([path.basename(kept.fileOf('tree', 'fresh')), 'notes.txt'].sort());
    expect(readFileSync(kept.fileOf('tree', 'fresh'))).toHaveLength(1);
    // The project built now is marked as used; another built within the month stays.
    expect(Date.now() - statSync(folder).mtimeMs).toBeLessThan(DAY);
    expect(readdirSync(cache).sort()).toEqual([path.basename(folder), path.basename(others[1] as string), 'kept-notes'].sort());
  });

  it('never throws, with no folder yet', async () => {
    const folder = path.join(await tempDir(), 'kept-0123456789abcdef');
    expect(() => removeUnusedKept(folder)).not.toThrow();
  });
});
