/** `build --watch` re-renders a book when a quick win's name changes, and stops cleanly when signalled. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/program.js';
import type { Env } from '../../src/env.js';
import { copyExample, editFile, tempDir } from '../support/project.js';
import { bodyXml, paragraphTexts } from '../support/unzip-docx.js';

describe('build --watch', () => {
  it('sees the new name in the re-rendered book within a few seconds', async () => {
    const dir = await copyExample();
    const out = await tempDir();
    const controller = new AbortController();
    let stderr = '';
    const waiters: Array<{ test: () => boolean; resolve: () => void }> = [];
    const env: Env = {
      cwd: dir,
      vars: {},
      stdoutIsTTY: false,
      stderrIsTTY: false,
      stdout: () => undefined,
      stderr: (t) => {
        stderr += t;
        for (const w of waiters.splice(0)) {
          if (w.test()) w.resolve();
          else waiters.push(w);
        }
      },
      now: () => new Date(),
      signal: controller.signal,
    };
    const until = (test: () => boolean, ms: number) =>
      new Promise<void>((resolve, reject) => {
        if (test()) { resolve(); return; }
        const timer = setTimeout(() => reject(new Error(`timed out; stderr:\n${stderr}`)), ms);
        waiters.push({ test, resolve: () => { clearTimeout(timer); resolve(); } });
      });
    const running = run(['build', dir, '--out', out, '--book', '4', '--format', 'docx', '--watch'], env);
    await until(() => stderr.includes('Memantau perubahan'), 60_000);
    await editFile(dir, 'data/quickwin/e-kelurahan.yaml', /^nama: .*$/m, 'nama: Kelurahan Digital Tegal');
    const started = Date.now();
    await until(() => /Berubah: data\/quickwin\/e-kelurahan\.yaml[\s\S]*Selesai/.test(stderr), 20_000);
    const elapsed = Date.now() - started;
    const text = paragraphTexts(bodyXml(new Uint8Array(await readFile(path.join(out, 'buku-4-profil-quick-win.docx'))))).join('\n');
    expect(text, text.split('\n').filter((l) => l.includes('Kelurahan')).join('\n')).toContain('Kelurahan Digital Tegal');
    expect(elapsed).toBeLessThan(15_000);
    // A change the book does not show (a readiness note is not in Buku IV) does not render it again.
    const before = await readFile(path.join(out, 'buku-4-profil-quick-win.docx'));
    const seen = stderr.length;
    await editFile(dir, 'data/kesiapan.yaml', /catatan: /, 'catatan: Diperbarui. ');
    await until(() => /buku-4-profil-quick-win\.docx\s+tidak berubah[\s\S]*Selesai/.test(stderr.slice(seen)), 20_000);
    expect(Buffer.compare(before, await readFile(path.join(out, 'buku-4-profil-quick-win.docx')))).toBe(0);
    controller.abort();
    expect(await running).toBe(0);
  }, 120_000);
});

describe('validate --watch', () => {
  it('reports a new error after a change, keeps watching, and stops when signalled', async () => {
    const dir = await copyExample();
    const controller = new AbortController();
    let stdout = '';
    let stderr = '';
    const waiters: Array<{ test: () => boolean; resolve: () => void }> = [];
    const wake = () => {
      for (const w of waiters.splice(0)) {
        if (w.test()) w.resolve();
        else waiters.push(w);
      }
    };
    const env: Env = {
      cwd: dir,
      vars: {},
      stdoutIsTTY: false,
      stderrIsTTY: false,
      stdout: (t) => { stdout += t; wake(); },
      stderr: (t) => { stderr += t; wake(); },
      now: () => new Date(),
      signal: controller.signal,
    };
    const until = (test: () => boolean, ms: number) =>
      new Promise<void>((resolve, reject) => {
        if (test()) { resolve(); return; }
        const timer = setTimeout(() => reject(new Error(`timed out; stdout:\n${stdout}\nstderr:\n${stderr}`)), ms);
        waiters.push({ test, resolve: () => { clearTimeout(timer); resolve(); } });
      });
    const running = run(['validate', dir, '--watch'], env);
    await until(() => stderr.includes('Memantau perubahan'), 30_000);
    await editFile(dir, 'data/quickwin/e-kelurahan.yaml', /^opd: .*$/m, 'opd: dinas-tidak-ada');
    await until(() => stdout.includes('ref/unknown'), 15_000);
    await editFile(dir, 'data/quickwin/e-kelurahan.yaml', /^opd: dinas-tidak-ada$/m, 'opd: diskominfo');
    await until(() => (stdout.match(/0 galat/g) ?? []).length >= 2, 15_000);
    controller.abort();
    expect(await running).toBe(0);
  }, 90_000);
});
