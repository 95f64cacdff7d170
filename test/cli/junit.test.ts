/**
 * `validate --format junit`: valid against the Jenkins xUnit `junit-10.xsd` and the strict Ant JUnit
 * schema; warnings are not failures; `time` attributes; CR and LF kept as character references.
 */
import { describe, expect, it } from 'vitest';
import { FORMATTERS } from '../../src/cli/format/diagnostics/index.js';
import { diagnostic } from '../../src/diagnostics/catalogue.js';
import { runCli } from '../support/memory-env.js';
import { minimalProject } from '../support/project.js';
import { awkwardProject, canonicalXml, junitErrors, parseJunit } from '../support/reports.js';

describe('validate --format junit', () => {
  it('is valid against the Jenkins xUnit junit-10.xsd and the strict Ant JUnit schema', async () => {
    const dir = await awkwardProject();
    const res = await runCli(['validate', dir, '--format', 'junit']);
    expect(res.code).toBe(1);
    expect(await junitErrors(res.stdout, 'junit-10.xsd')).toEqual([]);
    expect(await junitErrors(res.stdout, 'ant-junit.xsd')).toEqual([]);
    // The schemas really check: a test case without its class name is refused by the strict one.
    expect((await junitErrors(res.stdout.replace(/ classname="[^"]*"/, ''), 'ant-junit.xsd')).join('\n')).toMatch(/classname/);
  });

  it('has a time on every suite and test case, and fails the errors only', async () => {
    const dir = await awkwardProject();
    const report = parseJunit((await runCli(['validate', dir, '--format', 'junit'])).stdout);
    const suites = report.testsuites.testsuite;
    expect(suites[0]?.['@_name']).toBe('masterplan');
    for (const s of suites) {
      expect(s['@_time'], s['@_name']).toMatch(/^\d+\.\d{3}$/);
      expect(s['@_timestamp']).toBe('2026-01-01T00:00:00');
      for (const t of s.testcase) expect(t['@_time']).toMatch(/^\d+\.\d{3}$/);
      expect(Number(s['@_failures'])).toBe(s.testcase.filter((t) => t.failure !== undefined).length);
    }
    const failed = suites.flatMap((s) => s.testcase.filter((t) => t.failure !== undefined).map((t) => `${s['@_name']} ${t['@_name']}`));
    expect(failed.sort()).toEqual([
      'data/isu/naik 50%.yaml 1:1 load/bad-file-name',
      'data/opd/dinas sosial.yaml 1:1 load/bad-file-name',
      'data/quickwin/portal.yaml 2:6 ref/unknown',
    ]);
    // The warning passes and is told in its file's output.
    const notes = suites.find((s) => s['@_name'] === 'data/catatan.txt');
    expect(notes?.['@_failures']).toBe('0');
    expect(notes?.['system-out']).toMatch(/^data\/catatan\.txt:1:1 warning: .* \(load\/unknown-file\)$/);
  });

  it('a clean run with warnings shows green tests', async () => {
    const dir = await minimalProject({ 'data/catatan.txt': 'bukan data\n' });
    const res = await runCli(['validate', dir, '--format', 'junit']);
    expect(res.code).toBe(0);
    const suites = parseJunit(res.stdout).testsuites.testsuite;
    expect(suites.map((s) => s['@_name'])).toEqual(['masterplan', 'data/catatan.txt']);
    expect(suites.every((s) => s['@_failures'] === '0' && s['@_errors'] === '0')).toBe(true);
    expect(suites.flatMap((s) => s.testcase).every((t) => t.failure === undefined)).toBe(true);
    expect(await junitErrors(res.stdout, 'ant-junit.xsd')).toEqual([]);
  });

  it('keeps CR and LF in messages as character references', async () => {
    const d = diagnostic('yaml/syntax', { file: 'data/opd/a.yaml', line: 3, column: 1 }, { detail: 'baris satu\r\nbaris dua' });
    const xml = FORMATTERS.junit([d], { lang: 'en', color: false, files: 1, version: '0.1.0' });
    expect(xml).toContain('baris satu&#13;&#10;baris dua');
    expect(xml).not.toMatch(/baris satu[\r\n]/);
    // An XML parser (libxml2's, writing canonical XML) keeps them in the attribute and in the text;
    // a raw line break in an attribute would have become a space.
    const canonical = await canonicalXml(xml);
    expect(canonical).toContain('message="YAML syntax error: baris satu&#xD;&#xA;baris dua."');
    expect(canonical).toContain('baris satu&#xD;\nbaris dua. (yaml/syntax)</failure>');
    expect(await canonicalXml(xml.replace('baris satu&#13;&#10;baris dua.', 'baris satu\r\nbaris dua.'))).toContain('message="YAML syntax error: baris satu baris dua."');
    expect(await junitErrors(xml, 'junit-10.xsd')).toEqual([]);
    expect(await junitErrors(xml, 'ant-junit.xsd')).toEqual([]);
  });
});
