/**
 * `validate --root`: every reported path relative to that folder, in every format; by
 * default the top level of the git repository the project is in, else the project folder.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/memory-env.js';
import { MINIMAL, minimalProject, tempDir, writeFiles } from '../support/project.js';
import { BROKEN_QW, parseJunit, type SarifLog } from '../support/reports.js';

describe('validate --root', () => {
  /** A repository (marked by its .git folder) holding a project in a subfolder whose name has a space. */
  async function projectInRepository(): Promise<{ repo: string; dir: string }> {
    const repo = await tempDir();
    await mkdir(path.join(repo, '.git'));
    const dir = path.join(repo, 'kota uji');
    await writeFiles(dir, { ...MINIMAL, 'data/quickwin/portal.yaml': BROKEN_QW });
    return { repo, dir };
  }

  /** The reported path of the one finding, in every format. */
  async function reportedPaths(args: string[], cwd?: string): Promise<Record<string, string>> {
    const run = (format: string) => runCli(['validate', ...args, '--format', format], cwd !== undefined ? { cwd } : {});
    const json = JSON.parse((await run('json')).stdout) as { diagnostics: Array<{ file: string }> };
    const sarif = JSON.parse((await run('sarif')).stdout) as SarifLog;
    const junit = parseJunit((await run('junit')).stdout).testsuites.testsuite[1];
    return {
      json: json.diagnostics[0]?.file ?? '',
      github: /file=([^,]*)/.exec((await run('github')).stdout)?.[1] ?? '',
      sarif: decodeURIComponent(sarif.runs[0]?.results[0]?.locations[0]?.physicalLocation.artifactLocation.uri ?? ''),
      junit: junit?.['@_name'] ?? '',
      md: /^\| (.*?):2:6 \|/m.exec((await run('md')).stdout)?.[1] ?? '',
      stylish: (await run('stylish')).stdout.split('\n')[0] ?? '',
    };
  }

  const everywhere = (file: string) => ({ json: file, github: file, sarif: file, junit: file, md: file, stylish: file });

  it('by default reports paths relative to the top level of the git repository, in every format', async () => {
    const { repo, dir } = await projectInRepository();
    expect(await reportedPaths([dir])).toEqual(everywhere('kota uji/data/quickwin/portal.yaml'));
    // Run from inside the project, the same.
    expect(await reportedPaths([], dir)).toEqual(everywhere('kota uji/data/quickwin/portal.yaml'));
    const sarif = JSON.parse((await runCli(['validate', dir, '--format', 'sarif'])).stdout) as SarifLog;
    expect(sarif.runs[0]?.originalUriBaseIds?.['%SRCROOT%']?.uri).toBe(`${pathToFileURL(repo).href}/`);
    expect(sarif.runs[0]?.results[0]?.locations[0]?.physicalLocation.artifactLocation.uri).toBe('kota%20uji/data/quickwin/portal.yaml');
  });

  it('--root DIR makes them relative to that folder; outside a repository they are relative to the project', async () => {
    const { dir } = await projectInRepository();
    expect(await reportedPaths([dir, '--root', dir])).toEqual(everywhere('data/quickwin/portal.yaml'));
    // A relative --root is relative to the working folder.
    expect(await reportedPaths(['.', '--root', '.'], dir)).toEqual(everywhere('data/quickwin/portal.yaml'));
    expect(await reportedPaths(['kota uji', '--root', 'kota uji/data'], path.dirname(dir))).toEqual(everywhere('../data/quickwin/portal.yaml'));
    const outside = await minimalProject({ 'data/quickwin/portal.yaml': BROKEN_QW });
    expect(await reportedPaths([outside])).toEqual(everywhere('data/quickwin/portal.yaml'));
    // A single file given is filtered by its place in the project, then reported relative to the root.
    const single = JSON.parse((await runCli(['validate', path.join(dir, 'data/quickwin/portal.yaml'), '--format', 'json'])).stdout) as { diagnostics: Array<{ file: string }> };
    expect(single.diagnostics.map((d) => d.file)).toEqual(['kota uji/data/quickwin/portal.yaml']);
    const missing = await runCli(['validate', dir, '--root', path.join(dir, 'tidak-ada')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/tidak-ada/);
  });

  it('a .git file (a worktree or a submodule) marks the top level too', async () => {
    const repo = await tempDir();
    await writeFile(path.join(repo, '.git'), 'gitdir: ../elsewhere/.git/worktrees/x\n');
    await writeFiles(path.join(repo, 'proyek'), { ...MINIMAL, 'data/quickwin/portal.yaml': BROKEN_QW });
    const json = JSON.parse((await runCli(['validate', path.join(repo, 'proyek'), '--format', 'json'])).stdout) as { diagnostics: Array<{ file: string }> };
    expect(json.diagnostics[0]?.file).toBe('proyek/data/quickwin/portal.yaml');
  });
});
