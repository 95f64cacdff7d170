/**
 * The parse pool gives, for every file, exactly what reading it on this thread gives, in the same
 * order, whichever thread read it, and falls back to this thread when a worker cannot run. The
 * worker runs from the built program (dist/, which `npm test` builds first).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EXAMPLE, REPO_ROOT, tempDir } from '../../test/support/project.js';
import { ParseCache } from './parse-cache.js';
import { readQuickFiles } from './parse-pool.js';
import { readQuickFile, type QuickFile } from './quick-file.js';

const BUILT_WORKER = pathToFileURL(path.join(REPO_ROOT, 'dist/load/parse-worker.js'));

/** Texts that take every way through a file: clean data of every scalar kind, files `yaml` must read, and files that cannot be read. */
const EDGE_CASES: Record<string, string | Uint8Array> = {
  'numbers.yaml': 'a: .nan\nb: -.inf\nc: .inf\nd: -0\ne: 0x1F\nf: 0o17\ng: 1e3\nh: -0.0\ni: 12345678901234567890\n',
  'keys.yaml': '"2": dua\n"1": satu\nz: akhir\n"10": sepuluh\na: [ ]\nb: { }\nc: ~\nd: \n',
  'nested.yaml': 'a:\n  - b:\n      c: [ ]\n    d: |\n      baris\n      kedua\n  - >-\n    lipat\n    teks\ne: "kutip \\u00e9 \\t"\nf: \'it\'\'s\'\n',
  'unicode.yaml': '\ufeffnama: Dinas Pekerjaan Umum dan Penataan Ruang — 😀 é\u00a0\n',
  'flow.yaml': 'a: {b: 1, c: [1, 2]}\n',
  'flow-nested.yaml': 'a: {b: 1, c: [1, {d: 2}]}\n',
  'anchor.yaml': 'a: &x 1\nb: *x\n',
  'control.yaml': 'a: b\u0001c\n',
  'duplicate.yaml': 'a: 1\na: 2\n',
  'syntax.yaml': 'a: [unclosed\n',
  'deep.yaml': `${'['.repeat(120)}${']'.repeat(120)}\n`,
  'list.yaml': '- a\n- b\n',
  'empty.yaml': '# komentar saja\n\n',
  'binary.yaml': new Uint8Array([0x61, 0x3a, 0x00, 0x01]),
  'latin1.yaml': new Uint8Array([0x61, 0x3a, 0x20, 0xe9, 0x0a]),
};

/** A folder of the example's YAML files and the edge cases, a few hundred files in all, and their paths in a mixed order. */
async function manyFiles(): Promise<string[]> {
  const dir = await tempDir();
  const paths: string[] = [];
  const example = (await readdir(EXAMPLE, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile() && e.name.endsWith('.yaml') && !e.parentPath.includes('.masterplan'))
    .map((e) => path.join(e.parentPath, e.name));
  expect(example.length).toBeGreaterThan(50);
  for (let copy = 0; copy < 4; copy++) {
    for (const [i, file] of example.entries()) {
      const to = path.join(dir, `contoh-${copy}-${i}.yaml`);
      await writeFile(to, await readFile(file));
      paths.push(to);
    }
    for (const [name, content] of Object.entries(EDGE_CASES)) {
      const to = path.join(dir, `${copy}-${name}`);
      await writeFile(to, content);
      paths.push(to);
    }
    paths.push(path.join(dir, `${copy}-tidak-ada.yaml`), dir);
  }
  if (process.platform !== 'win32') {
    execFileSync('mkfifo', [path.join(dir, 'pipa.yaml')]);
    paths.push(path.join(dir, 'pipa.yaml'));
  }
  return paths;
}

/** The outcomes written out in full: equal only with the same values and types, in the same key order, -0 and NaN included. */
function bytes(value: unknown): string {
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(bytes).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const proto = Object.getPrototypeOf(value) === Object.prototype ? '' : '!';
    return `${proto}{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}:${bytes(v)}`).join(',')}}`;
  }
  return String(value);
}

describe('readQuickFiles', () => {
  it('gives from worker threads what each file gives on this thread, in the order of the paths', async () => {
    expect(existsSync(BUILT_WORKER), 'dist/ is built').toBe(true);
    const paths = await manyFiles();
    const here = paths.map((p) => readQuickFile(p));
    // Every kind of outcome is among them: clean data, text for `yaml`, problems.
    expect(here.filter((f) => 'data' in f).length).toBeGreaterThan(200);
    expect(here.filter((f) => 'text' in f && !('data' in f)).length).toBeGreaterThanOrEqual(4 * 7);
    expect(new Set(here.flatMap((f) => ('problem' in f ? [f.problem.kind] : [])))).toEqual(new Set(['empty', 'binary', 'encoding', 'read-failed', 'not-a-file']));

    const onlyWorkers = await readQuickFiles(paths, { workers: 2, workerUrl: BUILT_WORKER, mainThread: false });
    expect(onlyWorkers.byWorkers).toBe(paths.length);
    expect(bytes(onlyWorkers.files)).toEqual(bytes(here));
    expect(onlyWorkers.files).toStrictEqual(here);

    const shared = await readQuickFiles(paths, { workers: 1, workerUrl: BUILT_WORKER });
    expect(bytes(shared.files)).toEqual(bytes(here));
  });

  it('gives the same through a parse cache, on every thread, cold and warm, and keeps what each clean file gave', async () => {
    const paths = await manyFiles();
    const here = paths.map((p) => readQuickFile(p));
    const clean = new Set(here.flatMap((f) => ('data' in f ? [ParseCache.keyOf('yaml', f.text)] : [])));
    for (const options of [{ workers: 2, workerUrl: BUILT_WORKER, mainThread: false }, { workers: 1, workerUrl: BUILT_WORKER }, { workers: 0 }]) {
      const cold = new ParseCache();
      const first = await readQuickFiles(paths, { ...options, cache: cold });
      expect(bytes(first.files)).toEqual(bytes(here));
      // Each clean file's data is kept, whichever thread read it; nothing is kept for the others.
      expect(new Set(cold.keysOf('yaml'))).toEqual(clean);
      expect(cold.changed).toBe(true);
      const warm = ParseCache.fromBytes(cold.toBytes('b'), 'b');
      const second = await readQuickFiles(paths, { ...options, cache: warm });
      expect(bytes(second.files)).toEqual(bytes(here));
      expect(second.files).toStrictEqual(here);
      // Everything came from the cache and was used: a save would change nothing.
      expect(warm.changed).toBe(false);
    }
  });

  it('reads every file on this thread when the worker cannot start or fails', async () => {
    const paths = await manyFiles();
    const here = bytes(paths.map((p) => readQuickFile(p)));
    const missing = await readQuickFiles(paths, { workers: 1, workerUrl: pathToFileURL(path.join(path.dirname(paths[0] as string), 'no-worker.js')) });
    expect(missing.byWorkers).toBe(0);
    expect(bytes(missing.files)).toEqual(here);

    const failing = path.join(path.dirname(paths[0] as string), 'failing-worker.mjs');
    await writeFile(failing, "throw new Error('worker fails');\n");
    const failed = await readQuickFiles(paths, { workers: 2, workerUrl: pathToFileURL(failing), mainThread: false });
    expect(failed.byWorkers).toBe(0);
    expect(bytes(failed.files)).toEqual(here);
  });

  it('reads a handful of files on this thread alone', async () => {
    const paths = (await manyFiles()).slice(0, 40);
    const read = await readQuickFiles(paths, { workerUrl: BUILT_WORKER });
    expect(read.byWorkers).toBe(0);
    expect(bytes(read.files)).toEqual(bytes(paths.map((p) => readQuickFile(p))));
  });

  it('hands over every file once, as soon as it is here, with what reading it gave', async () => {
    const paths = await manyFiles();
    const here = bytes(paths.map((p) => readQuickFile(p)));
    for (const options of [{ workers: 1, workerUrl: BUILT_WORKER }, { workers: 2, workerUrl: BUILT_WORKER, mainThread: false }, { workers: 0 }]) {
      const handed = new Map<number, QuickFile>();
      const read = await readQuickFiles(paths, {
        ...options,
        onFile: (i, file) => {
          expect(handed.has(i)).toBe(false);
          handed.set(i, file);
        },
      });
      expect(handed.size).toBe(paths.length);
      expect(bytes(paths.map((_, i) => handed.get(i)))).toEqual(here);
      expect(bytes(read.files)).toEqual(here);
    }
  });

  it('takes no file on this thread before its first work is done, and passes on what the handler throws', async () => {
    const paths = (await manyFiles()).slice(0, 40);
    let firstDone = false;
    const first = new Promise<void>((resolve) => setTimeout(() => {
      firstDone = true;
      resolve();
    }, 20));
    const seen: boolean[] = [];
    await readQuickFiles(paths, { workers: 0, first, onFile: () => seen.push(firstDone) });
    expect(seen).toHaveLength(paths.length);
    expect(seen.every((done) => done)).toBe(true);

    const all = await manyFiles();
    for (const options of [{ workers: 0 }, { workers: 1, workerUrl: BUILT_WORKER }]) {
      await expect(readQuickFiles(all, {
        ...options,
        onFile: (i) => {
          if (i === all.length - 3) throw new Error('handler fails');
        },
      })).rejects.toThrow('handler fails');
    }
  });
});
