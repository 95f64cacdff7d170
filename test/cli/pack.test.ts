/**
 * The package works outside this repository: `npm pack` makes a tarball that holds the
 * program and nothing of its development, it installs into a fresh prefix without TypeScript, and
 * the installed `masterplan` runs init → validate → build → status in a folder outside the
 * repository. The project `init` writes then installs the tool from its own package.json, the way
 * its CI does (`npm install`, `npm ci`, `npx --no masterplan`).
 *
 * The tarball is packed from a copy of the repository's files (what a clone has), so the test runs
 * the real `prepack` and `prepare` scripts without touching this tree's `dist/`.
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/project.js';

interface Run { code: number; stdout: string; stderr: string }

/** The environment of every child process: no npm_* variables of an enclosing `npm test`, no colour, not in GitHub Actions. */
const childEnv: NodeJS.ProcessEnv = Object.fromEntries([
  ...Object.entries(process.env).filter(([k]) => !k.startsWith('npm_') && !['GITHUB_ACTIONS', 'FORCE_COLOR', 'NO_COLOR'].includes(k)),
  ['NO_COLOR', '1'],
  ['npm_config_update_notifier', 'false'],
  ['npm_config_audit', 'false'],
  ['npm_config_fund', 'false'],
]);

/**
 * Runs a program and collects its output; never throws.
 * @param file program
 * @param args arguments
 * @param cwd working folder
 * @returns exit code and output
 */
function run(file: string, args: string[], cwd: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(file, args, { cwd, env: childEnv, maxBuffer: 64 * 1024 * 1024, timeout: 240_000, shell: process.platform === 'win32' }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
      resolve({ code, stdout, stderr });
    });
  });
}

/**
 * Fails with the command's output when it did not exit as expected.
 * @param res the run
 * @param code expected exit code
 * @returns the run
 */
function expectExit(res: Run, code = 0): Run {
  if (res.code !== code) throw new Error(`exit ${res.code}, expected ${code}\n--- stdout\n${res.stdout}\n--- stderr\n${res.stderr}`);
  return res;
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const pkg = JSON.parse(await readFile(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { name: string; version: string };

let work = '';
let tarball = '';
let files: string[] = [];

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'masterplan-pack-'));
  const copy = path.join(work, 'repo');
  const listed = expectExit(await run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], REPO_ROOT));
  for (const rel of listed.stdout.split('\0').filter((f) => f !== '')) {
    const from = path.join(REPO_ROOT, rel);
    if (!(await stat(from).then((s) => s.isFile(), () => false))) continue; // deleted, not yet committed
    await mkdir(path.dirname(path.join(copy, rel)), { recursive: true });
    await copyFile(from, path.join(copy, rel));
  }
  await symlink(path.join(REPO_ROOT, 'node_modules'), path.join(copy, 'node_modules'), 'junction');
  const packed = expectExit(await run(npm, ['pack', '--json', '--pack-destination', work], copy));
  const [info] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('['))) as Array<{ filename: string; files: Array<{ path: string }> }>;
  if (info === undefined) throw new Error(`npm pack printed no result:\n${packed.stdout}`);
  tarball = path.join(work, info.filename);
  files = info.files.map((f) => f.path).sort();
}, 300_000);

afterAll(async () => {
  if (work !== '') await rm(work, { recursive: true, force: true });
});

describe('npm pack', () => {
  it('holds the compiled program, templates, shipped data, schemas, the diagnostics documentation, README and LICENSE, and nothing else', () => {
    expect(path.basename(tarball)).toBe(`${pkg.name}-${pkg.version}.tgz`);
    const top = [...new Set(files.map((f) => f.split('/')[0]))].sort();
    expect(top).toEqual(['LICENSE', 'README.md', 'bin', 'data', 'dist', 'docs', 'package.json', 'schema', 'templates']);
    expect(files.filter((f) => f.startsWith('docs/'))).toEqual(['docs/diagnostics.md']);
    for (const needed of [
      'bin/masterplan.js', 'dist/cli/main.js', 'templates/buku-1.hbs',
      'data/tahap.yaml', 'data/scaffold/project/gitignore', 'data/scaffold/project/.github/workflows/masterplan.yml',
      'schema/opd.schema.json',
    ]) expect(files).toContain(needed);
    // No tests, test helpers, fixtures, benchmarks, examples or sources, compiled or not.
    const development = files.filter((f) =>
      /(^|\/)(test|tests|__tests__|fixtures?|golden|bench|examples?|coverage|src)\//.test(f)
      || /\.(test|spec|bench)\.[cm]?js$/.test(f) || /(^|\/)testing\.js$/.test(f)
      || /\.(ts|map|tsbuildinfo)$/.test(f));
    expect(development).toEqual([]);
    // The program is bundled: its entry modules and the chunks they load, and the large libraries one
    // file per group; nothing compiled file by file.
    const vendor = /^dist\/vendor\/([\w.-]+)-[0-9a-f]{12}\.cjs$/;
    expect(files.filter((f) => f.startsWith('dist/') && !/^dist\/chunks\/[\w.-]+\.js$/.test(f) && !vendor.test(f))).toEqual([
      'dist/cli/format/diagnostics/docs.js', 'dist/cli/main.js', 'dist/load/parse-worker.js', 'dist/pipeline/book-worker.js', 'dist/score/index.js',
    ]);
    expect(files.filter((f) => f.startsWith('dist/chunks/')).length).toBeGreaterThan(0);
    expect(files.flatMap((f) => vendor.exec(f)?.[1] ?? []).sort()).toEqual(['docx', 'docx-layout', 'exceljs', 'handlebars', 'js-yaml', 'markdown', 'templates', 'vega', 'zod']);
  });

  let project = '';

  it('installs into a fresh prefix, without TypeScript, and works in a folder outside the repository', async () => {
    const prefix = path.join(work, 'prefix');
    expectExit(await run(npm, ['install', '--global', '--prefix', prefix, '--prefer-offline', tarball], work));
    const installed = process.platform === 'win32' ? path.join(prefix, 'node_modules', pkg.name) : path.join(prefix, 'lib', 'node_modules', pkg.name);
    await expect(stat(path.join(installed, 'node_modules', 'typescript'))).rejects.toThrow();
    const masterplan = process.platform === 'win32' ? path.join(prefix, 'masterplan.cmd') : path.join(prefix, 'bin', 'masterplan');

    expect(expectExit(await run(masterplan, ['--version'], work)).stdout.trim()).toBe(pkg.version);
    const home = path.join(work, 'home');
    await mkdir(home);
    const init = expectExit(await run(masterplan, ['init', 'kab-contoh', '--from', tarball, '--lang', 'en'], home));
    expect(init.stderr).toContain(`package.json pins masterplan@file:vendor/${path.basename(tarball)} as a devDependency.`);
    project = path.join(home, 'kab-contoh');
    expect(path.relative(REPO_ROOT, project).startsWith('..')).toBe(true);

    expectExit(await run(masterplan, ['validate'], project));
    const report = JSON.parse(expectExit(await run(masterplan, ['validate', '--format', 'json'], project)).stdout) as { summary: { errors: number; files: number } };
    expect(report.summary.errors).toBe(0);
    expect(report.summary.files).toBeGreaterThan(5);

    // Nothing a fresh project holds counts as answered: a final build refuses it, and a draft builds.
    expect(expectExit(await run(masterplan, ['build', '--quiet'], project), 1).stderr).toContain('stage/missing');
    expectExit(await run(masterplan, ['build', '--draft', '--quiet'], project));
    for (const out of ['buku-1-analisis-strategis.docx', 'buku-2-masterplan.docx', 'buku-3-ringkasan-eksekutif.docx', 'buku-4-profil-quick-win.docx', 'masterplan.xlsx']) {
      const bytes = await readFile(path.join(project, 'keluaran', out));
      expect(bytes.subarray(0, 2).toString('latin1'), out).toBe('PK');
      expect(bytes.length, out).toBeGreaterThan(5_000);
    }

    const table = expectExit(await run(masterplan, ['status', '--stage', '4'], project));
    expect(table.stdout).toContain('Diskominfo');
    const status = JSON.parse(expectExit(await run(masterplan, ['status', '--stage', '4', '--format', 'json'], project)).stdout) as { stage: number; opd: Array<{ id: string }> };
    expect(status.stage).toBe(4);
    expect(status.opd.map((o) => o.id)).toEqual(['diskominfo']);
  }, 600_000);

  it('the project init wrote installs the tool the way its CI does: lockfile, npm ci, npx --no masterplan', async () => {
    expect(project).not.toBe('');
    // The Tim's "npm install" writes the lockfile (here without unpacking, to save time); CI runs npm ci from it.
    expectExit(await run(npm, ['install', '--package-lock-only', '--prefer-offline'], project));
    const lock = JSON.parse(await readFile(path.join(project, 'package-lock.json'), 'utf8')) as { packages: Record<string, { resolved?: string; integrity?: string }> };
    expect(lock.packages['node_modules/masterplan']?.resolved).toBe(`file:vendor/${path.basename(tarball)}`);
    expect(lock.packages['node_modules/masterplan']?.integrity).toMatch(/^sha512-/);
    expectExit(await run(npm, ['ci', '--prefer-offline'], project));
    const local = expectExit(await run(npx, ['--no', 'masterplan', 'validate', '--format', 'json'], project));
    expect((JSON.parse(local.stdout) as { summary: { errors: number } }).summary.errors).toBe(0);

    // The commands of the workflow init wrote, as its steps run them.
    const summary = expectExit(await run(npx, ['--no', 'masterplan', 'validate', '--format', 'md'], project));
    expect(summary.stdout).toMatch(/^## Pemeriksaan data masterplan\n/);
    const status = expectExit(await run(npx, ['--no', 'masterplan', 'status', '--format', 'md'], project));
    expect(status.stdout).toMatch(/^## .* — status data untuk bimtek tahap \d/);
    expectExit(await run(npx, ['--no', 'masterplan', 'validate', '--format', 'sarif', '--output', 'masterplan.sarif'], project));
    const sarif = JSON.parse(await readFile(path.join(project, 'masterplan.sarif'), 'utf8')) as { runs: Array<{ tool: { driver: { rules: Array<{ helpUri: string }> } } }> };
    // Each rule's help is the documentation installed with the tool.
    for (const rule of sarif.runs[0]?.tool.driver.rules ?? []) {
      const doc = fileURLToPath(new URL(rule.helpUri));
      expect(path.relative(path.join(project, 'node_modules', 'masterplan'), doc)).toBe(path.join('docs', 'diagnostics.md'));
      expect(await readFile(doc, 'utf8')).toContain(`<a id="${new URL(rule.helpUri).hash.slice(1)}">`);
    }
    const draft = expectExit(await run(npx, ['--no', 'masterplan', 'build', '--stage', 'next', '--out', 'keluaran', '--quiet'], project));
    expect(draft.stderr).toBe('');
    expect((await readdir(path.join(project, 'keluaran'))).length).toBeGreaterThan(0);
  }, 600_000);
});
