/**
 * Builders for scoring inputs, shared by the tests of this stage and of the stages that print a
 * `Ranking` (books, workbook, `score` command). Pure data; no I/O.
 */
import type { Position } from '../diagnostics/diagnostic.js';
import type { QuickWinData } from '../schema/quickwin.js';
import type { DecisionMatrix } from './matrix.js';
import type { Penilaian, QuickWinEntry, ScoreContext } from './types.js';

/**
 * A `penilaian` block with defaults applied, as the schema would produce it.
 * @param over fields to override
 * @returns the scoring config
 */
export function makePenilaian(over: Partial<Penilaian> = {}): Penilaian {
  return {
    metode: 'saw',
    skala: { min: 1, max: 5 },
    kriteria: [
      { id: 'dampak', nama: 'Dampak', jenis: 'benefit', bobot: 60 },
      { id: 'anggaran', nama: 'Anggaran', jenis: 'cost', bobot: 40, dari: 'anggaran' },
    ],
    syarat: { durasi_bulan_maks: 12, isu_wajib: true },
    pilihan: { per_dimensi: 1 },
    ...over,
  };
}

/**
 * A quick win with sensible defaults.
 * @param id the id
 * @param over fields to override
 * @returns the entry
 */
export function makeQuickWin(id: string, over: Partial<QuickWinData> = {}): QuickWinEntry {
  return {
    id,
    data: {
      nama: `Quick win ${id}`,
      opd: 'diskominfo',
      dimensi: 'governance',
      elemen: 'pelayanan',
      isu: ['layanan-publik'],
      anggaran: { nilai: 100_000_000, sumber: 'APBD' },
      durasi_bulan: 6,
      status: 'usulan',
      ...over,
    },
  };
}

/**
 * A context that records nothing and positions config paths in `masterplan.yaml` and quick-win
 * paths in `data/quickwin/<id>.yaml`, at a line derived from the path length (enough for tests).
 * @returns the context
 */
export function testContext(): ScoreContext {
  const pos = (file: string, path: ReadonlyArray<string | number>): Position => ({
    file,
    line: path.length + 1,
    column: 1,
  });
  return {
    locateConfig: (path) => pos('masterplan.yaml', path),
    locateQuickWin: (id, path) => pos(`data/quickwin/${id}.yaml`, path),
  };
}

/**
 * Walks any value and returns the paths of numbers that are NaN or infinite.
 * @param value any plain data
 * @param path path of `value`, for the report
 * @returns paths such as `$.proposals[2].score`
 */
export function nonFinitePaths(value: unknown, path = '$'): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => nonFinitePaths(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => nonFinitePaths(v, `${path}.${k}`));
  }
  return [];
}

/**
 * A decision matrix from rows of values (tests of the methods).
 * @param rows one row per alternative
 * @param benefit per criterion: true for benefit, false for cost
 * @returns the matrix
 */
export function decisionMatrix(rows: number[][], benefit: boolean[]): DecisionMatrix {
  return {
    m: rows.length,
    n: benefit.length,
    values: Float64Array.from(rows.flat()),
    benefit: Uint8Array.from(benefit, (b) => (b ? 1 : 0)),
  };
}

/**
 * Chakraborty, Zavadskas & Antucheviciene (2015), Example 2: ten alternatives on four criteria
 * (three costs, then a benefit), used by the SAW and WP tests.
 */
export const CHAKRABORTY_2015 = {
  rows: [
    [581818, 54.49, 3, 5500],
    [595454, 49.73, 3, 4500],
    [586060, 51.24, 3, 5000],
    [522727, 45.71, 3, 5800],
    [561818, 52.66, 3, 5200],
    [543030, 74.46, 4, 5600],
    [522727, 75.42, 4, 5800],
    [486970, 62.62, 4, 5600],
    [509394, 65.87, 4, 6400],
    [513333, 70.67, 4, 6000],
  ],
  benefit: [false, false, false, true],
  weights: [0.467, 0.16, 0.095, 0.278],
};

