/**
 * Each defect class of the loader and the rules, planted in a copy of the Kota Tegal example, is
 * reported at the right file:line:col with its stable code and exit 1, never a stack trace, quickly.
 */
import { writeFile, appendFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyExample, writeFiles } from '../support/project.js';
import { runCli } from '../support/memory-env.js';

interface Planted {
  name: string;
  plant: (dir: string) => Promise<void>;
  code: string;
  file: string;
  line: number;
  column: number;
}

const OPD = 'data/opd/dinsos.yaml';

const planted: Planted[] = [
  {
    name: 'YAML syntax error',
    plant: (d) => writeFiles(d, { [OPD]: 'nama: Dinsos\nsingkatan: [Dinsos\naplikasi: []\n' }),
    code: 'yaml/syntax', file: OPD, line: 3, column: 1,
  },
  {
    name: 'tab indentation',
    plant: (d) => writeFiles(d, { [OPD]: 'nama: Dinsos\nsingkatan: D\nsdm:\n\tasn: 1\n' }),
    code: 'yaml/tab', file: OPD, line: 4, column: 1,
  },
  {
    name: 'duplicate key',
    plant: (d) => writeFiles(d, { [OPD]: 'nama: Dinsos\nsingkatan: D\nnama: Dinas Sosial\n' }),
    code: 'yaml/duplicate-key', file: OPD, line: 3, column: 1,
  },
  {
    name: 'alias bomb',
    plant: (d) => writeFiles(d, {
      [OPD]: 'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\nh: [*g,*g,*g,*g,*g,*g,*g,*g,*g]\n',
    }),
    code: 'yaml/alias-limit', file: OPD, line: 2, column: 8,
  },
  {
    name: '50 MB file',
    plant: async (d) => {
      const big = Buffer.alloc(50 * 1024 * 1024, 0x61);
      big.write('nama: ', 0);
      await writeFile(path.join(d, OPD), big);
    },
    code: 'load/too-large', file: OPD, line: 1, column: 1,
  },
  { name: 'empty file', plant: (d) => writeFiles(d, { [OPD]: '' }), code: 'load/empty', file: OPD, line: 1, column: 1 },
  { name: 'comments only', plant: (d) => writeFiles(d, { [OPD]: '# nanti diisi\n\n' }), code: 'load/empty', file: OPD, line: 1, column: 1 },
  { name: 'list at the root', plant: (d) => writeFiles(d, { [OPD]: '- nama: Dinsos\n' }), code: 'yaml/not-mapping', file: OPD, line: 1, column: 1 },
  { name: 'scalar at the root', plant: (d) => writeFiles(d, { [OPD]: 'Dinas Sosial\n' }), code: 'yaml/not-mapping', file: OPD, line: 1, column: 1 },
  {
    name: 'binary content',
    plant: (d) => writeFiles(d, { [OPD]: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) }),
    // At the first NUL byte, after the PNG signature's two line feeds.
    code: 'load/binary', file: OPD, line: 3, column: 1,
  },
  {
    name: 'UTF-16 with BOM',
    plant: (d) => writeFiles(d, { [OPD]: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('nama: Dinsos\n', 'utf16le')]) }),
    code: 'load/encoding', file: OPD, line: 1, column: 1,
  },
  {
    name: 'UTF-16 without BOM',
    plant: (d) => writeFiles(d, { [OPD]: Buffer.from('nama: Dinsos\n', 'utf16le') }),
    code: 'load/encoding', file: OPD, line: 1, column: 1,
  },
  {
    name: 'Latin-1 text (not UTF-8)',
    plant: (d) => writeFiles(d, { [OPD]: Buffer.from('nama: Dinas Sosial \xe9\n', 'latin1') }),
    // At the Latin-1 "é", the first byte that is not UTF-8.
    code: 'load/encoding', file: OPD, line: 1, column: 20,
  },
  {
    name: '__proto__ key',
    plant: (d) => writeFiles(d, { [OPD]: 'nama: Dinsos\nsingkatan: D\n__proto__:\n  polluted: true\n' }),
    code: 'yaml/forbidden-key', file: OPD, line: 3, column: 1,
  },
  {
    name: 'file name that is not an id',
    plant: (d) => writeFiles(d, { 'data/opd/Dinas Sosial.yaml': 'nama: X\nsingkatan: X\n' }),
    code: 'load/bad-file-name', file: 'data/opd/Dinas Sosial.yaml', line: 1, column: 1,
  },
  {
    name: 'custom tag',
    plant: (d) => writeFiles(d, { [OPD]: 'nama: !!binary aGVsbG8=\nsingkatan: D\n' }),
    code: 'yaml/unsupported-value', file: OPD, line: 1, column: 16,
  },
  {
    name: 'two documents in one file',
    plant: async (d) => appendFile(path.join(d, OPD), '---\nnama: lagi\n'),
    code: 'yaml/multiple-documents', file: OPD, line: 0, column: 1,
  },
  {
    name: 'dangling reference in a quick win',
    plant: async (d) => {
      const f = path.join(d, 'data/quickwin/e-kelurahan.yaml');
      const text = await readFile(f, 'utf8');
      await writeFile(f, text.replace(/^opd: .*$/m, 'opd: dinas-tidak-ada'));
    },
    code: 'ref/unknown', file: 'data/quickwin/e-kelurahan.yaml', line: 0, column: 6,
  },
];

describe('planted defects in a copy of the example', () => {
  it.each(planted)('$name → $code', async (p) => {
    const dir = await copyExample();
    await p.plant(dir);
    const started = performance.now();
    const res = await runCli(['validate', dir, '--format', 'json']);
    const elapsed = performance.now() - started;
    expect(res.stderr).not.toMatch(/\n\s+at /);
    expect(res.code).toBe(1);
    const out = JSON.parse(res.stdout) as { diagnostics: Array<{ code: string; file: string; line: number; column: number }> };
    const hit = out.diagnostics.find((d) => d.code === p.code && d.file === p.file);
    expect(hit, JSON.stringify(out.diagnostics.slice(0, 5))).toBeDefined();
    if (p.line > 0) expect({ line: hit?.line, column: hit?.column }).toEqual({ line: p.line, column: p.column });
    else expect(hit?.column).toBe(p.column);
    // A bound against hangs and alias or size blow-ups, generous for a busy CI machine (speed is benchmarked).
    expect(elapsed).toBeLessThan(10_000);
  });

  it('never pollutes Object.prototype', async () => {
    const dir = await copyExample();
    await writeFiles(dir, { [OPD]: 'nama: X\nsingkatan: X\nekstra:\n  __proto__: { polluted: true }\n  constructor: { prototype: { polluted: true } }\n' });
    await runCli(['validate', dir, '--format', 'json']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});


