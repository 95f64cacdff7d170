/**
 * A seeded mutation fuzzer over the example's YAML files: byte flips, truncation, control
 * characters, deep nesting, huge keys and maps, duplicate keys and lines, bad encodings, tabs and
 * YAML tokens out of place. For every case `validate` (and, when it passes, `score` and `status`)
 * must end within a generous time, without a stack trace or an internal error, with exit 0, 1 or 2
 * and a JSON report that parses; and a file YAML forbids (not UTF-8, or a character outside YAML's
 * printable set) never exits 0.
 *
 * Returned forms are fuzzed lightly the same way (XML parts rewritten, archive bytes flipped).
 *
 * The suite runs a few dozen cases; `MASTERPLAN_FUZZ_CASES=1000` runs more, and
 * `MASTERPLAN_FUZZ_SEED` another sequence.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCli, type CliResult } from '../support/memory-env.js';
import { copyExample, tempDir } from '../support/project.js';
import { rewriteZip } from '../support/xlsx-files.js';

const CASES = Number(process.env['MASTERPLAN_FUZZ_CASES'] ?? 40);
/** Forms are slower to check: a tenth as many. */
const FORM_CASES = Math.max(8, Math.round(CASES / 10));
const SEED = Number(process.env['MASTERPLAN_FUZZ_SEED'] ?? 20261201);
/** Per command: far above what any case takes, far below a hang. */
const LIMIT_MS = 60_000;

/** Characters outside YAML 1.2's printable set (c-printable), written independently of the loader. */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const NOT_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]/u;

/** Whether YAML forbids these bytes as a UTF-8 stream: not UTF-8, or a character it does not allow. */
function forbidden(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return true;
  }
  return NOT_PRINTABLE.test(text);
}

const enc = new TextEncoder();
const bytesOf = (s: string) => enc.encode(s);
const join = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};
/** Offsets of the starts of lines. */
const lineStarts = (b: Uint8Array) => [0, ...[...b.keys()].filter((i) => b[i - 1] === 0x0a)];
const insertAt = (b: Uint8Array, at: number, what: Uint8Array) => join(b.subarray(0, at), what, b.subarray(at));

/** One mutation, as data, so a failing case is printed and replayed. */
type Mutation =
  | { kind: 'flip'; at: number; mask: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'control'; at: number; char: number }
  | { kind: 'deep'; line: number; depth: number; closed: boolean; open: '[' | '{' }
  | { kind: 'huge-key'; length: number }
  | { kind: 'many-keys'; count: number }
  | { kind: 'duplicate-line'; line: number }
  | { kind: 'delete-line'; line: number }
  | { kind: 'encoding'; at: number; bytes: number[] }
  | { kind: 'tab'; line: number }
  | { kind: 'token'; at: number; token: string }
  | { kind: 'alias-bomb'; levels: number };

/** Control characters YAML forbids, and a few it allows, so both sides are exercised. */
const CONTROL = [0x00, 0x01, 0x07, 0x08, 0x0b, 0x0c, 0x1b, 0x1f, 0x7f, 0x80, 0x85, 0x9f, 0xfffe, 0xffff, 0x09, 0x0d, 0xfeff, 0x2028];
const TOKENS = [
  '{', '}', '[', ']', ': ', '- ', ',', '&a ', '*a', '*nope', '!!binary ', '!!int ', '!tag ', '%YAML 1.1\n', '---\n', '...\n', '<<: *a\n',
  '? ', '|', '>', '"', "'", '#', '\\', '@', '`', '1,4 persen', '{ a: 1,4 persen }', 'ekstra:\n', '~', 'null', '.inf', '0x1F', '1e999',
  '99999999999999999999999', '-0', '2024-13-45', '\u202E', '\uD83D\uDE00', '\u0000',
];
const ENCODINGS = [[0xc3, 0x28], [0xff], [0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xc0, 0xaf]];

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), mask: fc.integer({ min: 1, max: 255 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('control' as const), at: fc.nat(), char: fc.constantFrom(...CONTROL) }),
  fc.record({
    kind: fc.constant('deep' as const), line: fc.nat(), depth: fc.oneof(fc.integer({ min: 90, max: 110 }), fc.integer({ min: 1000, max: 6000 })),
    closed: fc.boolean(), open: fc.constantFrom('[' as const, '{' as const),
  }),
  fc.record({ kind: fc.constant('huge-key' as const), length: fc.integer({ min: 1000, max: 200_000 }) }),
  fc.record({ kind: fc.constant('many-keys' as const), count: fc.integer({ min: 100, max: 5000 }) }),
  fc.record({ kind: fc.constant('duplicate-line' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('delete-line' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('encoding' as const), at: fc.nat(), bytes: fc.constantFrom(...ENCODINGS) }),
  fc.record({ kind: fc.constant('tab' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('token' as const), at: fc.nat(), token: fc.constantFrom(...TOKENS) }),
  fc.record({ kind: fc.constant('alias-bomb' as const), levels: fc.integer({ min: 3, max: 12 }) }),
);

function mutate(b: Uint8Array, m: Mutation): Uint8Array {
  const lines = lineStarts(b);
  const line = (n: number) => lines[n % lines.length] ?? 0;
  const lineEnd = (n: number) => lines[(n % lines.length) + 1] ?? b.length;
  switch (m.kind) {
    case 'flip': {
      const out = b.slice();
      const at = m.at % Math.max(1, out.length);
      out[at] = (out[at] ?? 0) ^ m.mask;
      return out;
    }
    case 'truncate':
      return b.slice(0, m.at % Math.max(1, b.length));
    case 'control':
      return insertAt(b, m.at % (b.length + 1), bytesOf(String.fromCodePoint(m.char)));
    case 'deep': {
      const close = m.open === '[' ? ']' : '}';
      const inner = m.open === '[' ? '1' : 'a: 1';
      const open = m.open === '[' ? '[' : '{a: ';
      const value = `${open.repeat(m.depth)}${inner}${m.closed ? close.repeat(m.depth) : ''}`;
      return insertAt(b, line(m.line), bytesOf(`dalam: ${value}\n`));
    }
    case 'huge-key':
      return join(b, bytesOf(`\n${'k'.repeat(m.length)}: 1\n`));
    case 'many-keys':
      return join(b, bytesOf(`\nekstra:\n${Array.from({ length: m.count }, (_, i) => `  kunci_${i}: ${i}\n`).join('')}`));
    case 'duplicate-line':
      return insertAt(b, line(m.line), b.slice(line(m.line), lineEnd(m.line)));
    case 'delete-line':
      return join(b.subarray(0, line(m.line)), b.subarray(lineEnd(m.line)));
    case 'encoding':
      return insertAt(b, m.at % (b.length + 1), Uint8Array.from(m.bytes));
    case 'tab': {
      const at = line(m.line);
      let end = at;
      while (b[end] === 0x20) end++;
      return join(b.subarray(0, at), bytesOf('\t'), b.subarray(end));
    }
    case 'token':
      return insertAt(b, m.at % (b.length + 1), bytesOf(m.token));
    case 'alias-bomb': {
      const rows = ['bom0: &b0 [x, x, x, x, x, x, x, x, x, x]'];
      for (let i = 1; i < m.levels; i++) rows.push(`bom${i}: &b${i} [${Array.from({ length: 10 }, () => `*b${i - 1}`).join(', ')}]`);
      return join(b, bytesOf(`\n${rows.join('\n')}\n`));
    }
  }
}

/** Runs a command, or reports that it did not end within the limit. */
async function bounded(argv: string[]): Promise<CliResult | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), LIMIT_MS);
  });
  try {
    return await Promise.race([runCli(argv), limit]);
  } finally {
    clearTimeout(timer);
  }
}

/** What must hold for every command's run. */
function sound(res: CliResult | 'timeout', what: string): CliResult {
  expect(res, `${what}: no hang`).not.toBe('timeout');
  const r = res as CliResult;
  expect([0, 1, 2], `${what}: exit code`).toContain(r.code);
  const out = `${r.stdout}\n${r.stderr}`;
  expect(out, `${what}: no internal error`).not.toMatch(/galat internal|internal error/);
  expect(out, `${what}: no stack trace`).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  return r;
}

describe('a mutation fuzzer over the YAML files', () => {
  it(`${CASES} seeded cases: no stack trace, no hang, never exit 0 on a file YAML forbids (seed ${SEED})`, async () => {
    const root = await copyExample();
    const files = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.yaml')).map((f) => f.split(path.sep).join('/')).sort();
    const originals = new Map(await Promise.all(files.map(async (f) => [f, new Uint8Array(await readFile(path.join(root, f)))] as const)));
    expect(files.length).toBeGreaterThan(10);
    let forbiddenCases = 0;
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 3 }), async (pick, mutations) => {
        const rel = files[pick % files.length] as string;
        const original = originals.get(rel) as Uint8Array;
        const bytes = mutations.reduce(mutate, original);
        await writeFile(path.join(root, rel), bytes);
        try {
          const what = `${rel} after ${JSON.stringify(mutations).slice(0, 300)}`;
          const v = sound(await bounded(['validate', root, '--format', 'json']), `validate ${what}`);
          if (v.code !== 2) {
            const report = JSON.parse(v.stdout) as { diagnostics: Array<{ code: string; message: string; file: string; line: number }> };
            for (const d of report.diagnostics) {
              expect(d.message, `${what}: ${d.code} has a message`).not.toMatch(/^$|undefined|\[object Object\]/);
              expect(d.line, `${what}: ${d.code} has a line`).toBeGreaterThanOrEqual(1);
            }
          }
          if (forbidden(bytes)) {
            forbiddenCases++;
            expect(v.code, `validate ${what}: a file YAML forbids is not accepted`).not.toBe(0);
          }
          if (v.code === 0) {
            sound(await bounded(['score', root, '--format', 'json']), `score ${what}`);
            sound(await bounded(['status', root]), `status ${what}`);
          }
        } finally {
          await writeFile(path.join(root, rel), original);
        }
      }),
      { seed: SEED, numRuns: CASES, endOnFailure: true },
    );
    // The sequence does reach files YAML forbids.
    expect(forbiddenCases).toBeGreaterThan(0);
  }, Math.max(300_000, CASES * 5_000));
});

/** A change to a returned form: one XML part rewritten, or the archive's bytes flipped. */
type FormMutation =
  | { kind: 'part'; part: number; edit: Mutation }
  | { kind: 'archive'; at: number; mask: number };

describe('a mutation fuzzer over a returned form', () => {
  it(`${FORM_CASES} seeded cases: validate reads every hostile form without a stack trace or a hang (seed ${SEED})`, async () => {
    const root = await copyExample();
    const out = await tempDir();
    expect((await runCli(['form', 'dinkes', root, '--out', out, '-q'])).code).toBe(0);
    const form = new Uint8Array(await readFile(path.join(out, 'form-dinkes.xlsx')));
    const { unzipSync } = await import('fflate');
    const parts = Object.entries(unzipSync(form)).filter(([name]) => name.endsWith('.xml')).map(([name, data]) => [name, data] as const);
    await mkdir(path.join(root, 'forms'));
    const target = path.join(root, 'forms', 'form-dinkes.xlsx');
    const formMutation: fc.Arbitrary<FormMutation> = fc.oneof(
      fc.record({ kind: fc.constant('part' as const), part: fc.nat(), edit: mutation }),
      fc.record({ kind: fc.constant('archive' as const), at: fc.nat(), mask: fc.integer({ min: 1, max: 255 }) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(formMutation, { minLength: 1, maxLength: 2 }), async (mutations) => {
        let bytes: Uint8Array = form;
        for (const m of mutations) {
          if (m.kind === 'archive') {
            bytes = bytes.slice();
            const at = m.at % bytes.length;
            bytes[at] = (bytes[at] ?? 0) ^ m.mask;
            continue;
          }
          const [name, data] = parts[m.part % parts.length] as readonly [string, Uint8Array];
          // An archive damaged by an earlier step is left as it is.
          try {
            bytes = rewriteZip(bytes, { [name]: new TextDecoder().decode(mutate(data, m.edit)) });
          } catch {
            continue;
          }
        }
        await writeFile(target, bytes);
        const what = `form after ${JSON.stringify(mutations).slice(0, 300)}`;
        const v = sound(await bounded(['validate', root, '--format', 'json']), `validate ${what}`);
        if (v.code !== 2) expect(() => JSON.parse(v.stdout) as unknown, what).not.toThrow();
      }),
      { seed: SEED, numRuns: FORM_CASES, endOnFailure: true },
    );
  }, Math.max(300_000, FORM_CASES * 10_000));
});
