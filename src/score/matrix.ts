/**
 * The decision matrix: one row per scored quick win, one column per criterion, taken from `skor`,
 * from the mean over assessors in `penilaian`, or from `anggaran.nilai` / `durasi_bulan`.
 */
import { diagnostic } from '../diagnostics/catalogue.js';
import { dottedPath, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { AssessorSpread, Penilaian, QuickWinEntry, ScoreContext, ScoreInput, ValueSource } from './types.js';

/** A dense row-major matrix of m alternatives × n criteria. */
export interface DecisionMatrix {
  readonly m: number;
  readonly n: number;
  /** values[i * n + j] */
  readonly values: Float64Array;
  /** 1 for a benefit criterion, 0 for cost. */
  readonly benefit: Uint8Array;
}

/** One proposal's value on one criterion, before normalisation. */
export interface CellValue {
  readonly value: number | null;
  readonly source: ValueSource;
  readonly spread: AssessorSpread | null;
}

/** A quick win with its values; `row` is its row in the matrix, or -1 when it is not scored. */
export interface QuickWinRow {
  readonly entry: QuickWinEntry;
  readonly scored: boolean;
  readonly cells: readonly CellValue[];
  /** Criteria whose score was missing and imputed with the worst value. */
  readonly missing: readonly string[];
  readonly row: number;
}

/** The matrix and the proposals it was built from. */
export interface BuiltMatrix {
  /** Every proposal, sorted by id (so results never depend on input order). */
  readonly rows: readonly QuickWinRow[];
  readonly matrix: DecisionMatrix;
  readonly diagnostics: Diagnostic[];
}

/**
 * Compares ids by code unit, independent of locale.
 * @param a first id
 * @param b second id
 * @returns -1, 0 or 1
 */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The lower and upper end of `skala`, tolerating a reversed pair.
 * @param penilaian the scoring config
 * @returns low and high
 */
export function scaleBounds(penilaian: Penilaian): { low: number; high: number } {
  const { min, max } = penilaian.skala;
  return { low: Math.min(min, max), high: Math.max(min, max) };
}

/**
 * Builds the decision matrix. Proposals with no score at all are kept out of the matrix (they are
 * ranked after every scored one); a missing score of a partly scored proposal takes the worst
 * value on `skala` (its minimum for a benefit criterion, its maximum for a cost criterion).
 * @param input scoring config and quick wins
 * @param ctx positions for diagnostics
 * @returns rows, matrix and diagnostics
 */
export function buildDecisionMatrix(input: ScoreInput, ctx: ScoreContext): BuiltMatrix {
  const kriteria = input.penilaian.kriteria;
  const n = kriteria.length;
  const { low, high } = scaleBounds(input.penilaian);
  const diagnostics: Diagnostic[] = [];
  const sorted = [...input.quickwins].sort((a, b) => compareIds(a.id, b.id));
  const scoreCriteria = kriteria.filter((k) => k.dari === undefined);

  let m = 0;
  const rows: QuickWinRow[] = sorted.map((entry) => {
    const cells = kriteria.map((k) => readCell(entry, k));
    const scored =
      scoreCriteria.length === 0 ||
      scoreCriteria.some((k) => cells[kriteria.indexOf(k)]?.value !== null);
    const missing: string[] = [];
    const finalCells = cells.map((cell, j) => {
      const k = kriteria[j];
      if (!k || cell.value !== null || !scored) return cell;
      missing.push(k.id);
      const worst = k.jenis === 'benefit' ? low : high;
      const where = entry.data.skor !== undefined ? ['skor'] : ['penilaian'];
      diagnostics.push(
        diagnostic('score/missing-score', ctx.locateQuickWin(entry.id, where),
          { criterion: k.id, value: worst },
          { path: dottedPath(where) },
        ),
      );
      return { value: worst, source: 'imputed' as const, spread: null };
    });
    if (!scored) {
      diagnostics.push(diagnostic('score/not-scored', ctx.locateQuickWin(entry.id, [])));
    }
    diagnostics.push(...spreadDiagnostics(entry, finalCells, input.penilaian, ctx));
    return { entry, scored, cells: finalCells, missing, row: scored ? m++ : -1 };
  });

  const values = new Float64Array(m * n);
  for (const r of rows) {
    if (r.row < 0) continue;
    r.cells.forEach((cell, j) => {
      values[r.row * n + j] = cell.value ?? 0;
    });
  }
  const benefit = Uint8Array.from(kriteria, (k) => (k.jenis === 'benefit' ? 1 : 0));
  return { rows, matrix: { m, n, values, benefit }, diagnostics };
}

function readCell(entry: QuickWinEntry, k: Penilaian['kriteria'][number]): CellValue {
  const data = entry.data;
  if (k.dari === 'anggaran') return { value: data.anggaran.nilai, source: 'anggaran', spread: null };
  if (k.dari === 'durasi_bulan') return { value: data.durasi_bulan, source: 'durasi_bulan', spread: null };
  if (data.skor !== undefined) {
    const v = data.skor[k.id];
    return v === undefined ? missingCell() : { value: v, source: 'skor', spread: null };
  }
  if (data.penilaian !== undefined) {
    const given = data.penilaian.map((p) => p.skor[k.id]).filter((v): v is number => v !== undefined);
    if (given.length === 0) return missingCell();
    return { value: mean(given), source: 'penilaian', spread: spreadOf(given) };
  }
  return missingCell();
}

function missingCell(): CellValue {
  return { value: null, source: 'missing', spread: null };
}

/** Arithmetic mean that cannot overflow for finite input: Σ (x / k). */
function mean(values: readonly number[]): number {
  let s = 0;
  for (const v of values) s += v / values.length;
  return s;
}

function spreadOf(values: readonly number[]): AssessorSpread {
  let min = Infinity;
  let max = -Infinity;
  let scale = 0;
  for (const v of values) {
    min = Math.min(min, v);
    max = Math.max(max, v);
    scale = Math.max(scale, Math.abs(v));
  }
  // Population standard deviation on values scaled to |x| ≤ 1, so squares cannot overflow.
  let stdev = 0;
  if (scale > 0) {
    const mu = mean(values.map((v) => v / scale));
    let ss = 0;
    for (const v of values) ss += (v / scale - mu) ** 2 / values.length;
    stdev = Math.sqrt(ss) * scale;
  }
  return { assessors: values.length, min, max, stdev };
}

/**
 * A gap of 2 on the 1–5 scale counts as wide disagreement; on another `skala` the gap scales
 * with the scale's width: (max − min) / 2.
 */
function spreadDiagnostics(
  entry: QuickWinEntry,
  cells: readonly CellValue[],
  penilaian: Penilaian,
  ctx: ScoreContext,
): Diagnostic[] {
  const { low, high } = scaleBounds(penilaian);
  const threshold = (high - low) / 2;
  if (!(threshold > 0)) return [];
  const wide: Array<{ criterion: string; min: number; max: number }> = [];
  cells.forEach((cell, j) => {
    const s = cell.spread;
    if (s && s.assessors >= 2 && s.max - s.min >= threshold - 1e-9) {
      const k = penilaian.kriteria[j];
      wide.push({ criterion: k?.id ?? '?', min: s.min, max: s.max });
    }
  });
  if (wide.length === 0) return [];
  return [
    diagnostic('score/assessor-spread', ctx.locateQuickWin(entry.id, ['penilaian']),
      { threshold, spreads: wide },
      { path: 'penilaian' },
    ),
  ];
}
