/**
 * `masterplan diff` on a git repository with several commits, checked against what `score` and
 * `status` say of each version on its own; the JSON contract of the README field by field; the work tree is
 * never touched; the words of the report; the snapshot path without git; and every bad input.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { commitAll, git } from '../support/git.js';
import { history, SAPA_WARGA } from '../support/history.js';
import { runCli } from '../support/memory-env.js';
import { copyExample, editFile, tempDir } from '../support/project.js';

interface DiffJson {
  since: { ref: string | null; date: string; source: string; asked?: string; tahap?: number; snapshot?: string };
  stage: number;
  partial: boolean;
  files: Array<{ file: string; status: string; opd: string | null; old_file?: string; invalid?: string; changes: Array<{ path: string; old?: unknown; new?: unknown }> }>;
  ranking: Array<{ id: string; opd: string; old_rank: number | null; new_rank: number | null; old_selected: boolean | null; new_selected: boolean | null }> | null;
  completeness: Array<{ opd: string; old: number | null; new: number | null }> | null;
  totals: Record<string, { old: number; new: number }> | null;
  diagnostics: Array<{ code: string; severity: string; message: string; file: string; line: number; column: number }>;
}

interface ScoreJson {
  ranking: Array<{ id: string; rank: number; selected: boolean }>;
}

interface StatusJson {
  opd: Array<{ id: string; completeness: number }>;
}

/** The project at a revision, extracted into a folder of its own (git archive), to be scored on its own. */
async function checkout(dir: string, rev: string): Promise<string> {
  const out = await tempDir();
  const tar = path.join(out, 'v.tar');
  git(dir, ['archive', '--format=tar', '-o', tar, rev]);
  execFileSync('tar', ['-xf', tar, '-C', out]);
  await rm(tar);
  return out;
}

async function scoreOf(dir: string): Promise<Map<string, { rank: number; selected: boolean }>> {
  const res = await runCli(['score', dir, '--format', 'json']);
  return new Map((JSON.parse(res.stdout) as ScoreJson).ranking.map((r) => [r.id, { rank: r.rank, selected: r.selected }]));
}

async function completenessOf(dir: string): Promise<Map<string, number>> {
  const res = await runCli(['status', dir, '--stage', '4', '--format', 'json']);
  return new Map((JSON.parse(res.stdout) as StatusJson).opd.map((o) => [o.id, o.completeness]));
}

async function yamlFiles(dir: string, kind: string): Promise<Array<Record<string, unknown>>> {
  const folder = path.join(dir, 'data', kind);
  return Promise.all((await readdir(folder)).sort().map(async (f) => parse(await readFile(path.join(folder, f), 'utf8')) as Record<string, unknown>));
}

const short = (dir: string, rev: string) => git(dir, ['rev-parse', '--short', rev]);

describe('masterplan diff, in git', () => {
  it('reports the files, fields and effects since a revision, as score and status see each version', async () => {
    const { dir } = await history();
    const statusBefore = git(dir, ['status', '--porcelain']);
    const res = await runCli(['diff', dir, '--since', 'v1', '--format', 'json', '--stage', '4']);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    const out = JSON.parse(res.stdout) as DiffJson;

    // The JSON contract of the README, key by key.
    expect(Object.keys(out)).toEqual(expect.arrayContaining(['since', 'files', 'ranking', 'completeness', 'totals']));
    expect(out.since).toEqual({ ref: short(dir, 'v1'), date: '2022-06-01', source: 'git' });
    expect(out.stage).toBe(4);
    expect(out.partial).toBe(false);

    // Files: the uncommitted change counts; a rename is one changed file; comments and layout do not count.
    expect(out.files.map((f) => [f.file, f.status, f.opd, f.old_file ?? null])).toEqual([
      ['data/opd/dinkes.yaml', 'changed', 'dinkes', null],
      ['data/opd/dinsos.yaml', 'changed', 'dinsos', null],
      ['data/program/jaringan-air-minum.yaml', 'removed', 'perumda-tirta-bahari', null],
      ['data/program/pju-terpantau-kota.yaml', 'changed', 'dishub', 'data/program/pju-terpantau.yaml'],
      ['data/quickwin/e-kelurahan.yaml', 'changed', 'diskominfo', null],
      ['data/quickwin/sapa-warga.yaml', 'added', 'diskominfo', null],
    ]);
    const byFile = new Map(out.files.map((f) => [f.file, f]));
    expect(byFile.get('data/opd/dinkes.yaml')?.changes).toEqual([{ path: 'sdm.asn', old: 486, new: 490 }]);
    const dinsosApps = (parse(await readFile(path.join(dir, 'data/opd/dinsos.yaml'), 'utf8')) as { aplikasi: unknown[] }).aplikasi;
    expect(byFile.get('data/opd/dinsos.yaml')?.changes).toEqual([{ path: 'sdm.tik', old: 2, new: 12 }, { path: 'aplikasi', new: dinsosApps }]);
    expect(byFile.get('data/quickwin/e-kelurahan.yaml')?.changes).toEqual([{ path: 'skor.dampak', old: 5, new: 2 }]);
    expect(byFile.get('data/program/pju-terpantau-kota.yaml')?.changes).toEqual([]);
    // An added file has its fields with new values only, a removed one with old values only.
    const added = byFile.get('data/quickwin/sapa-warga.yaml')?.changes ?? [];
    expect(added.map((c) => c.path)).toEqual(expect.arrayContaining(Object.keys(parse(SAPA_WARGA) as object)));
    expect(added.every((c) => !('old' in c) && 'new' in c)).toBe(true);
    expect(added.find((c) => c.path === 'anggaran')?.new).toEqual({ nilai: 150000000, sumber: 'APBD' });
    const removed = byFile.get('data/program/jaringan-air-minum.yaml')?.changes ?? [];
    expect(removed.length).toBeGreaterThan(5);
    expect(removed.every((c) => 'old' in c && !('new' in c))).toBe(true);

    // Ranking: exactly the quick wins whose rank or selection differs between the two scorings.
    const old = await checkout(dir, 'v1');
    const before = await scoreOf(old);
    const after = await scoreOf(dir);
    const expected = [...new Set([...after.keys(), ...before.keys()])]
      .filter((id) => before.get(id)?.rank !== after.get(id)?.rank || before.get(id)?.selected !== after.get(id)?.selected)
      .map((id) => ({ id, old_rank: before.get(id)?.rank ?? null, new_rank: after.get(id)?.rank ?? null, old_selected: before.get(id)?.selected ?? null, new_selected: after.get(id)?.selected ?? null }));
    expect(out.ranking?.map((r) => ({ id: r.id, old_rank: r.old_rank, new_rank: r.new_rank, old_selected: r.old_selected, new_selected: r.new_selected }))).toEqual(
      expected.sort((a, b) => (a.new_rank ?? 99) - (b.new_rank ?? 99)),
    );
    const ekel = out.ranking?.find((r) => r.id === 'e-kelurahan');
    expect(ekel?.new_rank).toBeGreaterThan(ekel?.old_rank ?? Infinity);
    expect(out.ranking?.find((r) => r.id === 'sapa-warga')).toMatchObject({ opd: 'diskominfo', old_rank: null, old_selected: null, new_rank: 1, new_selected: true });

    // Completeness at stage 4: Dinsos sent its applications again.
    const cBefore = await completenessOf(old);
    const cAfter = await completenessOf(dir);
    expect(cBefore.get('dinsos')).toBeLessThan(1);
    expect(out.completeness).toEqual([{ opd: 'dinsos', old: cBefore.get('dinsos'), new: cAfter.get('dinsos') }]);

    // Totals, summed from the YAML of each version.
    const sum = (list: Array<Record<string, unknown>>, pick: (x: Record<string, unknown>) => unknown) => list.reduce((a, x) => a + Number(pick(x) ?? 0), 0);
    const qwOld = await yamlFiles(old, 'quickwin');
    const qwNow = await yamlFiles(dir, 'quickwin');
    const nilai = (x: Record<string, unknown>) => (x['anggaran'] as { nilai: number }).nilai;
    expect(out.totals?.['quickwin_anggaran']).toEqual({ old: sum(qwOld, nilai), new: sum(qwNow, nilai) });
    expect(out.totals?.['quickwin_anggaran']?.new).toBe((out.totals?.['quickwin_anggaran']?.old ?? 0) + 150_000_000);
    expect(out.totals?.['program_anggaran_indikatif']).toEqual({ old: sum(await yamlFiles(old, 'program'), (x) => x['anggaran_indikatif']), new: sum(await yamlFiles(dir, 'program'), (x) => x['anggaran_indikatif']) });
    const selectedSum = (list: Array<Record<string, unknown>>, ids: string[], scores: Map<string, { selected: boolean }>) =>
      list.reduce((a, x, i) => a + (scores.get(ids[i] as string)?.selected ? nilai(x) : 0), 0);
    const idsOld = (await readdir(path.join(old, 'data/quickwin'))).sort().map((f) => f.replace(/\.yaml$/, ''));
    const idsNow = (await readdir(path.join(dir, 'data/quickwin'))).sort().map((f) => f.replace(/\.yaml$/, ''));
    expect(out.totals?.['quickwin_terpilih_anggaran']).toEqual({ old: selectedSum(qwOld, idsOld, before), new: selectedSum(qwNow, idsNow, after) });
    expect(out.diagnostics).toEqual([]);

    // Nothing was checked out over the work tree.
    expect(git(dir, ['status', '--porcelain'])).toBe(statusBefore);
    expect(await readFile(path.join(dir, 'data/opd/dinkes.yaml'), 'utf8')).toContain('asn: 490');
  });

  it('finds the last commit before a date and before a bimtek', async () => {
    const { dir, c2 } = await history();
    const byDate = JSON.parse((await runCli(['diff', dir, '--since', '2022-07-20', '--format', 'json'])).stdout) as DiffJson;
    expect(byDate.since).toEqual({ ref: short(dir, c2), date: '2022-07-01', source: 'git', asked: '2022-07-20' });
    const byBimtek = JSON.parse((await runCli(['diff', dir, '--since', 'tahap:2', '--format', 'json'])).stdout) as DiffJson;
    expect(byBimtek.since).toEqual({ ref: short(dir, c2), date: '2022-07-01', source: 'git', asked: '2022-07-20', tahap: 2 });
    // Since c2 Dinsos' staff figure is no longer a change.
    expect(byBimtek.files.find((f) => f.file === 'data/opd/dinsos.yaml')?.changes.map((c) => c.path)).toEqual(['aplikasi']);
    // A commit on the date itself is not before it.
    const onTheDay = JSON.parse((await runCli(['diff', dir, '--since', '2022-08-01', '--format', 'json'])).stdout) as DiffJson;
    expect(onTheDay.since.ref).toBe(short(dir, c2));
  });

  it('writes each change in words: names, Rupiah, ranks and selection, per OPD', async () => {
    const { dir } = await history();
    const res = await runCli(['diff', dir, '--since', 'v1', '--stage', '4']);
    expect(res.code).toBe(0);
    const text = res.stdout;
    expect(text).toContain(`Dibandingkan dengan commit ${short(dir, 'v1')} (1 Juni 2022)`);
    expect(text).toMatch(/Dinas Sosial \(Dinsos\)\n {2}diubah {2}data\/opd\/dinsos\.yaml {2}\(Dinas Sosial\)\n {6}Jumlah SDM TIK: 2 → 12\n {6}Daftar aplikasi: — → Sistem Informasi Kesejahteraan Sosial Next Generation/);
    expect(text).toContain('      Skor Dampak langsung ke masyarakat: 5 → 2');
    expect(text).toMatch(/ditambahkan {2}data\/quickwin\/sapa-warga\.yaml {2}\(Sapa Warga\)\n(.*\n)*? {6}Anggaran: — → Nilai anggaran: Rp150\.000\.000; Sumber dana: APBD\n {6}Durasi \(bulan\): — → 6\n {6}Bulan mulai: — → Maret 2023/);
    expect(text).toMatch(/berganti nama {2}data\/program\/pju-terpantau-kota\.yaml .*\n {6}semula data\/program\/pju-terpantau\.yaml/);
    expect(text).toMatch(/dihapus {2}data\/program\/jaringan-air-minum\.yaml/);
    expect(text).toMatch(/Sapa Warga \(Diskominfo\) +— → 1 +— → terpilih/);
    expect(text).toMatch(/E-Kelurahan \(Diskominfo\) +3 → \d+ +terpilih → tidak terpilih/);
    expect(text).toMatch(/Anggaran seluruh usulan quick win +Rp[\d.]+ → Rp[\d.]+/);

    const en = await runCli(['diff', dir, '--since', 'v1', '--lang', 'en']);
    expect(en.stdout).toContain(`Compared with commit ${short(dir, 'v1')} (1 June 2022)`);
    expect(en.stdout).toMatch(/ {2}changed {2}data\/opd\/dinsos\.yaml/);
    expect(en.stdout).toContain('Budget of every quick-win proposal');

    const md = await runCli(['diff', dir, '--since', 'v1', '--format', 'md']);
    expect(md.stdout).toMatch(/^# Kota Tegal — perubahan data\n/);
    expect(md.stdout).toContain('## Dinas Sosial \\(Dinsos\\)\n\n| Berkas | Keadaan | Butir | Semula | Menjadi |\n|---|---|---|---|---|\n| data/opd/dinsos.yaml | diubah | Jumlah SDM TIK | 2 | 12 |');
    expect(md.stdout).toContain('| Sapa Warga | Diskominfo | — | 1 | — | terpilih |');
  });

  it('compares what it can when the earlier version does not validate, and says what it could not', async () => {
    const dir = await copyExample();
    git(dir, ['init', '-q']);
    await editFile(dir, 'data/quickwin/e-parkir.yaml', /^durasi_bulan: .*$/m, 'durasi_bulan: lama');
    await editFile(dir, 'data/opd/dinsos.yaml', /^ {2}tik: 2$/m, '  tik: 3');
    commitAll(dir, 'rusak', '2022-06-01T20:00:00+07:00');
    await editFile(dir, 'data/quickwin/e-parkir.yaml', /^durasi_bulan: lama$/m, 'durasi_bulan: 6');
    await editFile(dir, 'data/opd/dinsos.yaml', /^ {2}tik: 3$/m, '  tik: 12');
    const res = await runCli(['diff', dir, '--since', 'HEAD', '--format', 'json']);
    expect(res.code).toBe(0);
    const out = JSON.parse(res.stdout) as DiffJson;
    expect(out.partial).toBe(true);
    expect(out.files).toEqual([
      { file: 'data/opd/dinsos.yaml', status: 'changed', opd: 'dinsos', changes: [{ path: 'sdm.tik', old: 3, new: 12 }] },
      { file: 'data/quickwin/e-parkir.yaml', status: 'changed', opd: 'dishub', changes: [], invalid: 'old' },
    ]);
    expect(out.ranking).toBeNull();
    expect(out.completeness).toBeNull();
    expect(out.totals).toBeNull();
    const line = (await readFile(path.join(dir, 'data/quickwin/e-parkir.yaml'), 'utf8')).split('\n').findIndex((l) => l.startsWith('durasi_bulan')) + 1;
    expect(out.diagnostics).toEqual([
      expect.objectContaining({ code: 'diff/since-invalid', severity: 'warning', file: 'data/quickwin/e-parkir.yaml', line, column: 15 }),
    ]);
    expect(out.diagnostics[0]?.message).toMatch(/^Versi proyek pada [0-9a-f]{7,} tidak lolos validasi \(1 galat/);
    const table = await runCli(['diff', dir, '--since', 'HEAD']);
    expect(table.stderr).toContain('diff/since-invalid');
    expect(table.stdout).toContain('isi tidak dibandingkan: versi semula tidak lolos validasi');
    expect(table.stdout).toContain('Peringkat, kelengkapan, dan jumlah anggaran tidak dibandingkan');
  });

  it('still lists the changed files when the project now has errors, and exits 1', async () => {
    const { dir } = await history();
    await editFile(dir, 'data/quickwin/sapa-warga.yaml', 'opd: diskominfo', 'opd: diskominfoo');
    const res = await runCli(['diff', dir, '--since', 'v1', '--format', 'json']);
    expect(res.code).toBe(1);
    const out = JSON.parse(res.stdout) as DiffJson;
    expect(out.partial).toBe(true);
    expect(out.files.map((f) => f.file)).toContain('data/quickwin/sapa-warga.yaml');
    expect(out.ranking).toBeNull();
    expect(out.diagnostics.map((d) => d.code)).toEqual(['ref/unknown', 'diff/current-invalid']);
    expect(res.stderr).toContain('ref/unknown');
  });

  it('refuses bad input with a clear message and exit 2, never a stack trace', async () => {
    const { dir } = await history();
    const cases: Array<[string[], RegExp]> = [
      [['--since', 'v9'], /Revisi git "v9" tidak ditemukan di repositori ini/],
      [['--since', '2022-05-01'], /Tidak ada commit sebelum 2022-05-01 \(commit pertama: 2022-06-01\) dan tidak ada cuplikan sebelum tanggal itu/],
      [['--since', 'tahap:4'], /masterplan\.yaml tidak mencantumkan bimtek tahap 4 \(yang tercantum: tahap 1, 2, 3\)/],
      [['--since', 'tahap:7'], /--since "tahap:7": berikan revisi git/],
      [['--since', '2022-02-30'], /--since "2022-02-30": berikan revisi git/],
      [['--since', '--all'], /--since "--all"/],
      [['--since', 'v1', '--format', 'pdf'], /pdf/],
      [[], /--since/],
    ];
    for (const [args, message] of cases) {
      const res = await runCli(['diff', dir, ...args]);
      expect(res.code, args.join(' ')).toBe(2);
      expect(res.stderr, args.join(' ')).toMatch(message);
      expect(res.stderr, args.join(' ')).not.toMatch(/\n\s+at /);
      expect(res.stdout).toBe('');
    }
    const en = await runCli(['diff', dir, '--since', 'v9', '--lang', 'en']);
    expect(en.stderr).toBe('masterplan: The git revision "v9" does not exist in this repository. Check with "git log --oneline".\n');
  });

  it('reads the bimtek dates only from a valid masterplan.yaml', async () => {
    const { dir } = await history();
    await editFile(dir, 'masterplan.yaml', /^periode:/m, 'periodee:');
    const res = await runCli(['diff', dir, '--since', 'tahap:2']);
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('--since tahap:N memerlukan tanggal bimtek dari masterplan.yaml yang sah');
  });

  it('shows its options in --help', async () => {
    const res = await runCli(['diff', '--help']);
    expect(res.code).toBe(0);
    for (const flag of ['--since <when>', '--format <format>', '--stage <n>', 'tahap:N', 'YYYY-MM-DD']) expect(res.stdout).toContain(flag);
  });
});

describe('masterplan diff, without git', () => {
  it('compares with the latest snapshot a build kept before the date', async () => {
    const dir = await copyExample();
    const build = (day: number) => runCli(['build', dir, '--format', 'xlsx', '--quiet'], { now: new Date(Date.UTC(2024, 6, day, 5)) });
    expect((await build(10)).code).toBe(0);
    await editFile(dir, 'data/opd/dinsos.yaml', /^ {2}tik: 2$/m, '  tik: 5');
    expect((await build(15)).code).toBe(0);
    await editFile(dir, 'data/opd/dinsos.yaml', /^ {2}tik: 5$/m, '  tik: 12');
    const snapshots = await readdir(path.join(dir, '.masterplan/snapshot'));
    expect(snapshots).toHaveLength(2);
    expect(await readdir(path.join(dir, 'keluaran'))).toEqual(['masterplan.xlsx']);

    const res = await runCli(['diff', dir, '--since', '2024-07-16', '--format', 'json']);
    expect(res.code).toBe(0);
    const out = JSON.parse(res.stdout) as DiffJson;
    expect(out.since).toMatchObject({ ref: null, source: 'snapshot', date: '2024-07-15', asked: '2024-07-16' });
    expect(out.since.snapshot).toMatch(/^\.masterplan\/snapshot\/20240715T050000000Z-[0-9a-f]{12}\.json\.gz$/);
    expect(out.files).toEqual([{ file: 'data/opd/dinsos.yaml', status: 'changed', opd: 'dinsos', changes: [{ path: 'sdm.tik', old: 5, new: 12 }] }]);
    expect(out.ranking).toEqual([]);

    // An earlier date takes the earlier snapshot; a broken newer one is skipped with a warning.
    const newest = path.join(dir, '.masterplan/snapshot', snapshots.sort()[1] as string);
    await writeFile(newest, 'rusak');
    const skipped = await runCli(['diff', dir, '--since', '2024-07-16', '--format', 'json']);
    const s = JSON.parse(skipped.stdout) as DiffJson;
    expect(s.since.date).toBe('2024-07-10');
    expect(s.files[0]?.changes).toEqual([{ path: 'sdm.tik', old: 2, new: 12 }]);
    expect(s.diagnostics).toEqual([expect.objectContaining({ code: 'diff/snapshot-unreadable', severity: 'warning', file: path.relative(dir, newest).split(path.sep).join('/'), line: 1 })]);
    expect(skipped.stderr).toContain('bukan berkas gzip yang utuh');

    const tooEarly = await runCli(['diff', dir, '--since', '2024-07-01']);
    expect(tooEarly.code).toBe(2);
    expect(tooEarly.stderr).toContain('Tidak ada cuplikan sebelum 2024-07-01; cuplikan tertua dibuat 2024-07-10.');
    const revision = await runCli(['diff', dir, '--since', 'HEAD~1']);
    expect(revision.code).toBe(2);
    expect(revision.stderr).toContain('tidak berada dalam repositori git, sehingga revisi "HEAD~1" tidak dapat dibaca');
  });

  it('without git and without a snapshot says how to get one', async () => {
    const dir = await copyExample();
    const res = await runCli(['diff', dir, '--since', 'tahap:1']);
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/tidak berada dalam repositori git dan belum memiliki cuplikan \(\.masterplan\/snapshot\/\).*Jalankan "masterplan build"/);
  });

  it('inside git, a snapshot serves for a date before the first commit', async () => {
    const dir = await copyExample();
    expect((await runCli(['build', dir, '--format', 'xlsx', '--quiet'], { now: new Date(Date.UTC(2022, 4, 20, 5)) })).code).toBe(0);
    await mkdir(path.join(dir, 'extra'));
    await rename(path.join(dir, '.masterplan'), path.join(dir, 'extra', 'simpan'));
    git(dir, ['init', '-q']);
    await editFile(dir, 'data/opd/dinsos.yaml', /^ {2}tik: 2$/m, '  tik: 7');
    commitAll(dir, 'awal', '2022-06-01T20:00:00+07:00');
    await rename(path.join(dir, 'extra', 'simpan'), path.join(dir, '.masterplan'));
    const out = JSON.parse((await runCli(['diff', dir, '--since', '2022-05-25', '--format', 'json'])).stdout) as DiffJson;
    expect(out.since).toMatchObject({ source: 'snapshot', date: '2022-05-20', ref: null });
    expect(out.files).toEqual([{ file: 'data/opd/dinsos.yaml', status: 'changed', opd: 'dinsos', changes: [{ path: 'sdm.tik', old: 2, new: 7 }] }]);
  });
});
