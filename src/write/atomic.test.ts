import { chmodSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { userErrorMessage } from '../cli/format/errors.js';
import { UserError } from '../errors.js';
import { testdir } from '../../test/support/testdir.js';
import { writeAllAtomic, writeAtomic } from './atomic.js';

describe('writeAtomic', () => {
  it('writes a new file and replaces an existing one, leaving no temporary file', async () => {
    const dir = testdir({ 'buku.docx': 'lama' });
    await writeAtomic(join(dir, 'buku.docx'), new Uint8Array([1, 2, 3]));
    await writeAtomic(join(dir, 'baru.txt'), 'teks');
    expect([...readFileSync(join(dir, 'buku.docx'))]).toEqual([1, 2, 3]);
    expect(readFileSync(join(dir, 'baru.txt'), 'utf8')).toBe('teks');
    expect(readdirSync(dir).sort()).toEqual(['baru.txt', 'buku.docx']);
  });

  it('on failure leaves the earlier file untouched and no temporary file, and says what failed', async () => {
    // The target is a non-empty folder: the temporary file is written, the rename over the folder fails.
    const dir = testdir({ 'buku.docx': 'lama', 'folder/isi': 'x' });
    const error = await writeAtomic(join(dir, 'folder'), 'baru').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect(error).toMatchObject({ code: 'write/failed', args: { path: join(dir, 'folder') } });
    expect(userErrorMessage(error as UserError, 'en')).toMatch(/^Cannot write .*folder \(E[A-Z]+\)\.$/);
    expect(readdirSync(dir).sort()).toEqual(['buku.docx', 'folder']);
    expect(readdirSync(join(dir, 'folder'))).toEqual(['isi']);
    expect(readFileSync(join(dir, 'buku.docx'), 'utf8')).toBe('lama');
  });

  it.skipIf(process.platform === 'win32' || process.getuid?.() === 0)('reports a folder it may not write to', async () => {
    const dir = testdir({ 'buku.docx': 'lama' });
    chmodSync(dir, 0o500);
    try {
      const error = await writeAtomic(join(dir, 'buku.docx'), 'baru').catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'write/failed', args: { reason: 'EACCES' } });
      expect(userErrorMessage(error as UserError, 'id')).toMatch(/^Tidak dapat menulis .*\(EACCES\)\.$/);
      expect(readFileSync(join(dir, 'buku.docx'), 'utf8')).toBe('lama');
    } finally {
      chmodSync(dir, 0o700);
    }
  });
});

describe('writeAllAtomic', () => {
  it('replaces every file only when all could be written', async () => {
    const dir = testdir({ 'a.docx': 'lama a', 'b.docx': 'lama b' });
    await writeAllAtomic([{ path: join(dir, 'a.docx'), data: 'baru a' }, { path: join(dir, 'b.docx'), data: 'baru b' }]);
    expect(readFileSync(join(dir, 'a.docx'), 'utf8')).toBe('baru a');
    expect(readFileSync(join(dir, 'b.docx'), 'utf8')).toBe('baru b');
    expect(readdirSync(dir).sort()).toEqual(['a.docx', 'b.docx']);
  });

  it('a file that cannot be written leaves every earlier file untouched and no temporary file', async () => {
    // The second target's folder does not exist, so its temporary file cannot be created.
    const dir = testdir({ 'a.docx': 'lama a' });
    const error = await writeAllAtomic([
      { path: join(dir, 'a.docx'), data: 'baru a' },
      { path: join(dir, 'tidak-ada', 'b.docx'), data: 'baru b' },
    ]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect(readFileSync(join(dir, 'a.docx'), 'utf8')).toBe('lama a');
    expect(readdirSync(dir)).toEqual(['a.docx']);
  });
});
