/**
 * `--stage next` (one parser for `build` and `status`): the stage of the next bimtek on or after
 * today by the clock of the run, else 4 — the stage `status` shows by default.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseStage } from '../../src/cli/context.js';
import { runCli } from '../support/memory-env.js';
import { MINIMAL, minimalProject } from '../support/project.js';

/** The in-memory run's clock says 1 January 2026, the day of the stage 2 bimtek (by default). */
const schedule = (second = '2026-01-01') => `bimtek:
  - { tahap: 1, tanggal: "2025-10-01" }
  - { tahap: 2, tanggal: "${second}" }
  - { tahap: 3, tanggal: "2026-05-04" }
  - { tahap: 4, tanggal: "2026-08-03" }
`;

const scheduled = (second?: string) => minimalProject({ 'masterplan.yaml': `${MINIMAL['masterplan.yaml'] as string}${schedule(second)}` });

describe('--stage next', () => {
  it('is read by one parser for build and status, next to the stage numbers', () => {
    expect(parseStage('next')).toBe('next');
    expect(parseStage('NEXT')).toBe('next');
    expect(parseStage('3')).toBe(3);
    expect(() => parseStage('later')).toThrow();
    expect(() => parseStage('0')).toThrow();
  });

  it('status: the stage status shows by default, the next bimtek on or after today', async () => {
    const dir = await scheduled();
    const next = await runCli(['status', dir, '--stage', 'next', '--format', 'json']);
    expect(next.code).toBe(0);
    expect((JSON.parse(next.stdout) as { stage: number }).stage).toBe(2);
    expect(next.stdout).toBe((await runCli(['status', dir, '--format', 'json'])).stdout);
    // On the day of a bimtek that bimtek is the next one; the day after, the one after it.
    const past = await scheduled('2025-12-31');
    expect((JSON.parse((await runCli(['status', past, '--stage', 'next', '--format', 'json'])).stdout) as { stage: number }).stage).toBe(3);
    // With no bimtek left, stage 4.
    const unscheduled = await minimalProject();
    expect((JSON.parse((await runCli(['status', unscheduled, '--stage', 'next', '--format', 'json'])).stdout) as { stage: number }).stage).toBe(4);
  });

  it('build: the books due at that stage, as a draft, saying which stage it is', async () => {
    const dir = await scheduled();
    // Stage 2 is Buku II; a final build of it would be refused (the minimal project has no visi).
    expect((await runCli(['build', dir, '--book', '2', '--format', 'md'])).code).toBe(1);
    const res = await runCli(['build', dir, '--stage', 'next', '--format', 'md', '--lang', 'en']);
    expect(res.code).toBe(0);
    expect(res.stderr).toContain('--stage next: stage 2 (the next bimtek in masterplan.yaml, or 4 when none is left).');
    expect(await readdir(path.join(dir, 'keluaran'))).toEqual(['buku-2-masterplan.md']);
    const stage4 = await minimalProject();
    expect((await runCli(['build', stage4, '--stage', 'next', '--format', 'md'])).code).toBe(0);
    expect((await readdir(path.join(stage4, 'keluaran'))).sort()).toEqual(['buku-1-analisis-strategis.md', 'buku-2-masterplan.md', 'buku-3-ringkasan-eksekutif.md', 'buku-4-profil-quick-win.md']);
  });

  it('anything else is refused with exit 2, naming the choices', async () => {
    const dir = await scheduled();
    for (const command of ['build', 'status']) {
      const res = await runCli([command, dir, '--stage', 'berikut', '--lang', 'en']);
      expect(res.code).toBe(2);
      expect(res.stderr).toBe('masterplan: --stage: "berikut" (1 | 2 | 3 | 4 | next)\n');
    }
  });
});
