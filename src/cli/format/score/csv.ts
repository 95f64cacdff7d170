/** `score --format csv`: one row per proposal, RFC 4180 quoting, safe to open in a spreadsheet. */
import type { Ranking } from '../../../score/types.js';
import type { Lang } from '../../../text/index.js';
import { numberText } from './json-writer.js';
import { reasonsText } from './table.js';

/**
 * A text cell: a value starting with = + - @ (or a tab or carriage return) gets a leading single
 * quote so a spreadsheet shows it as text instead of running it as a formula (OWASP "CSV
 * injection"); then RFC 4180 quoting when the cell holds a comma, a quote or a line break.
 * @param text the cell text
 * @returns the encoded cell
 */
export function csvText(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csvNumber(x: number | null): string {
  return x === null ? '' : (numberText(x) ?? '');
}

/**
 * The ranking as CSV: rank, id, nama, opd, dimensi, elemen, score, eligible, selected, reasons
 * (in the given language, joined with "; "), then value, normalized and weighted per
 * criterion; with a sensitivity analysis, each proposal's stability (keep_rank, selected_share,
 * rank_min, rank_max, rank_mean). Lines end in CRLF (RFC 4180); numbers use a decimal point and
 * keep their full precision.
 * @param ranking the ranking
 * @param lang language of the reasons
 * @returns CSV text
 */
export function formatCsv(ranking: Ranking, lang: Lang): string {
  const header = ['rank', 'id', 'nama', 'opd', 'dimensi', 'elemen', 'score', 'eligible', 'selected', 'reasons'];
  for (const c of ranking.criteria) header.push(`${c.id}_value`, `${c.id}_normalized`, `${c.id}_weighted`);
  const stability = new Map((ranking.sensitivity?.quickwins ?? []).map((s) => [s.id, s]));
  if (ranking.sensitivity !== undefined) header.push('keep_rank', 'selected_share', 'rank_min', 'rank_max', 'rank_mean');
  const lines = [header.map(csvText).join(',')];
  for (const p of ranking.quickwins) {
    const cells = [
      String(p.rank),
      csvText(p.id),
      csvText(p.nama),
      csvText(p.opd),
      csvText(p.dimensi),
      csvText(p.elemen),
      csvNumber(p.score),
      p.eligible ? 'true' : 'false',
      p.selected ? 'true' : 'false',
      csvText(reasonsText(p, lang)),
    ];
    for (const c of p.criteria) cells.push(csvNumber(c.value), csvNumber(c.normalised), csvNumber(c.weighted));
    if (ranking.sensitivity !== undefined) {
      const s = stability.get(p.id);
      cells.push(...(s === undefined ? ['', '', '', '', ''] : [s.keepRank, s.selectedShare, s.rankMin, s.rankMax, s.rankMean].map(csvNumber)));
    }
    lines.push(cells.join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
