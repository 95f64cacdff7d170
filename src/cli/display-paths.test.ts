/**
 * Paths in messages use forward slashes on Windows too. Simulated on any system: `node:path` is
 * given the Windows separator, which is all the conversion looks at.
 */
import type * as NodePath from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { UserError } from '../errors.js';
import { LANGS, render } from '../text/index.js';
import { displayPath } from './context.js';
import { userErrorMessage } from './format/errors.js';
import { MESSAGES } from './messages.js';

vi.mock('node:path', async (importOriginal) => {
  const actual = await importOriginal<typeof NodePath>();
  const windows = { ...actual, sep: '\\' };
  return { ...windows, default: windows };
});

describe('paths in messages, on Windows', () => {
  it('are shown with forward slashes', () => {
    expect(displayPath('keluaran\\buku-1-analisis-strategis.docx')).toBe('keluaran/buku-1-analisis-strategis.docx');
    expect(render(MESSAGES.outputLocked, 'en', { file: 'keluaran\\buku-1-analisis-strategis.docx' })).toMatch(/^keluaran\/buku-1-analisis-strategis\.docx cannot be replaced/);
    expect(render(MESSAGES.done, 'id', { time: '1.2 s', out: 'D:\\kota\\keluaran' })).toBe('Selesai dalam 1.2 s → D:/kota/keluaran');
    expect(userErrorMessage(new UserError('write/failed', { path: 'C:\\Users\\tim\\kota\\keluaran\\masterplan.xlsx', reason: 'ENOSPC' }), 'en')).toBe(
      'Cannot write C:/Users/tim/kota/keluaran/masterplan.xlsx (ENOSPC).',
    );
    expect(userErrorMessage(new UserError('import/would-overwrite', { files: ['data\\opd\\a.yaml'], backupDir: '.masterplan\\backup' }), 'en')).toContain('  data/opd/a.yaml\n');
  });

  it('in every CLI message and every error that names a path', () => {
    const win = { path: 'a\\b.yaml', dir: 'c\\d', file: 'e\\f.docx', files: ['g\\h.yaml'], out: 'i\\j', backup: 'k\\l', backupDir: 'm\\n' };
    const args = { ...win, ms: 12, updated: true, count: 3, stage: 2, time: '1 s', pinned: 'masterplan@0.1.0', lines: ['keluaran/'], fields: ['sdm.asn'], list: 'aplikasi', action: 'removed', label: 'Portal' };
    for (const [name, text] of Object.entries(MESSAGES)) {
      for (const lang of LANGS) expect(render(text as never, lang, args as never), name).not.toContain('\\');
    }
    for (const code of ['write/failed', 'write/locked', 'new/exists', 'project/not-a-project', 'init/not-empty', 'validate/write-failed'] as const) {
      const e = new (UserError as new (code: string, args: unknown) => UserError)(code, { ...win, reason: 'EBUSY', detail: 'x' });
      for (const lang of LANGS) expect(userErrorMessage(e, lang), code).not.toContain('\\');
    }
  });

  it('leave other arguments as they are', () => {
    expect(userErrorMessage(new UserError('option/invalid', { option: '--format', value: 'a\\b' }), 'en')).toBe('--format: "a\\b"');
  });
});
