/**
 * Diagnostics about whole criterion columns: values a method cannot use as they are (shifted
 * columns, all-zero TOPSIS columns) and criteria on which every proposal is equal.
 */
import { diagnostic } from '../diagnostics/catalogue.js';
import { dottedPath, type DataPath, type Diagnostic } from '../diagnostics/diagnostic.js';
import { columnRange, type Prepared } from './columns.js';
import type { DecisionMatrix, QuickWinRow } from './matrix.js';
import type { Penilaian, ScoreContext } from './types.js';

const LISTED = 5;

/**
 * Reports shifted columns (`score/non-positive`, on the first proposal holding the value),
 * all-zero TOPSIS columns (`score/zero-column`) and constant criteria (`score/constant-criterion`,
 * only when at least two proposals are scored).
 * @param penilaian the scoring config
 * @param rows proposals, sorted by id
 * @param dm decision matrix
 * @param prepared the method's preparation
 * @param ctx positions in the config and the quick-win files
 * @returns diagnostics
 */
export function columnDiagnostics(
  penilaian: Penilaian,
  rows: readonly QuickWinRow[],
  dm: DecisionMatrix,
  prepared: Prepared,
  ctx: ScoreContext,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const scoredRows = rows.filter((r) => r.row >= 0);
  penilaian.kriteria.forEach((k, j) => {
    const configPath: DataPath = ['penilaian', 'kriteria', j];
    const shift = prepared.shift[j] ?? 0;
    if (shift !== 0) {
      const { min } = columnRange(dm, j);
      const bad = scoredRows.filter((r) => (dm.values[r.row * dm.n + j] ?? 0) <= 0);
      const first = bad[0] ?? scoredRows[0];
      const names = bad.slice(0, LISTED).map((r) => r.entry.id);
      const path = first ? cellPath(first, k) : configPath;
      const at = first ? ctx.locateQuickWin(first.entry.id, path) : ctx.locateConfig(configPath);
      out.push(
        diagnostic('score/non-positive', at,
          {
            criterion: k.id,
            value: min,
            quickwins: names,
            more: Math.max(0, bad.length - LISTED),
            shift,
          },
          { path: dottedPath(path) },
        ),
      );
    }
    if (prepared.zero[j] === 1) {
      out.push(
        diagnostic('score/zero-column', ctx.locateConfig(configPath), { criterion: k.id }, {
          path: dottedPath(configPath),
        }),
      );
    }
    if (dm.m >= 2) {
      const { min, max } = columnRange(dm, j);
      if (min === max && prepared.zero[j] !== 1) {
        out.push(
          diagnostic('score/constant-criterion', ctx.locateConfig(configPath),
            { criterion: k.id, value: min },
            { path: dottedPath(configPath) },
          ),
        );
      }
    }
  });
  return out;
}

function cellPath(row: QuickWinRow, k: Penilaian['kriteria'][number]): DataPath {
  if (k.dari === 'anggaran') return ['anggaran', 'nilai'];
  if (k.dari === 'durasi_bulan') return ['durasi_bulan'];
  if (row.entry.data.skor !== undefined) return ['skor', k.id];
  return ['penilaian'];
}
