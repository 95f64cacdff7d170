/** `score --format table`: an aligned, 80-column ranking with selection marks and footnoted reasons. */
import type { Lang } from '../../diagnostics/spec.js';
import { formatDecimal } from '../text.js';
import type { RankedProposal, Ranking } from '../types.js';
import { pad, truncate, width, wrap } from './layout.js';

/** Terminal width the table is laid out for. */
export const TABLE_WIDTH = 80;
const GAP = '  ';
const MIN_NAME = 12;
const MAX_OPD = 12;

const LABELS = {
  id: {
    headers: ['Peringkat', 'Quick win', 'OPD', 'Dimensi', 'Skor', 'Status'],
    selected: '✓ terpilih',
    ineligible: '✗ TMS',
    method: 'Metode',
    weights: 'bobot',
    legendSelected: (n: number) => `✓ terpilih: ${n} quick win terbaik yang memenuhi syarat di tiap dimensi.`,
    legendIneligible: '✗ TMS: tidak memenuhi syarat, tetap diperingkat tetapi tidak dapat terpilih:',
    without: 'Dimensi tanpa quick win terpilih',
    empty: 'Belum ada quick win.',
    inconsistent: 'tidak konsisten',
  },
  en: {
    headers: ['Rank', 'Quick win', 'OPD', 'Dimension', 'Score', 'Status'],
    selected: '✓ selected',
    ineligible: '✗ ineligible',
    method: 'Method',
    weights: 'weights',
    legendSelected: (n: number) => `✓ selected: the best ${n} eligible quick win(s) of each dimension.`,
    legendIneligible: '✗ ineligible: ranked but never selected, because:',
    without: 'Dimensions without a selected quick win',
    empty: 'No quick wins yet.',
    inconsistent: 'inconsistent',
  },
} as const;

/**
 * The ranking as an aligned table that fits 80 columns: long names end in an ellipsis, selected
 * rows say so, ineligible rows point to a numbered footnote with their reasons, and dimensions
 * without a selection are listed at the end.
 * @param ranking the ranking
 * @param lang header and note language
 * @returns the table text, ending in a newline
 */
export function formatTable(ranking: Ranking, lang: Lang): string {
  const l = LABELS[lang];
  const out: string[] = [summaryLine(ranking, lang)];
  if (ranking.proposals.length === 0) return `${[...out, '', l.empty].join('\n')}\n`;

  const footnotes: Array<{ n: number; p: RankedProposal }> = [];
  const rows = ranking.proposals.map((p) => {
    let status = '';
    if (p.selected) status = l.selected;
    else if (!p.eligible) {
      footnotes.push({ n: footnotes.length + 1, p });
      status = `${l.ineligible} [${footnotes.length}]`;
    }
    return [
      String(p.rank),
      p.nama,
      p.opd,
      p.dimensi,
      p.scored ? fixed4(p.score, lang) : '-',
      status,
    ];
  });

  const [hRank, hName, hOpd, hDim, hScore, hStatus] = l.headers;
  const colW = (k: number, header: string, cap = Infinity) =>
    Math.min(cap, Math.max(width(header), ...rows.map((r) => width(r[k] ?? ''))));
  const wRank = colW(0, hRank);
  const wOpd = colW(2, hOpd, MAX_OPD);
  const wDim = colW(3, hDim);
  const wScore = colW(4, hScore);
  const wStatus = colW(5, hStatus);
  const rest = wRank + wOpd + wDim + wScore + wStatus + GAP.length * 5;
  const wName = Math.max(MIN_NAME, Math.min(colW(1, hName), TABLE_WIDTH - rest));

  const line = (cells: readonly string[]) =>
    [
      pad(cells[0] ?? '', wRank, 'right'),
      pad(truncate(cells[1] ?? '', wName), wName),
      pad(truncate(cells[2] ?? '', wOpd), wOpd),
      pad(cells[3] ?? '', wDim),
      pad(cells[4] ?? '', wScore, 'right'),
      cells[5] ?? '',
    ]
      .join(GAP)
      .trimEnd();

  out.push('', line(l.headers), line(l.headers.map((h, i) => '-'.repeat([wRank, wName, wOpd, wDim, wScore, wStatus][i] ?? width(h)))));
  for (const r of rows) out.push(line(r));

  out.push('');
  if (ranking.perDimensi > 0) out.push(...wrap(l.legendSelected(ranking.perDimensi), TABLE_WIDTH, '  '));
  if (footnotes.length > 0) {
    out.push(...wrap(l.legendIneligible, TABLE_WIDTH, '  '));
    for (const { n, p } of footnotes) {
      const reasons = p.reasons.map((r) => (lang === 'en' ? r.en : r.id)).join('; ');
      out.push(...wrap(`  [${n}] ${p.id}: ${reasons}`, TABLE_WIDTH, '      '));
    }
  }
  if (ranking.dimensionsWithoutSelection.length > 0) {
    out.push(...wrap(`${l.without}: ${ranking.dimensionsWithoutSelection.join(', ')}`, TABLE_WIDTH, '  '));
  }
  return `${out.join('\n')}\n`;
}

/** Scores always with 4 decimals, so the column lines up. */
function fixed4(x: number, lang: Lang): string {
  const t = Number.isFinite(x) ? x.toFixed(4) : '-';
  return lang === 'id' ? t.replace('.', ',') : t;
}

/** "Metode: SAW · bobot: dampak 0,30, urgensi 0,25 …", with AHP's CR when weights come from AHP. */
function summaryLine(ranking: Ranking, lang: Lang): string {
  const l = LABELS[lang];
  const weights = ranking.criteria.map((c) => `${c.id} ${formatDecimal(c.weight, 3, lang)}`).join(', ');
  let text = `${l.method}: ${ranking.method.toUpperCase()} · ${l.weights}${ranking.weightsSource === 'ahp' ? ' (AHP)' : ''}: ${weights}`;
  if (ranking.ahp) {
    text += ` · CR ${formatDecimal(ranking.ahp.cr, 3, lang)}${ranking.ahp.consistent ? '' : ` (${l.inconsistent})`}`;
  }
  return wrap(text, TABLE_WIDTH, '  ').join('\n');
}
