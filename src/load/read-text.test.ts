/** Reading an input file: what is not a regular UTF-8 text file is refused, and reading never waits. */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText, openRegularFile, readText, readTextSync, type ReadResult } from './read-text.js';

const folder = () => mkdtemp(path.join(tmpdir(), 'read-text-'));

/** The problem, or the text, as the asynchronous and the synchronous readers both give it. */
async function readBoth(file: string, limit?: number): Promise<ReadResult> {
  const sync = readTextSync(file, limit);
  expect(await readText(file, limit)).toEqual(sync);
  return sync;
}

describe('readText', () => {
  it('reads a file as text, without a UTF-8 byte-order mark, and the same text twice in a row', async () => {
    const dir = await folder();
    await writeFile(path.join(dir, 'a.yaml'), '\ufeffnama: Dinas Sosial\n');
    await writeFile(path.join(dir, 'b.yaml'), 'x: 1\n');
    expect(await readBoth(path.join(dir, 'a.yaml'))).toEqual({ ok: true, text: 'nama: Dinas Sosial\n' });
    // A shorter file read after a longer one gives its own bytes alone.
    expect(await readBoth(path.join(dir, 'b.yaml'))).toEqual({ ok: true, text: 'x: 1\n' });
  });

  it('reads a file larger than the buffer kept between reads', async () => {
    const dir = await folder();
    const text = `teks: "${'é'.repeat(300_000)}"\n`;
    await writeFile(path.join(dir, 'big.yaml'), text);
    expect(await readBoth(path.join(dir, 'big.yaml'))).toEqual({ ok: true, text });
    await writeFile(path.join(dir, 'small.yaml'), 'y: 2\n');
    expect(await readBoth(path.join(dir, 'small.yaml'))).toEqual({ ok: true, text: 'y: 2\n' });
  });

  it('refuses a file over the limit by its size, without reading it', async () => {
    const dir = await folder();
    await writeFile(path.join(dir, 'a.yaml'), 'x: 12345\n');
    expect(await readBoth(path.join(dir, 'a.yaml'), 8)).toEqual({ ok: false, problem: { kind: 'too-large', size: 9 } });
    expect(await readBoth(path.join(dir, 'a.yaml'), 9)).toEqual({ ok: true, text: 'x: 12345\n' });
  });

  it('tells a missing file and a path through a file by their error codes', async () => {
    const dir = await folder();
    await writeFile(path.join(dir, 'a.yaml'), 'x: 1\n');
    expect(await readBoth(path.join(dir, 'nope.yaml'))).toEqual({ ok: false, problem: { kind: 'read-failed', reason: 'ENOENT' } });
    expect(await readBoth(path.join(dir, 'a.yaml', 'b.yaml'))).toEqual({ ok: false, problem: { kind: 'read-failed', reason: 'ENOTDIR' } });
  });

  it('refuses a folder, and a link to one', async () => {
    const dir = await folder();
    await mkdir(path.join(dir, 'sub.yaml'));
    await symlink(path.join(dir, 'sub.yaml'), path.join(dir, 'link.yaml'));
    for (const name of ['sub.yaml', 'link.yaml']) {
      expect(await readBoth(path.join(dir, name))).toEqual({ ok: false, problem: { kind: 'not-a-file', type: 'directory' } });
    }
  });

  it.skipIf(process.platform === 'win32')('refuses a named pipe with no writer at once, and a socket that cannot be opened', async () => {
    const dir = await folder();
    execFileSync('mkfifo', [path.join(dir, 'pipe.yaml')]);
    expect(await readBoth(path.join(dir, 'pipe.yaml'))).toEqual({ ok: false, problem: { kind: 'not-a-file', type: 'fifo' } });
    const opened = await openRegularFile(path.join(dir, 'pipe.yaml'));
    expect(opened).toEqual({ ok: false, problem: { kind: 'not-a-file', type: 'fifo' } });
    const server = createServer();
    const socket = path.join(dir, 's.yaml');
    await new Promise<void>((resolve) => server.listen(socket, resolve));
    try {
      expect(await readBoth(socket)).toEqual({ ok: false, problem: { kind: 'not-a-file', type: 'socket' } });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it.skipIf(process.platform === 'win32')('refuses a device', async () => {
    expect(await readBoth('/dev/null')).toEqual({ ok: false, problem: { kind: 'not-a-file', type: 'device' } });
  });
});

/** The blank-file rule as first written: every line (split at line feeds) blank, or only a comment. */
function blankByLines(text: string, hashComments: boolean): boolean {
  const blank = hashComments ? /^\s*(#.*)?$/ : /^\s*$/;
  return text.split('\n').every((line) => blank.test(line));
}

describe('decodeText', () => {
  const CHARS = ['a', '#', ' ', '\t', '\n', '\r', '\r\n', '\u00a0', '\u2028', '\u2029', '\u0085', '\u3000', 'é', ':'];

  it('calls a text empty exactly when every line is blank (or, with hash comments, a comment)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CHARS), { minLength: 1, maxLength: 12 }), fc.boolean(), (chars, hashComments) => {
        const text = chars.join('');
        const result = decodeText(new TextEncoder().encode(text), { hashComments });
        expect(result.ok).toBe(!blankByLines(text, hashComments));
        if (result.ok) expect(result.text).toBe(text);
      }),
      { numRuns: 3000 },
    );
  });

  it('decodes with one decoder after a text that was not UTF-8', () => {
    const bad = decodeText(new Uint8Array([0x61, 0x3a, 0x20, 0xc3, 0x28, 0x0a]));
    expect(bad).toEqual({ ok: false, problem: { kind: 'encoding', encoding: 'not-utf8', offset: 3, line: 1, column: 4 } });
    // A sequence cut off at the end of one text does not carry into the next.
    expect(decodeText(new Uint8Array([0x61, 0x3a, 0x20, 0xe2, 0x82]))).toMatchObject({ ok: false, problem: { kind: 'encoding' } });
    expect(decodeText(new Uint8Array([0xac, 0x0a]))).toMatchObject({ ok: false, problem: { kind: 'encoding', offset: 0 } });
    expect(decodeText(new TextEncoder().encode('\ufeffa: é\n'))).toEqual({ ok: true, text: 'a: é\n' });
  });
});
