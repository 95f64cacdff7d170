/**
 * `validate --format md`: GitHub-flavoured Markdown for a job summary — the counts, a table of every
 * finding with its text escaped, the exit codes of the other formats, and a cut at GitHub's limits.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMATTERS } from '../../src/cli/format/diagnostics/index.js';
import { MD_MAX_BYTES, MD_MAX_ROWS } from '../../src/cli/format/diagnostics/markdown.js';
import { diagnostic } from '../../src/diagnostics/catalogue.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { runCli } from '../support/memory-env.js';
import { minimalProject } from '../support/project.js';
import { awkwardProject } from '../support/reports.js';

describe('validate --format md', () => {
  it('is a heading, the counts and a table of every finding, with the exit codes of the other formats', async () => {
    const dir = await awkwardProject();
    const res = await runCli(['validate', dir, '--format', 'md', '--lang', 'en']);
    expect(res.code).toBe(1);
    const lines = res.stdout.split('\n');
    expect(lines.slice(0, 6)).toEqual([
      '## masterplan data check',
      '',
      '| Errors | Warnings | Files checked |',
      '| ---: | ---: | ---: |',
      '| 3 | 1 | 6 |',
      '',
    ]);
    expect(lines[6]).toBe('| Position | Severity | Code | Message |');
    const rows = lines.filter((l) => l.startsWith('| data/'));
    // Errors first, then the warning; every finding once.
    expect(rows.map((r) => r.split(' | ').slice(0, 3))).toEqual([
      ['| data/isu/naik 50%.yaml:1:1', 'error', '`load/bad-file-name`'],
      ['| data/opd/dinas sosial.yaml:1:1', 'error', '`load/bad-file-name`'],
      ['| data/quickwin/portal.yaml:2:6', 'error', '`ref/unknown`'],
      ['| data/catatan.txt:1:1', 'warning', '`load/unknown-file`'],
    ]);
    expect((await runCli(['validate', dir, '--format', 'md', '--fail-on', 'warning'])).code).toBe(1);
    const clean = await runCli(['validate', await minimalProject(), '--format', 'md', '--lang', 'en']);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toContain('\n✓ 6 files checked, no problems.\n');
    expect((await runCli(['validate', path.join(dir, 'tidak-ada'), '--format', 'md'])).code).toBe(2);
  });

  it('shows names literally: no emphasis, link, HTML, code or extra column from the text of a finding', () => {
    const d = diagnostic('ref/unknown', { file: 'data/opd/a|b.yaml', line: 2, column: 6 }, { kind: 'opd', ref: 'Aplikasi *SiPeDe* | #1 <b>x</b> [a](b) `c` $d$ & _e_' });
    const md = FORMATTERS.md([d], { lang: 'en', color: false, files: 1, version: '0.1.0' });
    const row = md.split('\n').find((l) => l.startsWith('| data/')) ?? '';
    expect(row).toContain('| data/opd/a\\|b.yaml:2:6 |');
    expect(row).toContain('Aplikasi \\*SiPeDe\\* \\| #1 &lt;b&gt;x&lt;/b&gt; \\[a\\](b) \\`c\\` \\$d\\$ &amp; \\_e\\_');
    // Exactly the four columns: every pipe inside a cell is escaped.
    expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(6);
  });

  it('stops after the row limit and the size limit, saying how many more there are', () => {
    const at = (i: number) => ({ file: 'data/opd/a.yaml', line: i + 1, column: 1 });
    const many: Diagnostic[] = Array.from({ length: MD_MAX_ROWS + 25 }, (_x, i) => diagnostic('schema/unknown-key', at(i), { key: `k${i}` }));
    const md = FORMATTERS.md(many, { lang: 'en', color: false, files: 1, version: '0.1.0' });
    expect(md.split('\n').filter((l) => l.startsWith('| data/'))).toHaveLength(MD_MAX_ROWS);
    expect(md.trimEnd().split('\n').at(-1)).toBe('… and 25 more; run "masterplan validate" to see them all.');
    const long: Diagnostic[] = Array.from({ length: 400 }, (_x, i) => diagnostic('yaml/syntax', at(i), { detail: 'x'.repeat(2000) }));
    const big = FORMATTERS.md(long, { lang: 'id', color: false, files: 1, version: '0.1.0' });
    expect(Buffer.byteLength(big)).toBeLessThanOrEqual(MD_MAX_BYTES);
    const listed = big.split('\n').filter((l) => l.startsWith('| data/')).length;
    expect(listed).toBeGreaterThan(200);
    expect(big.trimEnd().split('\n').at(-1)).toBe(`… dan ${400 - listed} temuan lainnya; jalankan "masterplan validate" untuk melihat semuanya.`);
    // Errors come first, so a cut never hides an error behind warnings.
    const mixed = [...Array.from({ length: MD_MAX_ROWS }, (_x, i) => diagnostic('load/unknown-file', at(i), { name: 'x' })), diagnostic('load/empty', at(0))];
    expect(FORMATTERS.md(mixed, { lang: 'en', color: false, files: 1, version: '0.1.0' })).toContain('| data/opd/a.yaml:1:1 | error | `load/empty` |');
  });
});
