import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cacheFolder, compileLibrary } from './compile-cache.js';

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'masterplan-cc-test-'));

/** A small CommonJS library, named as the bundle names them (group-hash.cjs). */
function library(dir: string, name = 'sample-0123abcd.cjs'): string {
  const file = path.join(dir, name);
  writeFileSync(file, "const path = require('node:path');\nexports.twice = (x) => x * 2;\nexports.base = path.basename(__filename);\nmodule.exports.self = module.exports === exports;\n");
  return file;
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('compileLibrary', () => {
  it('runs a CommonJS file as require does: exports, require, __filename', () => {
    const file = library(tmp());
    const lib = compileLibrary(file, undefined).exports as { twice: (x: number) => number; base: string; self: boolean };
    expect([lib.twice(21), lib.base, lib.self]).toEqual([42, 'sample-0123abcd.cjs', true]);
  });

  it('writes the compiled code once, and a second load takes it from the cache', () => {
    const dir = tmp();
    const cache = path.join(dir, 'cache');
    mkdirSync(cache);
    const file = library(dir);
    const first = compileLibrary(file, cache);
    expect(first.fromCache).toBe(false);
    first.save();
    const written = readdirSync(cache);
    expect(written).toEqual([`sample-0123abcd.cjs.${process.version}.${process.arch}.bin`]);
    const second = compileLibrary(file, cache);
    expect(second.fromCache).toBe(true);
    expect((second.exports as { twice: (x: number) => number }).twice(4)).toBe(8);
  });

  it('runs the file anyway when the cache is broken, and replaces the broken cache', () => {
    const dir = tmp();
    const file = library(dir);
    const cached = path.join(dir, `sample-0123abcd.cjs.${process.version}.${process.arch}.bin`);
    writeFileSync(cached, 'not compiled code');
    const lib = compileLibrary(file, dir);
    expect(lib.fromCache).toBe(false);
    expect((lib.exports as { twice: (x: number) => number }).twice(5)).toBe(10);
    lib.save();
    expect(readFileSync(cached).toString()).not.toBe('not compiled code');
    expect(compileLibrary(file, dir).fromCache).toBe(true);
  });

  it("removes the caches of the library's earlier builds when it saves", () => {
    const dir = tmp();
    const runtime = `${process.version}.${process.arch}.bin`;
    writeFileSync(path.join(dir, `sample-99999999.cjs.${runtime}`), 'old');
    writeFileSync(path.join(dir, `other-99999999.cjs.${runtime}`), 'another library');
    compileLibrary(library(dir), dir).save();
    expect(readdirSync(dir).filter((f) => f.endsWith('.bin')).sort()).toEqual([`other-99999999.cjs.${runtime}`, `sample-0123abcd.cjs.${runtime}`]);
  });
});

describe('cacheFolder', () => {
  it('is a folder of the temporary folder that only this user can write', () => {
    const dir = tmp();
    vi.stubEnv('TMPDIR', dir);
    const folder = cacheFolder({});
    expect(folder?.startsWith(dir)).toBe(true);
    expect(statSync(folder as string).mode & 0o077).toBe(0);
  });

  it.skipIf(process.platform === 'win32')('is none when NODE_DISABLE_COMPILE_CACHE is set, or when others can write the folder', () => {
    expect(cacheFolder({ NODE_DISABLE_COMPILE_CACHE: '1' })).toBeUndefined();
    const dir = tmp();
    vi.stubEnv('TMPDIR', dir);
    const folder = cacheFolder({}) as string;
    chmodSync(folder, 0o777);
    expect(cacheFolder({})).toBeUndefined();
  });
});

describe('a cache that cannot be written', () => {
  it('costs nothing but time: saving into a folder that has gone does not fail, and writes nothing', () => {
    const dir = tmp();
    const cache = path.join(dir, 'cache');
    mkdirSync(cache);
    const lib = compileLibrary(library(dir), cache);
    rmSync(cache, { recursive: true });
    expect(() => lib.save()).not.toThrow();
    expect(readdirSync(dir)).toEqual(['sample-0123abcd.cjs']);
  });
});
