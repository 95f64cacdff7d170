import { chmodSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../errors.js';
import { testdir } from '../../test/support/testdir.js';
import { writeAtomic } from './atomic.js';

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
    const error = await writeAtomic(join(dir, 'folder'), 'baru', { lang: 'en' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(/^Cannot write .*folder \(E[A-Z]+\)\.$/);
    expect(readdirSync(dir).sort()).toEqual(['buku.docx', 'folder']);
    expect(readdirSync(join(dir, 'folder'))).toEqual(['isi']);
    expect(readFileSync(join(dir, 'buku.docx'), 'utf8')).toBe('lama');
  });

  it.skipIf(process.platform === 'win32' || process.getuid?.() === 0)('reports a folder it may not write to', async () => {
    const dir = testdir({ 'buku.docx': 'lama' });
    chmodSync(dir, 0o500);
    try {
      const error = await writeAtomic(join(dir, 'buku.docx'), 'baru').catch((e: unknown) => e);
      expect((error as Error).message).toMatch(/^Tidak dapat menulis .*\(EACCES\)\.$/);
      expect(readFileSync(join(dir, 'buku.docx'), 'utf8')).toBe('lama');
    } finally {
      chmodSync(dir, 0o700);
    }
  });
});
