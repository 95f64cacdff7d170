/** `masterplan score`: the JSON contract is byte-stable, sensitivity is seeded, formats and flags behave. */
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/memory-env.js';
import { copyExample, editFile, EXAMPLE } from '../support/project.js';

interface ScoreJson {
  method: string;
  weights: Record<string, number>;
  ahp: { lambda_max: number; ci: number; cr: number } | null;
  ranking: Array<{ id: string; rank: number; score: number; eligible: boolean; reasons: string[]; selected: boolean; dimensi: string; opd: string; criteria: Record<string, { value: number; normalized: number; weighted: number }> }>;
  dimensions_without_selection: string[];
  sensitivity?: unknown;
}

describe('masterplan score', () => {
  it('json follows the contract, is ranked best first and selects the six adopted quick wins', async () => {
    const res = await runCli(['score', EXAMPLE, '--format', 'json']);
    expect(res.code).toBe(0);
    const out = JSON.parse(res.stdout) as ScoreJson;
    expect(Object.keys(out)).toEqual(['method', 'weights', 'ahp', 'ranking', 'dimensions_without_selection']);
    expect(out.method).toBe('saw');
    expect(out.ahp).toBeNull();
    expect(out.ranking.map((r) => r.rank)).toEqual(out.ranking.map((_, i) => i + 1));
    // Scores are ordered on a 1e-9 grid (docs/scoring.md); at full precision two tied scores may differ in the last bit.
    out.ranking.slice(1).forEach((r, i) => expect(out.ranking[i]?.score).toBeGreaterThanOrEqual(r.score - 1e-9));
    expect(out.ranking.filter((r) => r.selected).map((r) => r.id).sort()).toEqual([
      'asela-dijaketi', 'e-kelurahan', 'job-cafe-anteraja', 'pengolahan-limbah-b3', 'si-langit-cerah', 'tegal-padang-jingrang',
    ]);
    const pju = out.ranking.find((r) => r.id === 'pju-cerdas');
    expect(pju?.eligible).toBe(false);
    expect(pju?.selected).toBe(false);
    expect(pju?.reasons.length).toBe(1);
    expect(Object.keys(out.ranking[0]?.criteria ?? {})).toEqual(Object.keys(out.weights));
    expect(out.dimensions_without_selection).toEqual([]);
  });

  it('json is byte-stable across runs', async () => {
    const a = await runCli(['score', EXAMPLE, '--format', 'json']);
    const b = await runCli(['score', EXAMPLE, '--format', 'json']);
    expect(a.stdout).toBe(b.stdout);
  });

  it('--sensitivity --seed 7 is reproducible and another seed changes it', async () => {
    const run = async (seed: string) => (await runCli(['score', EXAMPLE, '--format', 'json', '--sensitivity', '--seed', seed, '--draws', '300'])).stdout;
    const a = await run('7');
    expect(a).toBe(await run('7'));
    expect(JSON.parse(a)).toHaveProperty('sensitivity');
    expect(await run('8')).not.toBe(a);
  });

  it('--sensitivity shows its results in the table and the CSV too, not only in JSON (item 6)', async () => {
    const json = JSON.parse((await runCli(['score', EXAMPLE, '--format', 'json', '--sensitivity', '--draws', '200'])).stdout) as { sensitivity: { proposals: Array<{ id: string; keep_rank: number }> } };
    const table = await runCli(['score', EXAMPLE, '--sensitivity', '--draws', '200']);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('Uji kepekaan bobot (SAW): 200 undian');
    expect(table.stdout).toContain('τ Kendall');
    expect(Math.max(...table.stdout.split('\n').map((l) => [...l].length))).toBeLessThanOrEqual(80);
    const csv = (await runCli(['score', EXAMPLE, '--format', 'csv', '--sensitivity', '--draws', '200'])).stdout.split('\r\n');
    const header = (csv[0] ?? '').split(',');
    const keep = header.indexOf('keep_rank');
    expect(keep).toBeGreaterThan(0);
    for (const p of json.sensitivity.proposals) expect(Number(csv.find((l) => l.split(',')[1] === p.id)?.split(',')[keep])).toBe(p.keep_rank);
  });

  it('--method changes the method; table fits 80 columns; csv has a header row', async () => {
    const wp = JSON.parse((await runCli(['score', EXAMPLE, '--format', 'json', '--method', 'wp'])).stdout) as ScoreJson;
    expect(wp.method).toBe('wp');
    const table = await runCli(['score', EXAMPLE]);
    expect(table.code).toBe(0);
    expect(Math.max(...table.stdout.split('\n').map((l) => [...l].length))).toBeLessThanOrEqual(80);
    expect(table.stdout).toMatch(/Peringkat/);
    const csv = await runCli(['score', EXAMPLE, '--format', 'csv']);
    expect(csv.stdout.split('\n')[0]).toMatch(/rank|peringkat/i);
  });

  it('--explain shows every criterion of one proposal; an unknown id exits 2', async () => {
    const res = await runCli(['score', EXAMPLE, '--explain', 'e-kelurahan']);
    expect(res.code).toBe(0);
    for (const k of ['dampak', 'urgensi', 'kemudahan', 'inovasi', 'anggaran']) expect(res.stdout).toContain(k);
    expect((await runCli(['score', EXAMPLE, '--explain', 'tidak-ada'])).code).toBe(2);
  });

  it('an inconsistent AHP matrix is an error on perbandingan (exit 1)', async () => {
    const dir = await copyExample();
    await editFile(dir, 'masterplan.yaml', /bobot: \d+(, )?/g, '');
    await editFile(dir, 'masterplan.yaml', /^ {2}syarat:/m, [
      '  perbandingan:',
      '    - [dampak, urgensi, 9]', '    - [dampak, kemudahan, 1]', '    - [dampak, inovasi, 1]', '    - [dampak, anggaran, 1]',
      '    - [urgensi, kemudahan, 9]', '    - [urgensi, inovasi, 1]', '    - [urgensi, anggaran, 1]',
      '    - [kemudahan, inovasi, 9]', '    - [kemudahan, anggaran, 1]', '    - [inovasi, anggaran, 9]',
      '  syarat:',
    ].join('\n'));
    const res = await runCli(['score', dir, '--format', 'json']);
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/score\/ahp-inconsistent/);
    const out = JSON.parse(res.stdout) as ScoreJson;
    expect(out.ahp?.cr).toBeGreaterThan(0.1);
  });

  it('refuses a project with errors (exit 1) and bad flags (exit 2)', async () => {
    const dir = await copyExample();
    await editFile(dir, 'data/quickwin/e-kelurahan.yaml', /^opd: .*$/m, 'opd: tidak-ada');
    expect((await runCli(['score', dir])).code).toBe(1);
    expect((await runCli(['score', EXAMPLE, '--method', 'ahp'])).code).toBe(2);
    expect((await runCli(['score', EXAMPLE, '--seed', '-1', '--sensitivity'])).code).toBe(2);
  });
});
