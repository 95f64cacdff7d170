/** The orchestrated ranking: order, eligibility, selection, drafts, degenerate values, diagnostics. */
import { describe, expect, it } from 'vitest';
import { reasonTexts } from '../diagnostics/codes/reasons.js';
import { renderCoded, type Lang } from '../text/index.js';
import { rankQuickWins } from './rank.js';
import { makePenilaian, makeQuickWin, nonFinitePaths, testContext } from './testing.js';
import type { Ranking, RankedQuickWin } from './types.js';

const reasonsText = (p: Pick<RankedQuickWin, 'reasons'>, lang: Lang) => p.reasons.map((r) => renderCoded(reasonTexts, r, lang)).join('; ');

const ctx = testContext();

describe('rankQuickWins', () => {
  it('orders by score descending, then id, and selects the best eligible per dimension', () => {
    const r = rankQuickWins(
      {
        penilaian: makePenilaian(),
        quickwins: [
          makeQuickWin('b', { skor: { dampak: 4 } }),
          makeQuickWin('a', { skor: { dampak: 4 } }),
          makeQuickWin('c', { skor: { dampak: 5 }, dimensi: 'living', elemen: 'kesehatan' }),
          makeQuickWin('d', { skor: { dampak: 5 }, durasi_bulan: 18 }),
        ],
      },
      ctx,
    );
    expect(r.quickwins.map((p) => p.id)).toEqual(['c', 'd', 'a', 'b']);
    expect(r.quickwins.map((p) => p.rank)).toEqual([1, 2, 3, 4]);
    expect(r.quickwins.filter((p) => p.selected).map((p) => p.id)).toEqual(['c', 'a']);
    const d = r.quickwins.find((p) => p.id === 'd');
    expect(d?.eligible).toBe(false);
    expect(d?.reasons[0]).toEqual({ code: 'duration-over', args: { durasi: 18, max: 12 } });
    expect(reasonsText({ reasons: d?.reasons ?? [] }, 'id')).toBe('durasi 18 bulan melebihi batas 12 bulan');
    expect(r.selection.map((s) => s.dimensi)).toEqual(['governance', 'branding', 'economy', 'living', 'society', 'environment']);
    expect(r.dimensionsWithoutSelection).toEqual(['branding', 'economy', 'society', 'environment']);
    expect(r.diagnostics.some((x) => x.code === 'score/ineligible-duration' && x.path === 'durasi_bulan')).toBe(true);
  });

  it('reports SAW values: raw, normalised, weighted, and the score as their sum', () => {
    const r = rankQuickWins(
      {
        penilaian: makePenilaian(),
        quickwins: [
          makeQuickWin('a', { skor: { dampak: 5 }, anggaran: { nilai: 200_000_000, sumber: 'APBD' } }),
          makeQuickWin('b', { skor: { dampak: 4 }, anggaran: { nilai: 100_000_000, sumber: 'APBD' } }),
        ],
      },
      ctx,
    );
    const a = r.quickwins.find((p) => p.id === 'a');
    expect(a?.criteria.map((c) => c.value)).toEqual([5, 200_000_000]);
    expect(a?.criteria.map((c) => c.normalised)).toEqual([1, 0.5]);
    expect(a?.criteria[1]?.source).toBe('anggaran');
    expect(a?.score).toBeCloseTo(0.6 + 0.2, 12);
    expect(r.criteria.map((c) => c.weight)).toEqual([expect.closeTo(0.6, 12), expect.closeTo(0.4, 12)]);
    expect(r.weightsSource).toBe('bobot');
    expect(r.ahp).toBeNull();
  });

  it('ranks unscored drafts last with score 0, never selected, with a reason and a warning', () => {
    const r = rankQuickWins(
      {
        penilaian: makePenilaian(),
        quickwins: [makeQuickWin('a-draft'), makeQuickWin('z', { skor: { dampak: 1 }, isu: [] })],
      },
      ctx,
    );
    expect(r.quickwins.map((p) => [p.id, p.rank, p.score, p.selected])).toEqual([
      ['z', 1, expect.any(Number), false],
      ['a-draft', 2, 0, false],
    ]);
    const draft = r.quickwins[1];
    expect(draft?.scored).toBe(false);
    expect(draft?.reasons.map((x) => x.code)).toEqual(['not-scored']);
    expect(draft?.criteria[0]).toMatchObject({ value: null, source: 'missing', normalised: 0, weighted: 0 });
    expect(r.quickwins[0]?.reasons.map((x) => x.code)).toEqual(['no-issue']);
    expect(r.diagnostics.map((d) => d.code)).toContain('score/not-scored');
    expect(r.dimensionsWithoutSelection).toContain('governance');
  });

  it('averages assessors with spread, and warns on wide disagreement scaled to skala', () => {
    const r = rankQuickWins(
      {
        penilaian: makePenilaian({ skala: { min: 0, max: 10 } }),
        quickwins: [
          makeQuickWin('a', {
            penilaian: [
              { penilai: 'Bappeda', skor: { dampak: 2 } },
              { penilai: 'Diskominfo', skor: { dampak: 8 } },
              { penilai: 'Dinkes', skor: { dampak: 5 } },
            ],
          }),
          makeQuickWin('b', { penilaian: [{ penilai: 'X', skor: { dampak: 5 } }, { penilai: 'Y', skor: { dampak: 7 } }] }),
        ],
      },
      ctx,
    );
    const a = r.quickwins.find((p) => p.id === 'a')?.criteria[0];
    expect(a?.value).toBeCloseTo(5, 12);
    expect(a?.spread).toMatchObject({ assessors: 3, min: 2, max: 8 });
    expect(a?.spread?.stdev).toBeCloseTo(Math.sqrt(6), 12);
    const spread = r.diagnostics.filter((d) => d.code === 'score/assessor-spread');
    expect(spread.map((d) => d.file)).toEqual(['data/quickwin/a.yaml']);
    expect(spread[0]?.path).toBe('penilaian');
  });

  it('imputes the worst value for a missing score, makes the proposal ineligible and warns', () => {
    const penilaian = makePenilaian({
      kriteria: [
        { id: 'dampak', nama: 'Dampak', jenis: 'benefit', bobot: 1 },
        { id: 'risiko', nama: 'Risiko', jenis: 'cost', bobot: 1 },
      ],
    });
    const r = rankQuickWins(
      { penilaian, quickwins: [makeQuickWin('a', { skor: { dampak: 5 } }), makeQuickWin('b', { skor: { dampak: 3, risiko: 2 } })] },
      ctx,
    );
    const a = r.quickwins.find((p) => p.id === 'a');
    expect(a?.criteria[1]).toMatchObject({ value: 5, source: 'imputed' });
    expect(a?.eligible).toBe(false);
    expect(a?.reasons[0]?.code).toBe('incomplete-scores');
    expect(r.diagnostics.find((d) => d.code === 'score/missing-score')?.args).toMatchObject({ criterion: 'risiko' });
  });

  it('a zero budget under SAW cost min/x shifts the column and warns instead of dividing by zero', () => {
    const r = rankQuickWins(
      {
        penilaian: makePenilaian(),
        quickwins: [
          makeQuickWin('csr', { skor: { dampak: 3 }, anggaran: { nilai: 0, sumber: 'CSR' } }),
          makeQuickWin('apbd', { skor: { dampak: 3 }, anggaran: { nilai: 9, sumber: 'APBD' } }),
        ],
      },
      ctx,
    );
    expect(nonFinitePaths(r)).toEqual([]);
    // The zero rule: shifted by the column's smallest step, 9: 0 → 9, 9 → 18; min/x gives 1 and 0.5.
    expect(r.quickwins.map((p) => [p.id, p.criteria[1]?.normalised])).toEqual([
      ['csr', 1],
      ['apbd', expect.closeTo(0.5, 12)],
    ]);
    const d = r.diagnostics.find((x) => x.code === 'score/non-positive');
    expect(d).toMatchObject({ file: 'data/quickwin/csr.yaml', path: 'anggaran.nilai', severity: 'warning' });
    expect(r.diagnostics.find((x) => x.code === 'score/constant-criterion')?.args).toMatchObject({ criterion: 'dampak' });
  });

  it.each(['saw', 'wp', 'topsis'] as const)('%s: all-zero and constant columns stay finite', (method) => {
    const penilaian = makePenilaian({
      skala: { min: 0, max: 5 },
      kriteria: [
        { id: 'dampak', nama: 'Dampak', jenis: 'benefit', bobot: 1 },
        { id: 'risiko', nama: 'Risiko', jenis: 'cost', bobot: 1 },
        { id: 'anggaran', nama: 'Anggaran', jenis: 'cost', bobot: 1, dari: 'anggaran' },
      ],
    });
    const zero = { nilai: 0, sumber: 'CSR' as const };
    const r = rankQuickWins(
      {
        penilaian,
        quickwins: [
          makeQuickWin('a', { skor: { dampak: 0, risiko: 0 }, anggaran: zero }),
          makeQuickWin('b', { skor: { dampak: 0, risiko: 0 }, anggaran: zero }),
          makeQuickWin('c'),
        ],
      },
      ctx,
      { method },
    );
    expect(nonFinitePaths(r)).toEqual([]);
    expect(r.quickwins.map((p) => p.id)).toEqual(['a', 'b', 'c']);
    expect(r.quickwins[0]?.score).toBe(r.quickwins[1]?.score);
    const codes = new Set(r.diagnostics.map((d) => d.code));
    expect(codes.has('score/constant-criterion') || codes.has('score/zero-column')).toBe(true);
    // The zero rule is the same for every method.
    expect(codes.has('score/non-positive')).toBe(true);
  });

  it('uses AHP weights from perbandingan and reports the figures', () => {
    const r: Ranking = rankQuickWins(
      {
        penilaian: makePenilaian({
          kriteria: [
            { id: 'dampak', nama: 'Dampak', jenis: 'benefit' },
            { id: 'anggaran', nama: 'Anggaran', jenis: 'cost', dari: 'anggaran' },
          ],
          perbandingan: [['dampak', 'anggaran', 3]],
        }),
        quickwins: [makeQuickWin('a', { skor: { dampak: 4 } })],
      },
      ctx,
    );
    expect(r.weightsSource).toBe('ahp');
    expect(r.criteria.map((c) => c.weight)).toEqual([expect.closeTo(0.75, 12), expect.closeTo(0.25, 12)]);
    expect(r.ahp?.lambdaMax).toBeCloseTo(2, 12);
    expect(r.ahp).toMatchObject({ cr: 0, consistent: true });
  });

  it('is deterministic and independent of input order; diagnostics are sorted', () => {
    const qws = ['e', 'c', 'a', 'd', 'b'].map((id, i) => makeQuickWin(id, { skor: { dampak: (i % 3) + 1 } }));
    const one = rankQuickWins({ penilaian: makePenilaian(), quickwins: qws }, ctx);
    const two = rankQuickWins({ penilaian: makePenilaian(), quickwins: [...qws].reverse() }, ctx);
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
  });

  it('per_dimensi 0 selects nothing and reports no dimension as missing a selection', () => {
    const r = rankQuickWins(
      { penilaian: makePenilaian({ pilihan: { per_dimensi: 0 } }), quickwins: [makeQuickWin('a', { skor: { dampak: 3 } })] },
      ctx,
    );
    expect(r.quickwins[0]?.selected).toBe(false);
    expect(r.dimensionsWithoutSelection).toEqual([]);
  });

  it('flags a budget above anggaran_maks with a rupiah reason', () => {
    const r = rankQuickWins(
      {
        penilaian: makePenilaian({ syarat: { durasi_bulan_maks: 12, isu_wajib: true, anggaran_maks: 1_000_000_000 } }),
        quickwins: [makeQuickWin('a', { skor: { dampak: 3 }, anggaran: { nilai: 1_250_000_000, sumber: 'APBD' } })],
      },
      testContext(),
    );
    const reason = r.quickwins[0]?.reasons[0];
    expect(reason).toEqual({ code: 'budget-over', args: { anggaran: 1_250_000_000, max: 1_000_000_000 } });
    expect(reasonsText({ reasons: [reason ?? { code: 'no-issue', args: {} }] }, 'id')).toBe('anggaran Rp1.250.000.000 melebihi batas Rp1.000.000.000');
    expect(reasonsText({ reasons: [reason ?? { code: 'no-issue', args: {} }] }, 'en')).toBe('budget Rp1.250.000.000 exceeds the Rp1.000.000.000 limit');
  });
});
