/** The presentation functions of `masterplan score`: JSON contract, table, CSV and explanations. */
import { describe, expect, it } from 'vitest';
import { explain } from '../../../pipeline/analyse.js';
import { rankQuickWins } from '../../../score/rank.js';
import { makePenilaian, makeQuickWin, testContext } from '../../../score/testing.js';
import type { QuickWinEntry } from '../../../score/types.js';
import { csvText, formatCsv, formatExplain, formatJson, formatTable, TABLE_WIDTH } from './index.js';

const penilaian = makePenilaian({
  kriteria: [
    { id: 'dampak', nama: 'Dampak', jenis: 'benefit', bobot: 30 },
    { id: 'urgensi', nama: 'Urgensi', jenis: 'benefit', bobot: 25 },
    { id: 'anggaran', nama: 'Anggaran', jenis: 'cost', bobot: 10, dari: 'anggaran' },
  ],
});
const quickwins: QuickWinEntry[] = [
  makeQuickWin('asela', {
    nama: 'Asela Dijaketi — Aplikasi Sistem Elektronik Layanan Administrasi Desa dan Kelurahan Terpadu',
    opd: 'dinas-kependudukan-dan-pencatatan-sipil',
    skor: { dampak: 5, urgensi: 4 },
  }),
  makeQuickWin('sapa', { nama: 'Sapa Warga', skor: { dampak: 4, urgensi: 5 }, durasi_bulan: 18, dimensi: 'society', elemen: 'komunitas' }),
  makeQuickWin('sehat', { nama: '=HYPERLINK("http://x")', skor: { dampak: 3, urgensi: 3 }, dimensi: 'living', elemen: 'kesehatan' }),
  makeQuickWin('draft', { nama: 'Draf, "belum" dinilai' }),
];
const ranking = rankQuickWins({ penilaian, quickwins }, testContext());

describe('formatJson', () => {
  it('follows the README contract exactly, best first, rank from 1', () => {
    const json = JSON.parse(formatJson(ranking, { lang: 'id' })) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['method', 'weights', 'ahp', 'ranking', 'dimensions_without_selection']);
    expect(json['method']).toBe('saw');
    // Full precision: exactly the weights the ranking used.
    expect(json['weights']).toEqual({ dampak: ranking.criteria[0]?.weight, urgensi: ranking.criteria[1]?.weight, anggaran: ranking.criteria[2]?.weight });
    expect(json['weights']).not.toEqual({ dampak: 0.461538, urgensi: 0.384615, anggaran: 0.153846 });
    expect(json['ahp']).toBeNull();
    const rows = json['ranking'] as Array<Record<string, unknown>>;
    expect(rows.map((r) => r['rank'])).toEqual([1, 2, 3, 4]);
    expect(Object.keys(rows[0] ?? {})).toEqual(['id', 'rank', 'score', 'eligible', 'reasons', 'selected', 'dimensi', 'opd', 'criteria']);
    expect(rows[1]).toMatchObject({ id: 'sapa', eligible: false, selected: false, reasons: ['durasi 18 bulan melebihi batas 12 bulan'] });
    expect((rows[0]?.['criteria'] as Record<string, unknown>)['anggaran']).toEqual({ value: 100000000, normalized: 1, weighted: ranking.criteria[2]?.weight });
    expect((rows[3]?.['criteria'] as Record<string, unknown>)['dampak']).toEqual({ value: null, normalized: 0, weighted: 0 });
    expect(json['dimensions_without_selection']).toEqual(['branding', 'economy', 'society', 'environment']);
  });

  it('is byte-stable: same bytes for the same input in any order', () => {
    const a = formatJson(ranking, { lang: 'id' });
    const b = formatJson(rankQuickWins({ penilaian, quickwins: [...quickwins].reverse() }, testContext()), { lang: 'id' });
    expect(b).toBe(a);
    expect(a.endsWith('}\n')).toBe(true);
  });

  it('carries every number at full precision: each score reads back as exactly the ranking\'s (item 8)', () => {
    const json = JSON.parse(formatJson(ranking, { lang: 'id' })) as { ranking: Array<{ id: string; score: number; criteria: Record<string, { normalized: number; weighted: number }> }> };
    for (const row of json.ranking) {
      const p = ranking.quickwins.find((q) => q.id === row.id);
      expect(row.score).toBe(p?.score);
      for (const c of p?.criteria ?? []) expect(row.criteria[c.criterion]).toMatchObject({ normalized: c.normalised, weighted: c.weighted });
    }
    // 0.0166677 is not 0.016668.
    const fine = rankQuickWins({
      penilaian: makePenilaian({ kriteria: [{ id: 'dampak', nama: 'Dampak', jenis: 'benefit', bobot: 0.0166677 }, { id: 'urgensi', nama: 'Urgensi', jenis: 'benefit', bobot: 0.9833323 }] }),
      quickwins: [makeQuickWin('a', { skor: { dampak: 5, urgensi: 5 } })],
    }, testContext());
    expect((JSON.parse(formatJson(fine, { lang: 'id' })) as { weights: Record<string, number> }).weights['dampak']).toBe(fine.criteria[0]?.weight);
    const w = fine.criteria[0]?.weight ?? 0;
    expect(String(w).split('.')[1]?.length).toBeGreaterThan(6);
    expect(formatJson(fine, { lang: 'id' })).toContain(`"dampak": ${String(w)},`);
  });

  it('writes reasons in English on request and adds AHP figures and sensitivity beside the contract', () => {
    const ahpRanking = rankQuickWins(
      {
        penilaian: makePenilaian({
          kriteria: [
            { id: 'dampak', nama: 'Dampak', jenis: 'benefit' },
            { id: 'anggaran', nama: 'Anggaran', jenis: 'cost', dari: 'anggaran' },
          ],
          perbandingan: [['dampak', 'anggaran', 3]],
        }),
        quickwins,
      },
      testContext(),
      { sensitivity: { seed: 5, draws: 10 } },
    );
    const json = JSON.parse(formatJson(ahpRanking, { lang: 'en' })) as Record<string, unknown>;
    expect(json['ahp']).toEqual({ lambda_max: 2, ci: 0, cr: 0 });
    expect(Object.keys(json).at(-1)).toBe('sensitivity');
    expect((json['sensitivity'] as Record<string, unknown>)['seed']).toBe(5);
    const rows = json['ranking'] as Array<Record<string, unknown>>;
    expect(rows.find((r) => r['id'] === 'draft')?.['reasons']).toEqual(['not scored yet']);
  });
});

describe('formatTable', () => {
  it.each(['id', 'en'] as const)('fits %s output in 80 columns, truncating long names with an ellipsis', (lang) => {
    const text = formatTable(ranking, lang);
    for (const line of text.split('\n')) expect([...line].length).toBeLessThanOrEqual(TABLE_WIDTH);
    expect(text).toContain('…');
    expect(text).toContain('Sapa Warga');
  });

  it('uses Indonesian headers and marks, with footnoted reasons', () => {
    const text = formatTable(ranking, 'id');
    expect(text).toMatch(/Peringkat\s+Quick win\s+OPD\s+Dimensi\s+Skor\s+Status/);
    expect(text).toContain('✓ terpilih');
    expect(text).toContain('✗ TMS [1]');
    expect(text).toContain('tidak memenuhi syarat');
    expect(text).toContain('  [1] sapa: durasi 18 bulan melebihi batas 12 bulan');
    expect(text).toContain('0,9231');
    expect(text).toContain('Dimensi tanpa quick win terpilih: branding, economy, society, environment');
  });

  it('uses English headers with lang en', () => {
    const text = formatTable(ranking, 'en');
    expect(text).toMatch(/Rank\s+Quick win\s+OPD\s+Dimension\s+Score\s+Status/);
    expect(text).toContain('✓ selected');
    expect(text).toContain('[2] draft: not scored yet');
    expect(text).toContain('0.9231');
  });

  it('says so when there is nothing to rank', () => {
    expect(formatTable(rankQuickWins({ penilaian, quickwins: [] }, testContext()), 'id')).toContain('Belum ada quick win.');
  });
});

describe('the sensitivity analysis in the table and the CSV (item 6)', () => {
  const withSensitivity = rankQuickWins({ penilaian, quickwins }, testContext(), { sensitivity: { seed: 3, draws: 200 } });
  const s = withSensitivity.sensitivity;
  if (s === undefined) throw new Error('no sensitivity');

  it.each(['id', 'en'] as const)('the %s table lists each quick win\'s stability and Kendall\'s τ, in 80 columns', (lang) => {
    const text = formatTable(withSensitivity, lang);
    for (const line of text.split('\n')) expect([...line].length).toBeLessThanOrEqual(TABLE_WIDTH);
    expect(text).toContain(lang === 'id' ? 'Uji kepekaan bobot (SAW): 200 undian, setiap bobot dikali 1 ± 20%, benih 3.' : 'Weight sensitivity (SAW): 200 draws, each weight times 1 ± 20%, seed 3.');
    const f = (x: number) => `${Math.round(x * 100)}%`;
    for (const q of s.quickwins) {
      const row = text.split('\n').find((l) => new RegExp(`^\\s*${q.rank}\\s{2}`).test(l) && l.includes(f(q.keepRank)) && l.includes(f(q.selectedShare)));
      expect(row, q.id).toBeDefined();
    }
    const tau = s.agreement[0];
    expect(text).toContain(`${tau?.a.toUpperCase()}–${tau?.b.toUpperCase()}`);
    expect(text).toContain(lang === 'id' ? 'τ Kendall' : 'Kendall τ');
  });

  it('the CSV adds the stability columns, at full precision', () => {
    const lines = formatCsv(withSensitivity, 'en').split('\r\n');
    const header = (lines[0] ?? '').split(',');
    expect(header.slice(-5)).toEqual(['keep_rank', 'selected_share', 'rank_min', 'rank_max', 'rank_mean']);
    for (const q of s.quickwins) {
      const row = lines.find((l) => l.split(',')[1] === q.id)?.split(',') ?? [];
      expect(row.slice(-5).map(Number)).toEqual([q.keepRank, q.selectedShare, q.rankMin, q.rankMax, q.rankMean]);
    }
    // Without the analysis the columns are not there.
    expect(formatCsv(ranking, 'en').split('\r\n')[0]).not.toContain('keep_rank');
  });
});

describe('formatCsv', () => {
  it('quotes per RFC 4180, ends lines in CRLF and defuses formulas', () => {
    const csv = formatCsv(ranking, 'id');
    const lines = csv.split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines[0]).toBe(
      'rank,id,nama,opd,dimensi,elemen,score,eligible,selected,reasons,dampak_value,dampak_normalized,dampak_weighted,urgensi_value,urgensi_normalized,urgensi_weighted,anggaran_value,anggaran_normalized,anggaran_weighted',
    );
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv).toContain('"Draf, ""belum"" dinilai"');
    expect(lines.every((l) => !l.includes('\n'))).toBe(true);
  });

  it.each([
    ['=1+2', "'=1+2"],
    ['+62 812', "'+62 812"],
    ['-5', "'-5"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['plain', 'plain'],
  ])('csvText(%j) = %j', (input, expected) => {
    expect(csvText(input)).toBe(expected);
  });
});

/** The explanation of a quick win of the ranking, as the score command gets it from the pipeline. */
function explained(id: string) {
  const e = explain(ranking, id);
  if (e === undefined) throw new Error(`no ${id}`);
  return e;
}

describe('formatExplain', () => {
  it('lists every criterion and the changes that would move the proposal up', () => {
    const text = formatExplain(ranking, explained('sapa'), 'id');
    expect(text).toContain('Peringkat 2 dari 4');
    expect(text).toMatch(/dampak\s+4\s+0,8000\s+0,4615\s+0,3692/);
    expect(text).toContain('melewati asela');
    expect(text).toContain('dampak: naikkan dari 4 menjadi 4,17');
    expect(text).toContain('urgensi: tidak cukup walau sampai 5');
    for (const line of text.split('\n')) expect([...line].length).toBeLessThanOrEqual(TABLE_WIDTH);
  });

  it('handles the first proposal, a draft and an unknown id', () => {
    expect(formatExplain(ranking, explained('asela'), 'en')).toContain('Already ranked first.');
    expect(formatExplain(ranking, explained('draft'), 'en')).toContain('not scored');
    expect(explain(ranking, 'nope')).toBeUndefined();
  });
});
