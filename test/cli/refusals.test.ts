/**
 * Nothing that validate passes is refused by score or a build: every data condition that stops
 * `score`, `status` or a build (final or draft) is an error of `validate` with the same code and
 * position, and a refusal suggests a draft only when a draft would succeed.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { checkAndAnalyse } from '../../src/pipeline/analyse.js';
import { build } from '../../src/pipeline/build.js';
import { loadAndValidate } from '../../src/pipeline/check.js';
import { runCli } from '../support/memory-env.js';
import { MINIMAL, minimalProject, tempDir } from '../support/project.js';

const CONFIG = MINIMAL['masterplan.yaml'] as string;
const KRITERIA = `  kriteria:
    - { id: dampak, nama: Dampak, jenis: benefit, bobot: 3 }
    - { id: kemudahan, nama: Kemudahan, jenis: benefit, bobot: 2 }
    - { id: anggaran, nama: Anggaran, jenis: cost, bobot: 1, dari: anggaran }
`;
const ahp = (pairs: string) => CONFIG.replace(KRITERIA, `${KRITERIA.replace(/, bobot: \d/g, '')}  perbandingan:\n${pairs}`);

/** Each condition: the files it changes, and the code validate must report. */
const CONDITIONS: ReadonlyArray<{ name: string; files: Record<string, string>; code: string }> = [
  {
    name: 'inconsistent AHP judgements (CR > 0.10)',
    files: { 'masterplan.yaml': ahp('    - [dampak, kemudahan, 9]\n    - [kemudahan, anggaran, 9]\n    - [dampak, anggaran, 0.2]\n') },
    code: 'score/ahp-inconsistent',
  },
  { name: 'an AHP pair not judged', files: { 'masterplan.yaml': ahp('    - [dampak, kemudahan, 3]\n    - [kemudahan, anggaran, 2]\n') }, code: 'rule/ahp-missing-pair' },
  {
    name: 'an AHP judgement naming an unknown criterion',
    files: { 'masterplan.yaml': ahp('    - [dampak, kemudahan, 3]\n    - [kemudahan, anggaran, 2]\n    - [dampak, biaya, 4]\n') },
    code: 'ref/unknown',
  },
  { name: 'weights on some criteria only', files: { 'masterplan.yaml': CONFIG.replace(', bobot: 2 }', ' }') }, code: 'rule/weights-partial' },
  { name: 'the output folder is a file', files: { 'masterplan.yaml': `${CONFIG}keluaran:\n  folder: data/isu/layanan.yaml\n` }, code: 'rule/output-not-folder' },
  { name: 'a control character in a name', files: { 'data/program/integrasi.yaml': (MINIMAL['data/program/integrasi.yaml'] as string).replace('Integrasi', 'Inte\u0007grasi') }, code: 'yaml/control-character' },
];

const key = (d: Diagnostic) => `${d.code} ${d.file}:${d.line}:${d.column}`;
const errorsOf = (list: readonly Diagnostic[]) => [...new Set(list.filter((d) => d.severity === 'error').map(key))].sort();

describe('validate reports every data condition that score, status or a build refuses (item 3)', () => {
  it.each(CONDITIONS)('$name: the same errors from validate, score, status and every build', async ({ files, code }) => {
    const dir = await minimalProject(files);
    const validated = errorsOf((await loadAndValidate(dir)).diagnostics);
    expect(validated.some((k) => k.startsWith(`${code} `)), validated.join('\n')).toBe(true);
    // score and status: the check's errors, and the scoring's.
    const analysed = await checkAndAnalyse(dir);
    expect(errorsOf([...analysed.errors, ...analysed.diagnostics])).toEqual(validated);
    // A final build and a draft refuse with exactly those errors.
    for (const draft of [false, true]) {
      const result = await build({ root: dir, formats: new Set(['docx']), draft, out: await tempDir(), date: new Date(0), today: new Date(0) });
      expect(result.kind).toBe('invalid');
      if (result.kind === 'invalid') expect(errorsOf(result.errors)).toEqual(validated);
    }
    // On the command line: exit 1 everywhere, and no draft is suggested, since a draft fails the same way.
    expect((await runCli(['validate', dir])).code).toBe(1);
    for (const args of [['score', dir], ['status', dir], ['build', dir, '--draft', '--out', await tempDir()]]) expect((await runCli(args)).code).toBe(1);
    const final = await runCli(['build', dir, '--out', await tempDir()]);
    expect(final.code).toBe(1);
    expect(final.stderr).not.toMatch(/--draft|--stage/);
  });

  it('the inconsistent AHP judgements are reported by validate where score reports them: the worst judgement', async () => {
    const dir = await minimalProject(CONDITIONS[0]?.files);
    const res = await runCli(['validate', dir, '--format', 'json']);
    const lines = (CONDITIONS[0]?.files['masterplan.yaml'] ?? '').split('\n');
    const hit = (JSON.parse(res.stdout) as { diagnostics: Diagnostic[] }).diagnostics.find((d) => d.code === 'score/ahp-inconsistent');
    expect(hit?.file).toBe('masterplan.yaml');
    expect(hit?.path).toMatch(/^penilaian\.perbandingan\[\d\]$/);
    expect(lines[(hit?.line ?? 0) - 1]).toMatch(/^ {4}- \[/);
  });

  it('a final build refused for missing data suggests a draft, and the draft builds', async () => {
    const dir = await minimalProject();
    const final = await runCli(['build', dir, '--out', await tempDir()]);
    expect(final.code).toBe(1);
    expect(final.stderr).toContain('stage/missing');
    expect(final.stderr).toMatch(/--stage \d atau --draft/);
    expect((await runCli(['build', dir, '--draft', '--book', '3', '--format', 'md', '--out', await tempDir()])).code).toBe(0);
  });

  it('an output folder that is a file is named by validate before a build would stop on it', async () => {
    const dir = await minimalProject();
    await writeFile(path.join(dir, 'keluaran'), 'bukan folder');
    const res = await runCli(['validate', dir, '--format', 'json']);
    expect(res.code).toBe(1);
    expect((JSON.parse(res.stdout) as { diagnostics: Diagnostic[] }).diagnostics).toContainEqual(
      expect.objectContaining({ code: 'rule/output-not-folder', file: 'masterplan.yaml', message: 'Folder keluaran "keluaran" adalah sebuah berkas, bukan folder; pilih nama folder lain.' }),
    );
  });
});
