/**
 * Views of the quick-win ranking: the ranking sheet (with an SAW formula over editable weights and
 * its cached results) and the decision matrix.
 */
import type { Model } from '../../../model/index.js';
import type { RankedCriterion, Ranking } from '../../../score/types.js';
import type { NumberFormatName } from '../../../sheet/index.js';
import { namesOf } from '../../names.js';
import { JENIS_KRITERIA, METODE, yaTidak } from '../../labels.js';
import { alasanTidakMemenuhi } from '../../view-model/peringkat.js';
import type { FormulaCell, GroupMember, SheetView, ViewRow } from './types.js';

function criterionFormat(c: RankedCriterion): NumberFormatName {
  if (c.dari === 'anggaran') return 'rupiah';
  if (c.dari === 'durasi_bulan') return 'int';
  return 'mean';
}

function criteriaGroup(ranking: Ranking): GroupMember[] {
  return ranking.criteria.map((c) => ({
    id: c.id,
    label: c.nama,
    format: criterionFormat(c),
    values: { bobot: c.weight, jenis: JENIS_KRITERIA[c.jenis] },
  }));
}

/**
 * The SAW score of every proposal as Excel computes it from the formula written in the sheet:
 * Σ w_j · r_ij / Σ w_j with r = x / max (benefit) or min / x (cost), and 0 where Excel would
 * divide by zero (the formula is wrapped in IFERROR).
 * @param criteria criteria with weights
 * @param values one row of values per proposal (null where missing)
 * @returns one score per proposal
 */
export function sawFormulaResults(criteria: readonly RankedCriterion[], values: ReadonlyArray<ReadonlyArray<number | null>>): number[] {
  const cols = criteria.map((_, j) => values.map((row) => row[j]).filter((v): v is number => v !== null && v !== undefined));
  const max = cols.map((c) => (c.length > 0 ? Math.max(...c) : 0));
  const min = cols.map((c) => (c.length > 0 ? Math.min(...c) : 0));
  const weightSum = criteria.reduce((s, c) => s + c.weight, 0);
  return values.map((row) => {
    let sum = 0;
    for (let j = 0; j < criteria.length; j++) {
      const c = criteria[j] as RankedCriterion;
      const x = row[j] ?? null;
      // Same operation order as the formula, so the cached result equals what Excel recomputes.
      if (c.jenis === 'benefit') {
        if ((max[j] ?? 0) === 0) return 0;
        sum += (c.weight * (x ?? 0)) / (max[j] as number);
      } else {
        if (x === null || x === 0) return 0;
        sum += (c.weight * (min[j] as number)) / x;
      }
    }
    return weightSum === 0 ? 0 : sum / weightSum;
  });
}

/**
 * The formula text of the SAW score, referring to the value columns and the weight band by key.
 * @param criteria the criteria
 * @returns formula without the leading `=`
 */
export function sawFormula(criteria: readonly RankedCriterion[]): string {
  const terms = criteria.map((c) => {
    const w = `{{band:bobot.${c.id}}}`;
    const x = `{{col:nilai.${c.id}}}`;
    const range = `{{range:nilai.${c.id}}}`;
    return c.jenis === 'benefit' ? `${w}*${x}/MAX(${range})` : `${w}*MIN(${range})/${x}`;
  });
  const weights = criteria.map((c) => `{{band:bobot.${c.id}}}`);
  return `IFERROR((${terms.join('+')})/(${weights.join('+')}),0)`;
}

/**
 * Excel's RANK of each score among them (1 + how many are greater), from the scores sorted once
 * rather than by counting over all of them for each.
 * @param scores the scores
 * @returns one rank per score
 */
export function ranksOf(scores: readonly number[]): number[] {
  // NaN is greater than nothing and nothing is greater than it: it stays out of the sorted scores.
  const sorted = scores.filter((s) => !Number.isNaN(s)).sort((a, b) => b - a);
  return scores.map((score) => {
    if (Number.isNaN(score)) return 1;
    // The first place whose score is not greater: as many are greater.
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((sorted[mid] as number) > score) lo = mid + 1;
      else hi = mid;
    }
    return 1 + lo;
  });
}

/**
 * The ranking sheet: rank, proposal, eligibility, selection, per-criterion values and weighted
 * contributions, the method's score, and the SAW score and rank as live formulas.
 * @param model the project model
 * @param ranking the scoring result
 * @returns the sheet view
 */
export function rankingView(model: Model, ranking: Ranking): SheetView {
  const names = namesOf(model);
  const values = ranking.quickwins.map((p) => p.criteria.map((c) => c.value));
  const saw = sawFormulaResults(ranking.criteria, values);
  const sawRanks = ranksOf(saw);
  const formula = sawFormula(ranking.criteria);
  const rows: ViewRow[] = ranking.quickwins.map((p, i) => {
    const row: Record<string, ViewRow[string]> = {
      rank: p.rank,
      id: p.id,
      nama: p.nama,
      opd: names.opdSingkatan(p.opd),
      dimensi: names.dimensiNama(p.dimensi),
      elemen: names.elemenNama(p.elemen),
      syarat: yaTidak(p.eligible),
      alasan: alasanTidakMemenuhi(p) || null,
      terpilih: p.selected ? 'Ya' : 'Tidak',
      skor: p.score,
    };
    p.criteria.forEach((c) => {
      row[`nilai.${c.criterion}`] = c.value;
      row[`kontribusi.${c.criterion}`] = p.scored ? c.weighted : null;
    });
    const result = saw[i] ?? 0;
    row['saw'] = { formula, result } satisfies FormulaCell;
    row['saw_rank'] = { formula: 'RANK({{col:saw}},{{range:saw}})', result: sawRanks[i] ?? 1 } satisfies FormulaCell;
    return row;
  });
  return {
    meta: {
      daerah: model.config.daerah.nama,
      metode: METODE[ranking.method].nama,
      bobot: ranking.weightsSource === 'ahp' ? 'AHP' : ranking.weightsSource === 'bobot' ? 'bobot kriteria' : 'bobot sama rata',
    },
    groups: { kriteria: criteriaGroup(ranking) },
    rows,
  };
}

/**
 * The decision matrix: raw value and normalised value of each proposal on each criterion, by id.
 * @param model the project model
 * @param ranking the scoring result
 * @returns the sheet view
 */
export function matrixView(model: Model, ranking: Ranking): SheetView {
  const names = namesOf(model);
  const sorted = [...ranking.quickwins].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const rows: ViewRow[] = sorted.map((p) => {
    const row: Record<string, ViewRow[string]> = { id: p.id, nama: p.nama, opd: names.opdSingkatan(p.opd), dimensi: names.dimensiNama(p.dimensi) };
    for (const c of p.criteria) {
      row[`nilai.${c.criterion}`] = c.value;
      row[`norm.${c.criterion}`] = p.scored ? c.normalised : null;
      row[`sumber.${c.criterion}`] = c.source;
    }
    return row;
  });
  return {
    meta: { daerah: model.config.daerah.nama, metode: METODE[ranking.method].nama },
    groups: { kriteria: criteriaGroup(ranking) },
    rows,
  };
}
