/** Explain: per-criterion breakdown and the smallest change that moves a proposal up a rank. */
import { describe, expect, it } from 'vitest';
import { explainQuickWin } from './explain.js';
import { rankQuickWins } from './rank.js';
import { makePenilaian, makeQuickWin, testContext } from './testing.js';

const penilaian = makePenilaian({
  kriteria: [
    { id: 'dampak', nama: 'Dampak', jenis: 'benefit', bobot: 50 },
    { id: 'inovasi', nama: 'Inovasi', jenis: 'benefit', bobot: 30 },
    { id: 'anggaran', nama: 'Anggaran', jenis: 'cost', bobot: 20, dari: 'anggaran' },
  ],
});
const budget = (nilai: number) => ({ nilai, sumber: 'APBD' as const });
const ranking = rankQuickWins(
  {
    penilaian,
    quickwins: [
      makeQuickWin('a', { skor: { dampak: 5, inovasi: 4 }, anggaran: budget(100) }),
      makeQuickWin('b', { skor: { dampak: 4, inovasi: 4 }, anggaran: budget(100) }),
      makeQuickWin('c', { skor: { dampak: 5, inovasi: 5 }, anggaran: budget(400) }),
      makeQuickWin('draft'),
    ],
  },
  testContext(),
);

describe('explainQuickWin', () => {
  it('breaks the score into criteria whose SAW contributions add up to it', () => {
    const e = explainQuickWin(ranking, 'b');
    expect(e?.rank).toBe(3);
    expect(e?.above?.id).toBe('c');
    const sum = e?.criteria.reduce((s, c) => s + c.weighted, 0) ?? 0;
    expect(sum).toBeCloseTo(e?.score ?? -1, 12);
    expect(e?.criteria.map((c) => c.weight)).toEqual([expect.closeTo(0.5, 12), expect.closeTo(0.3, 12), expect.closeTo(0.2, 12)]);
  });

  it('finds the smallest single change that overtakes the proposal above, and says when none exists', () => {
    // b = 0.5·0.8 + 0.3·0.8 + 0.2·1 = 0.84; c = 0.5 + 0.3 + 0.2·0.25 = 0.85.
    const e = explainQuickWin(ranking, 'b');
    const byId = new Map(e?.improvements.map((i) => [i.criterion, i]));
    // dampak 4 → x: 0.5·x/5 + 0.44 ≥ 0.85 ⇒ x = 4.1 ties with c, and a tie goes to the smaller id (b).
    expect(byId.get('dampak')).toMatchObject({ direction: 'increase', from: 4, to: 4.1, unit: 'skor' });
    // inovasi 4 → x: 0.3·x/5 + 0.6 > 0.85... but x > 4 raises the column max; 0.06·x + 0.6 > 0.85 ⇒ 4.17.
    expect(byId.get('inovasi')?.to).toBeCloseTo(4.17, 2);
    // Lowering b's budget to 80 lowers the column minimum: c's ratio drops to 80/400 and the
    // scores tie at 0.84, which b wins by id.
    expect(byId.get('anggaran')).toMatchObject({ direction: 'decrease', from: 100, to: 80, unit: 'rupiah' });
    // Check the claim: with dampak 4.1 b ranks above c.
    const better = rankQuickWins(
      {
        penilaian,
        quickwins: [
          makeQuickWin('a', { skor: { dampak: 5, inovasi: 4 }, anggaran: budget(100) }),
          makeQuickWin('b', { skor: { dampak: 4.1, inovasi: 4 }, anggaran: budget(100) }),
          makeQuickWin('c', { skor: { dampak: 5, inovasi: 5 }, anggaran: budget(400) }),
        ],
      },
      testContext(),
    );
    expect(better.quickwins.find((p) => p.id === 'b')?.rank).toBe(2);
  });

  it('has no improvement for the first proposal or a draft, and undefined for an unknown id', () => {
    expect(explainQuickWin(ranking, 'a')?.improvements).toEqual([]);
    expect(explainQuickWin(ranking, 'a')?.above).toBeNull();
    expect(explainQuickWin(ranking, 'draft')?.improvements).toEqual([]);
    expect(explainQuickWin(ranking, 'nope')).toBeUndefined();
  });

  it('reports an impossible change as null', () => {
    // Every reported change moves in the improving direction.
    const e = explainQuickWin(ranking, 'c');
    for (const imp of e?.improvements ?? []) {
      if (imp.to !== null) expect(imp.direction === 'increase' ? imp.to > imp.from : imp.to < imp.from).toBe(true);
    }
    const lone = rankQuickWins(
      {
        penilaian,
        quickwins: [
          makeQuickWin('x', { skor: { dampak: 5, inovasi: 5 }, anggaran: budget(100) }),
          makeQuickWin('y', { skor: { dampak: 1, inovasi: 1 }, anggaran: budget(100) }),
        ],
      },
      testContext(),
    );
    const y = explainQuickWin(lone, 'y');
    // anggaran is already tied at the best ratio: lowering it alone cannot close a 0.8 gap.
    expect(y?.improvements.find((i) => i.criterion === 'anggaran')?.to).toBeNull();
  });
});
