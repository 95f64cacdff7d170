/** CLI scenarios of `masterplan validate`: every format parses, exit codes 0/1/2, --output, --fail-on, --lang. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/memory-env.js';
import { EXAMPLE, minimalProject, MINIMAL, tempDir } from '../support/project.js';

const BROKEN_QW = (MINIMAL['data/quickwin/portal.yaml'] as string).replace('opd: diskominfo', 'opd: dinkes');

describe('masterplan validate', () => {
  it('accepts the Kota Tegal example (exit 0) with only warnings', async () => {
    const res = await runCli(['validate', EXAMPLE, '--format', 'json']);
    expect(res.code).toBe(0);
    const out = JSON.parse(res.stdout) as { summary: { errors: number; files: number } };
    expect(out.summary.errors).toBe(0);
    expect(out.summary.files).toBeGreaterThan(50);
  });

  it('fails on warnings with --fail-on warning', async () => {
    const res = await runCli(['validate', EXAMPLE, '--fail-on', 'warning', '--format', 'json']);
    const out = JSON.parse(res.stdout) as { summary: { warnings: number } };
    expect(out.summary.warnings).toBeGreaterThan(0);
    expect(res.code).toBe(1);
  });

  it('json follows the contract', async () => {
    const dir = await minimalProject({ 'data/quickwin/portal.yaml': BROKEN_QW });
    const res = await runCli(['validate', dir, '--format', 'json']);
    expect(res.code).toBe(1);
    const out = JSON.parse(res.stdout) as { diagnostics: Array<Record<string, unknown>>; summary: Record<string, number> };
    expect(out.summary).toEqual({ errors: 1, warnings: 0, files: 6 });
    expect(out.diagnostics[0]).toMatchObject({
      code: 'ref/unknown', severity: 'error', file: 'data/quickwin/portal.yaml', line: 2, column: 6, path: 'opd',
    });
    expect(typeof out.diagnostics[0]?.['message']).toBe('string');
  });

  it('stylish groups by file and ends with a summary; no colour when not a TTY', async () => {
    const dir = await minimalProject({ 'data/quickwin/portal.yaml': BROKEN_QW });
    const res = await runCli(['validate', dir]);
    expect(res.stdout).toMatch(/^data\/quickwin\/portal\.yaml\n\s+2:6\s+galat\s+.*ref\/unknown/m);
    expect(res.stdout).toMatch(/1 galat, 0 peringatan/);
    // eslint-disable-next-line no-control-regex -- the escape character of ANSI colours
    expect(res.stdout).not.toMatch(/\u001b\[/);
    const colour = await runCli(['validate', dir], { vars: { FORCE_COLOR: '1' } });
    // eslint-disable-next-line no-control-regex -- the escape character of ANSI colours
    expect(colour.stdout).toMatch(/\u001b\[/);
    const noColour = await runCli(['validate', dir], { vars: { FORCE_COLOR: '0', NO_COLOR: '1' } });
    // eslint-disable-next-line no-control-regex -- the escape character of ANSI colours
    expect(noColour.stdout).not.toMatch(/\u001b\[/);
  });

  it('--lang en and keluaran.bahasa choose English', async () => {
    const dir = await minimalProject({ 'data/quickwin/portal.yaml': BROKEN_QW });
    const en = await runCli(['validate', dir, '--lang', 'en']);
    expect(en.stdout).toMatch(/1 error, 0 warnings/);
    expect(en.stdout).toMatch(/does not exist/);
    const cfg = `${MINIMAL['masterplan.yaml'] as string}keluaran:\n  bahasa: en\n`;
    const dir2 = await minimalProject({ 'data/quickwin/portal.yaml': BROKEN_QW, 'masterplan.yaml': cfg });
    expect((await runCli(['validate', dir2])).stdout).toMatch(/does not exist/);
    expect((await runCli(['validate', dir2, '--lang', 'id'])).stdout).toMatch(/tidak ditemukan/);
  });

  it('github annotations, chosen automatically under GitHub Actions', async () => {
    const dir = await minimalProject({ 'data/quickwin/portal.yaml': BROKEN_QW });
    const res = await runCli(['validate', dir], { vars: { GITHUB_ACTIONS: 'true' } });
    expect(res.code).toBe(1);
    expect(res.stdout.trim()).toMatch(/^::error file=data\/quickwin\/portal\.yaml,line=2,col=6,.*title=ref\/unknown::.+$/);
    expect(res.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('sarif 2.1.0 with physical locations', async () => {
    const dir = await minimalProject({ 'data/quickwin/portal.yaml': BROKEN_QW });
    const res = await runCli(['validate', dir, '--format', 'sarif']);
    const log = JSON.parse(res.stdout) as {
      version: string;
      runs: Array<{ tool: { driver: { rules: Array<{ id: string }> } }; results: Array<{ ruleId: string; level: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }> }> }>;
    };
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0];
    expect(run?.tool.driver.rules.map((r) => r.id)).toEqual(['ref/unknown']);
    expect(run?.results[0]).toMatchObject({ ruleId: 'ref/unknown', level: 'error' });
    expect(run?.results[0]?.locations[0]?.physicalLocation).toMatchObject({
      artifactLocation: { uri: 'data/quickwin/portal.yaml' }, region: { startLine: 2, startColumn: 6 },
    });
  });

  it('junit is well-formed XML with one failure per finding', async () => {
    const dir = await minimalProject({ 'data/quickwin/portal.yaml': BROKEN_QW.replace('nama: Portal Layanan', 'nama: "Portal <b> & \\"x\\""') });
    const res = await runCli(['validate', dir, '--format', 'junit']);
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- still fast-xml-parser's well-formedness check
    expect(XMLValidator.validate(res.stdout)).toBe(true);
    // The strict Ant schema allows no totals on <testsuites>: the failures are counted per suite.
    const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['testsuite', 'testcase'].includes(name) }).parse(res.stdout) as {
      testsuites: { testsuite: Array<{ '@_failures': string; testcase: Array<{ failure?: unknown }> }> };
    };
    const suites = xml.testsuites.testsuite;
    expect(suites.reduce((n, s) => n + Number(s['@_failures']), 0)).toBe(1);
    expect(suites.flatMap((s) => s.testcase).filter((t) => t.failure !== undefined)).toHaveLength(1);
    const clean = await runCli(['validate', EXAMPLE, '--format', 'junit']);
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- still fast-xml-parser's well-formedness check
    expect(XMLValidator.validate(clean.stdout)).toBe(true);
  });

  it('--output writes the report to a file and keeps stdout empty', async () => {
    const dir = await minimalProject();
    const out = path.join(await tempDir(), 'laporan', 'hasil.json');
    const res = await runCli(['validate', dir, '--format', 'json', '--output', out]);
    expect(res.code).toBe(0);
    expect(res.stdout).toBe('');
    expect(JSON.parse(await readFile(out, 'utf8'))).toMatchObject({ summary: { errors: 0 } });
  });

  it('validating single files shows only their findings', async () => {
    const dir = await minimalProject({
      'data/quickwin/portal.yaml': BROKEN_QW,
      'data/opd/bappeda.yaml': 'nama: Bappeda\nsingkatan: B\nfoo: 1\n',
    });
    const res = await runCli(['validate', path.join(dir, 'data/opd/bappeda.yaml'), '--format', 'json']);
    const out = JSON.parse(res.stdout) as { diagnostics: Array<{ file: string }> };
    expect(new Set(out.diagnostics.map((d) => d.file))).toEqual(new Set(['data/opd/bappeda.yaml']));
    expect(res.code).toBe(1);
  });

  it('exit 2 for a folder that does not exist, a bad flag or a bad format', async () => {
    const missing = await runCli(['validate', '/nonexistent/masterplan-project']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/not found/);
    expect((await runCli(['validate', EXAMPLE, '--format', 'xml'])).code).toBe(2);
    expect((await runCli(['validate', EXAMPLE, '--nope'])).code).toBe(2);
    expect((await runCli(['nope'])).code).toBe(2);
    expect((await runCli([])).code).toBe(2);
  });

  it('--help and --version exit 0', async () => {
    const help = await runCli(['validate', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/--fail-on/);
    const version = await runCli(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+/);
  });
});
