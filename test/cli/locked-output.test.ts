/**
 * A book that is open in Word cannot be replaced on Windows: the rename over it fails with EBUSY or
 * EPERM. Simulated here by making `rename` fail that way for the files a test marks as open. The
 * build names the file and asks to close it, writes the other outputs, exits 1 and prints no stack.
 */
import type * as NodeFs from 'node:fs/promises';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { userErrorMessage } from '../../src/cli/format/errors.js';
import { UserError } from '../../src/errors.js';
import { writeAllAtomic, writeAtomic } from '../../src/write/atomic.js';
import { runCli } from '../support/memory-env.js';
import { editFile, minimalProject, tempDir, writeFiles } from '../support/project.js';

/** The base names of the files "open in another program", and the error Windows gives for them. */
const open = vi.hoisted(() => ({ files: new Set<string>(), code: 'EBUSY' }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof NodeFs>();
  const rename: typeof actual.rename = async (from, to) => {
    const name = path.basename(String(to));
    if (open.files.has(name)) {
      throw Object.assign(new Error(`${open.code}: resource busy or locked, rename '${String(from)}' -> '${String(to)}'`), { code: open.code, syscall: 'rename' });
    }
    return actual.rename(from, to);
  };
  const patched = { ...actual, rename };
  return { ...patched, default: patched };
});

beforeEach(() => {
  open.files.clear();
  open.code = 'EBUSY';
});

const BOOK = 'buku-1-analisis-strategis.docx';
const WORKBOOK = 'masterplan.xlsx';

describe('writing over a file another program holds open', () => {
  it('leaves that file as it was, replaces the others and reports it; a single write says to close it', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'a.docx': 'lama a', 'b.xlsx': 'lama b' });
    open.files.add('a.docx');
    const outcome = await writeAllAtomic([{ path: path.join(dir, 'a.docx'), data: 'baru a' }, { path: path.join(dir, 'b.xlsx'), data: 'baru b' }]);
    expect(outcome.locked).toEqual([path.join(dir, 'a.docx')]);
    expect(await readFile(path.join(dir, 'a.docx'), 'utf8')).toBe('lama a');
    expect(await readFile(path.join(dir, 'b.xlsx'), 'utf8')).toBe('baru b');
    expect((await readdir(dir)).sort()).toEqual(['a.docx', 'b.xlsx']);

    open.code = 'EPERM';
    const error = await writeAtomic(path.join(dir, 'a.docx'), 'baru').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect(error).toMatchObject({ code: 'write/locked', args: { path: path.join(dir, 'a.docx') } });
    expect(userErrorMessage(error as UserError, 'en')).toMatch(/a\.docx is open in another program .* close it and try again\.$/);
    expect((await readdir(dir)).sort()).toEqual(['a.docx', 'b.xlsx']);
  });

  it('another rename failure still stops with write/failed', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'a.docx': 'lama a' });
    open.files.add('a.docx');
    open.code = 'EIO';
    const error = await writeAllAtomic([{ path: path.join(dir, 'a.docx'), data: 'baru' }]).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'write/failed', args: { reason: 'EIO' } });
    expect(await readdir(dir)).toEqual(['a.docx']);
  });
});

describe('masterplan build with a book open in Word', () => {
  it.each(['EBUSY', 'EPERM'])('(%s) names the book, asks to close it, writes the workbook, exits 1 without a stack trace', async (code) => {
    const dir = await minimalProject();
    const args = ['build', '.', '--book', '1', '--format', 'docx,xlsx', '--draft', '--lang', 'en'];
    expect((await runCli(args, { cwd: dir })).code).toBe(0);
    const out = path.join(dir, 'keluaran');
    const before = { book: await readFile(path.join(out, BOOK)), workbook: await readFile(path.join(out, WORKBOOK)) };

    // New data changes both outputs; the book is open in Word meanwhile.
    await editFile(dir, 'masterplan.yaml', 'nama: Kota Uji', 'nama: Kota Uji Baru');
    open.files.add(BOOK);
    open.code = code;
    const res = await runCli(args, { cwd: dir });
    expect(res.code).toBe(1);
    expect(res.stderr).toContain(`masterplan: keluaran/${BOOK} cannot be replaced because it is open in another program (Word, for example). Close it and run the build again; the other files were written.`);
    expect(res.stderr).not.toMatch(/^\s+at /m);
    expect(res.stderr).not.toMatch(/Error|EBUSY|EPERM/);
    expect((await readFile(path.join(out, BOOK))).equals(before.book)).toBe(true);
    expect((await readFile(path.join(out, WORKBOOK))).equals(before.workbook)).toBe(false);
    expect((await readdir(out)).sort()).toEqual([BOOK, WORKBOOK]);

    // Closed, the next build replaces it.
    open.files.clear();
    expect((await runCli(args, { cwd: dir })).code).toBe(0);
    expect((await readFile(path.join(out, BOOK))).equals(before.book)).toBe(false);
  });

  it('says it in Indonesian too, with the path relative to where it runs', async () => {
    const dir = await minimalProject();
    open.files.add(WORKBOOK);
    const res = await runCli(['build', dir, '--book', '1', '--format', 'docx,xlsx', '--draft'], { cwd: path.dirname(dir) });
    expect(res.code).toBe(1);
    expect(res.stderr).toContain(`masterplan: ${path.basename(dir)}/keluaran/${WORKBOOK} tidak dapat diganti karena sedang dibuka di program lain (misalnya Word).`);
    expect((await readdir(path.join(dir, 'keluaran'))).sort()).toEqual([BOOK]);
  });
});
