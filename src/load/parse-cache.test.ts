/**
 * The parse cache gives back exactly what the parse gave (the YAML data and Markdown trees of the
 * example, and values JSON could not carry), never an old result for a changed text, and nothing
 * from a file of another build or a broken one; what it keeps is what was used.
 */
import { readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE, tempDir } from '../../test/support/project.js';
import { parseAuthoredMarkdown } from './markdown.js';
import { loadNaskah } from './naskah.js';
import { cacheFileOf, cacheTurnedOff, ParseCache, projectParseCache, readParseCache, removeUnusedCaches, saveParseCache } from './parse-cache.js';
import { cleanYamlData, readKnownQuickFile } from './quick-file.js';

function filesOf(dir: string, ext: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(ext) && !f.includes('.masterplan'))
    .map((f) => path.join(dir, f));
}

describe('ParseCache', () => {
  it("gives back the example's YAML data and Markdown trees as the parse gave them, after a round trip through its file", () => {
    const yaml = filesOf(EXAMPLE, '.yaml').map((f) => readFileSync(f, 'utf8'));
    const markdown = filesOf(path.join(EXAMPLE, 'naskah'), '.md').map((f) => readFileSync(f, 'utf8'));
    expect(yaml.length).toBeGreaterThan(50);
    expect(markdown.length).toBeGreaterThan(5);
    const cold = new ParseCache();
    for (const text of yaml) expect(cold.through('yaml', text, () => cleanYamlData(text))).toBeDefined();
    for (const text of markdown) cold.put('markdown', text, parseAuthoredMarkdown(text));
    const warm = ParseCache.fromBytes(cold.toBytes('b1'), 'b1');
    for (const text of yaml) {
      const parse = (): Record<string, unknown> | undefined => expect.unreachable('parsed again');
      expect(warm.through('yaml', text, parse)).toStrictEqual(cleanYamlData(text));
    }
    for (const text of markdown) expect(warm.get('markdown', text)).toStrictEqual(parseAuthoredMarkdown(text));
  });

  it('keeps what JSON would lose: NaN, infinities, -0, key order, undefined', () => {
    const text = 'a: .nan\nb: -.inf\nc: -0.0\n"2": dua\n"1": satu\n';
    const fresh = cleanYamlData(text);
    const cache = new ParseCache();
    cache.through('yaml', text, () => fresh);
    const back = ParseCache.fromBytes(cache.toBytes('b'), 'b').get('yaml', text) as Record<string, unknown> | undefined;
    expect(back).toStrictEqual(fresh);
    expect(Object.keys(back ?? {})).toEqual(Object.keys(fresh ?? {}));
    expect(Object.is(back?.c, -0)).toBe(true);
    cache.put('markdown', 'x', { a: undefined, b: [1, undefined] });
    expect(cache.get('markdown', 'x')).toStrictEqual({ a: undefined, b: [1, undefined] });
  });

  it('never gives a result for another text, nor for the same text parsed as the other kind', () => {
    const cache = new ParseCache();
    cache.through('yaml', 'a: 1\n', () => ({ a: 1 }));
    expect(cache.get('yaml', 'a: 2\n')).toBeUndefined();
    expect(cache.get('yaml', 'a: 1')).toBeUndefined();
    expect(cache.get('markdown', 'a: 1\n')).toBeUndefined();
    expect(cache.get('yaml', 'a: 1\n')).toStrictEqual({ a: 1 });
  });

  it('keeps no result the parse did not give (a file that needs the full parse), and parses it every time', () => {
    const cache = new ParseCache();
    let parses = 0;
    const parse = (): Record<string, unknown> | undefined => {
      parses++;
      return undefined;
    };
    for (let i = 0; i < 2; i++) expect(cache.through('yaml', 'a: [', parse)).toBeUndefined();
    expect(parses).toBe(2);
    expect(cache.keysOf('yaml').length).toBe(0);
    expect(cache.changed).toBe(false);
  });

  it('hands out copies: what a caller does with a result does not reach the cache', () => {
    const cache = new ParseCache();
    const first = cache.through('yaml', 'a: [1]\n', () => ({ a: [1] })) as { a: number[] };
    first.a.push(2);
    expect(cache.get('yaml', 'a: [1]\n')).toStrictEqual({ a: [1] });
  });

  it('ignores a file of another build, a broken file and entries of the wrong kind', () => {
    const cache = new ParseCache();
    cache.put('yaml', 'a: 1\n', { a: 1 });
    const bytes = cache.toBytes('b1');
    expect(ParseCache.fromBytes(bytes, 'b1').get('yaml', 'a: 1\n')).toStrictEqual({ a: 1 });
    expect(ParseCache.fromBytes(bytes, 'b2').get('yaml', 'a: 1\n')).toBeUndefined();
    expect(ParseCache.fromBytes(bytes.subarray(0, bytes.length - 3), 'b1').get('yaml', 'a: 1\n')).toBeUndefined();
    expect(ParseCache.fromBytes(new TextEncoder().encode('not a cache'), 'b1').keysOf('yaml').length).toBe(0);
  });

  it('writes back only what was used or made, and only when that changes the file', () => {
    const cache = new ParseCache();
    for (let i = 0; i < 8; i++) cache.put('yaml', `a: ${String(i)}\n`, { a: i });
    expect(cache.changed).toBe(true);
    // All eight used: nothing to write.
    const all = ParseCache.fromBytes(cache.toBytes('b'), 'b');
    for (let i = 0; i < 8; i++) all.get('yaml', `a: ${String(i)}\n`);
    expect(all.changed).toBe(false);
    // One unused (a file that changed): still kept as it is.
    const most = ParseCache.fromBytes(cache.toBytes('b'), 'b');
    for (let i = 0; i < 7; i++) most.get('yaml', `a: ${String(i)}\n`);
    expect(most.changed).toBe(false);
    // Three of eight unused: written again without them.
    const some = ParseCache.fromBytes(cache.toBytes('b'), 'b');
    for (let i = 0; i < 5; i++) some.get('yaml', `a: ${String(i)}\n`);
    expect(some.changed).toBe(true);
    const pruned = ParseCache.fromBytes(some.toBytes('b'), 'b');
    expect(pruned.keysOf('yaml').length).toBe(5);
    expect(pruned.get('yaml', 'a: 6\n')).toBeUndefined();
  });

  it('tells a worker thread which texts it holds, and gives their data by key', async () => {
    const dir = await tempDir();
    writeFileSync(path.join(dir, 'known.yaml'), 'a: 1\n');
    writeFileSync(path.join(dir, 'new.yaml'), 'b: 2\n');
    writeFileSync(path.join(dir, 'broken.yaml'), 'c: [\n');
    const main = ParseCache.fromBytes((() => {
      const c = new ParseCache();
      c.put('yaml', 'a: 1\n', { a: 1 });
      c.put('yaml', 'gone: 1\n', { gone: 1 });
      c.put('markdown', '# x\n', { type: 'root', children: [] });
      return c.toBytes('b');
    })(), 'b');
    const keys = main.keysOf('yaml');
    expect(keys.sort()).toEqual([ParseCache.keyOf('yaml', 'a: 1\n'), ParseCache.keyOf('yaml', 'gone: 1\n')].sort());
    const known = new Set(keys);
    // Known: read, not parsed, and its key given; new: parsed, and its data sent serialised.
    const a = readKnownQuickFile(path.join(dir, 'known.yaml'), known);
    expect(a).toStrictEqual({ file: { text: 'a: 1\n' }, known: ParseCache.keyOf('yaml', 'a: 1\n') });
    const b = readKnownQuickFile(path.join(dir, 'new.yaml'), known);
    expect(b.file).toStrictEqual({ text: 'b: 2\n', data: { b: 2 } });
    expect(b.made?.[0]).toBe(ParseCache.keyOf('yaml', 'b: 2\n'));
    // A file the full parse must read is neither.
    expect(readKnownQuickFile(path.join(dir, 'broken.yaml'), known)).toStrictEqual({ file: { text: 'c: [\n' } });
    expect(readKnownQuickFile(path.join(dir, 'none.yaml'), known).file).toHaveProperty('problem');
    expect(main.value(a.known as string)).toStrictEqual({ a: 1 });
    main.keep(...(b.made as [string, Uint8Array]));
    expect(main.get('yaml', 'b: 2\n')).toStrictEqual({ b: 2 });
    // What was used or made is kept; the unused entry goes.
    main.get('markdown', '# x\n');
    const saved = ParseCache.fromBytes(main.toBytes('b'), 'b');
    expect(saved.keysOf('yaml').sort()).toEqual([ParseCache.keyOf('yaml', 'a: 1\n'), ParseCache.keyOf('yaml', 'b: 2\n')].sort());
  });
});

describe('the cache file', () => {
  it('is written for this user alone, read back, and left alone when nothing changed', async () => {
    const dir = await tempDir();
    const file = cacheFileOf(dir, '/a/project');
    expect(path.dirname(file)).toBe(dir);
    expect(cacheFileOf(dir, '/another/project')).not.toBe(file);
    const cache = new ParseCache();
    cache.put('yaml', 'a: 1\n', { a: 1 });
    saveParseCache(cache, file, 'b');
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o077).toBe(0);
    const read = readParseCache(file, 'b');
    expect(read.get('yaml', 'a: 1\n')).toStrictEqual({ a: 1 });
    const before = statSync(file).mtimeMs;
    writeFileSync(file, readFileSync(file));
    const rewritten = statSync(file).mtimeMs;
    saveParseCache(read, file, 'b');
    expect(statSync(file).mtimeMs).toBe(rewritten);
    expect(rewritten).toBeGreaterThanOrEqual(before);
    expect(readParseCache(path.join(dir, 'none.bin'), 'b').keysOf('yaml').length).toBe(0);
  });

  it('costs nothing but time when it cannot be written: no error, nothing left behind', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'masterplan-parse-cache-'));
    const cache = new ParseCache();
    cache.put('yaml', 'a: 1\n', { a: 1 });
    expect(() => saveParseCache(cache, path.join(dir, 'gone', 'parse.bin'), 'b')).not.toThrow();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('is turned off by MASTERPLAN_NO_CACHE, and there is none when the code runs from its sources', () => {
    expect(cacheTurnedOff({ MASTERPLAN_NO_CACHE: '1' })).toBe(true);
    expect(cacheTurnedOff({ MASTERPLAN_NO_CACHE: 'ya' })).toBe(true);
    expect(cacheTurnedOff({ MASTERPLAN_NO_CACHE: '0' })).toBe(false);
    expect(cacheTurnedOff({ MASTERPLAN_NO_CACHE: '' })).toBe(false);
    expect(cacheTurnedOff({})).toBe(false);
    // The tests run the sources: the build's key is missing, so nothing is cached behind their back.
    expect(projectParseCache(EXAMPLE, {})).toBeUndefined();
  });
});

describe('loadNaskah with a cache', () => {
  /** What a load gives, without the functions that find positions (each load makes its own). */
  const view = (loaded: Awaited<ReturnType<typeof loadNaskah>>): unknown => ({
    diagnostics: loaded.diagnostics,
    sources: loaded.sources.map((s) => ({ ...s, file: { path: s.file.path, text: s.file.text, data: s.file.data } })),
  });

  it('loads the same authored text from the cache as from the parse', async () => {
    const fresh = view(await loadNaskah(EXAMPLE));
    const cold = new ParseCache();
    const first = await loadNaskah(EXAMPLE, cold);
    expect(view(first)).toStrictEqual(fresh);
    expect(cold.keysOf('markdown').length).toBe(first.sources.filter((s) => s.tree !== undefined).length);
    const warm = ParseCache.fromBytes(cold.toBytes('b'), 'b');
    expect(view(await loadNaskah(EXAMPLE, warm))).toStrictEqual(fresh);
    expect(warm.changed).toBe(false);
  });
});

describe('removeUnusedCaches', () => {
  it("removes the cache files of projects not run for a month, and nothing else", async () => {
    const dir = await tempDir();
    const names = ['parse-0123456789abcdef.bin', 'parse-fedcba9876543210.bin', 'zod-0123.cjs.v20.x64.bin', 'parse-notes.txt', 'parse-fedcba9876543210.bin.4242.123456789'];
    for (const n of names) writeFileSync(path.join(dir, n), 'x');
    const old = new Date(Date.now() - 31 * 24 * 60 * 60 * 1000);
    for (const n of names.slice(1)) utimesSync(path.join(dir, n), old, old);
    removeUnusedCaches(dir);
    expect(readdirSync(dir).sort()).toEqual([names[0], names[3], names[2]].sort());
    expect(() => removeUnusedCaches(path.join(dir, 'gone'))).not.toThrow();
  });

  it('is kept from it by a run that changed nothing: an old file is touched', async () => {
    const dir = await tempDir();
    const file = cacheFileOf(dir, '/a/project');
    const cache = new ParseCache();
    cache.put('yaml', 'a: 1\n', { a: 1 });
    expect(saveParseCache(cache, file, 'b')).toBe(true);
    const old = new Date(Date.now() - 10 * 24 * 60 * 60 * 1000);
    utimesSync(file, old, old);
    const read = readParseCache(file, 'b');
    read.get('yaml', 'a: 1\n');
    expect(saveParseCache(read, file, 'b')).toBe(false);
    expect(Date.now() - statSync(file).mtimeMs).toBeLessThan(24 * 60 * 60 * 1000);
  });
});
