/**
 * `validate --format sarif`: valid against the OASIS SARIF 2.1.0 schema and as GitHub code
 * scanning reads it — percent-encoded URIs under `%SRCROOT%`, rules with descriptions, help and a
 * `helpUri` that exists, fingerprints that survive lines moving, no `informationUri`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/memory-env.js';
import { editFile } from '../support/project.js';
import { awkwardProject, sarifErrors, type SarifLog } from '../support/reports.js';

describe('validate --format sarif', () => {
  it('is valid against the OASIS SARIF 2.1.0 schema, with percent-encoded URIs for a space and a %', async () => {
    const dir = await awkwardProject();
    const res = await runCli(['validate', dir, '--format', 'sarif']);
    expect(res.code).toBe(1);
    const log = JSON.parse(res.stdout) as SarifLog;
    expect(sarifErrors(log)).toEqual([]);
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0];
    const uris = run?.results.map((r) => r.locations[0]?.physicalLocation.artifactLocation.uri);
    expect(uris).toContain('data/opd/dinas%20sosial.yaml');
    expect(uris).toContain('data/isu/naik%2050%25.yaml');
    expect(uris).toContain('data/quickwin/portal.yaml');
    // The schema really checks: the same log with a raw space in a URI is refused.
    const raw = structuredClone(log);
    const loc = raw.runs[0]?.results.find((r) => r.locations[0]?.physicalLocation.artifactLocation.uri === 'data/opd/dinas%20sosial.yaml')?.locations[0];
    if (loc === undefined) throw new Error('no result for the file with a space');
    loc.physicalLocation.artifactLocation.uri = 'data/opd/dinas sosial.yaml';
    expect(sarifErrors(raw).join('\n')).toMatch(/uri-reference/);
  });

  it('resolves every URI against %SRCROOT%, the project folder outside a repository', async () => {
    const dir = await awkwardProject();
    const log = JSON.parse((await runCli(['validate', dir, '--format', 'sarif'])).stdout) as SarifLog;
    const run = log.runs[0];
    const base = run?.originalUriBaseIds?.['%SRCROOT%']?.uri ?? '';
    expect(base).toBe(`${pathToFileURL(dir).href}/`);
    for (const r of run?.results ?? []) {
      const at = r.locations[0]?.physicalLocation.artifactLocation;
      expect(at?.uriBaseId).toBe('%SRCROOT%');
      // Each URI names a file of the project.
      expect(existsSync(fileURLToPath(new URL(at?.uri ?? '', base))), at?.uri).toBe(true);
    }
  });

  it('describes every rule with short and full descriptions, help in text and Markdown, and a helpUri that exists', async () => {
    const dir = await awkwardProject();
    const log = JSON.parse((await runCli(['validate', dir, '--format', 'sarif', '--lang', 'en'])).stdout) as SarifLog;
    const driver = log.runs[0]?.tool.driver;
    expect(driver?.name).toBe('masterplan');
    // No page of the program exists on the web to point at.
    expect(driver?.informationUri).toBeUndefined();
    const rules = driver?.rules ?? [];
    expect(rules.map((r) => r.id)).toEqual(['load/bad-file-name', 'load/unknown-file', 'ref/unknown']);
    for (const rule of rules) {
      expect(rule.shortDescription.text).toMatch(/\S/);
      expect(rule.fullDescription.text).toMatch(/\S/);
      expect(rule.help.text).toContain(rule.id);
      expect(rule.help.markdown).toMatch(/\*\*id:\*\*.*\n.*\*\*en:\*\*/);
      // The help names the code's meaning in both languages; the URI is its section of the documentation.
      const url = new URL(rule.helpUri);
      expect(url.protocol).toBe('file:');
      const doc = readFileSync(fileURLToPath(url), 'utf8');
      expect(doc).toContain(`<a id="${url.hash.slice(1)}"></a>\n\n### \`${rule.id}\``);
    }
    const ref = rules.find((r) => r.id === 'ref/unknown');
    expect(ref?.fullDescription).toEqual({ text: '… … does not exist. Create data/…/….yaml or fix the id.' });
    expect(ref?.shortDescription).toEqual({ text: '… … does not exist.' });
    for (const r of log.runs[0]?.results ?? []) expect(rules[r.ruleIndex]?.id).toBe(r.ruleId);
  });

  it('fingerprints each finding: different findings differ, and a finding keeps its fingerprint when lines move', async () => {
    const dir = await awkwardProject();
    const before = JSON.parse((await runCli(['validate', dir, '--format', 'sarif'])).stdout) as SarifLog;
    const prints = (log: SarifLog) => (log.runs[0]?.results ?? []).map((r) => r.partialFingerprints['masterplanFinding/v1']);
    expect(new Set(prints(before)).size).toBe(prints(before).length);
    await editFile(dir, 'data/quickwin/portal.yaml', /^/, '# baris baru\n# dan satu lagi\n');
    const after = JSON.parse((await runCli(['validate', dir, '--format', 'sarif'])).stdout) as SarifLog;
    const line = (log: SarifLog) => log.runs[0]?.results.find((r) => r.ruleId === 'ref/unknown')?.locations[0]?.physicalLocation.region.startLine;
    expect(line(after)).toBe((line(before) ?? 0) + 2);
    expect(prints(after)).toEqual(prints(before));
  });
});
