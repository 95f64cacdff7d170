/** `score --format table`: an aligned, 80-column ranking with selection marks and footnoted reasons. */
import { reasonTexts } from '../../../diagnostics/codes/reasons.js';
import type { RankedQuickWin, Ranking, Sensitivity } from '../../../score/types.js';
import { formatsOf, render, renderCoded, type Lang, type Text } from '../../../text/index.js';
import { pad, truncate, width, wrap } from './layout.js';

/** Terminal width the table is laid out for. */
export const TABLE_WIDTH = 80;
const GAP = '  ';
const MIN_NAME = 12;
const MAX_OPD = 12;

const HEADERS: readonly Text[] = [
  { id: 'Peringkat', en: 'Rank' },
  { id: 'Quick win', en: 'Quick win' },
  { id: 'OPD', en: 'OPD' },
  { id: 'Dimensi', en: 'Dimension' },
  { id: 'Skor', en: 'Score' },
  { id: 'Status', en: 'Status' },
];

const T = {
  selected: { id: '✓ terpilih', en: '✓ selected' },
  ineligible: { id: '✗ TMS', en: '✗ ineligible' },
  method: { id: 'Metode', en: 'Method' },
  weights: { id: 'bobot', en: 'weights' },
  legendSelected: {
    id: (a: { n: number }) => `✓ terpilih: ${a.n} quick win terbaik yang memenuhi syarat di tiap dimensi.`,
    en: (a: { n: number }) => `✓ selected: the best ${a.n === 1 ? 'eligible quick win' : `${a.n} eligible quick wins`} of each dimension.`,
  },
  legendIneligible: {
    id: '✗ TMS: tidak memenuhi syarat, tetap diperingkat tetapi tidak dapat terpilih:',
    en: '✗ ineligible: ranked but never selected, because:',
  },
  without: { id: 'Dimensi tanpa quick win terpilih', en: 'Dimensions without a selected quick win' },
  empty: { id: 'Belum ada quick win.', en: 'No quick wins yet.' },
  inconsistent: { id: 'tidak konsisten', en: 'inconsistent' },
  sensitivity: {
    id: (a: { draws: number; spread: number; seed: number; method: string }, f) =>
      `Uji kepekaan bobot (${a.method}): ${a.draws} undian, setiap bobot dikali 1 ± ${f.percent(a.spread)}, benih ${a.seed}.`,
    en: (a: { draws: number; spread: number; seed: number; method: string }, f) =>
      `Weight sensitivity (${a.method}): ${a.draws} draws, each weight times 1 ± ${f.percent(a.spread)}, seed ${a.seed}.`,
  },
  keepRank: { id: 'Tetap', en: 'Same rank' },
  selectedShare: { id: 'Terpilih', en: 'Selected' },
  rankRange: { id: 'Rentang', en: 'Rank range' },
  rankMean: { id: 'Rerata', en: 'Mean rank' },
  agreement: { id: 'Kesesuaian urutan antarmetode (τ Kendall)', en: 'Agreement between methods (Kendall τ)' },
  undefinedTau: { id: 'tak terdefinisi', en: 'undefined' },
} satisfies Record<string, Text<never>>;

/**
 * The reasons a proposal is not eligible, joined with "; ".
 * @param p the proposal
 * @param lang language
 * @returns the text
 */
export function reasonsText(p: Pick<RankedQuickWin, 'reasons'>, lang: Lang): string {
  return p.reasons.map((r) => renderCoded(reasonTexts, r, lang)).join('; ');
}

/**
 * The ranking as an aligned table that fits 80 columns: long names end in an ellipsis, selected
 * rows say so, ineligible rows point to a numbered footnote with their reasons, and dimensions
 * without a selection are listed at the end.
 * @param ranking the ranking
 * @param lang header and note language
 * @returns the table text, ending in a newline
 */
export function formatTable(ranking: Ranking, lang: Lang): string {
  const say = (t: Text) => render(t, lang);
  const f = formatsOf(lang);
  const headers = HEADERS.map(say);
  const out: string[] = [summaryLine(ranking, lang)];
  if (ranking.quickwins.length === 0) return `${[...out, '', say(T.empty)].join('\n')}\n`;
  const footnotes: Array<{ n: number; p: RankedQuickWin }> = [];
  const rows = ranking.quickwins.map((p) => {
    let status = '';
    if (p.selected) status = say(T.selected);
    else if (!p.eligible) {
      footnotes.push({ n: footnotes.length + 1, p });
      status = `${say(T.ineligible)} [${footnotes.length}]`;
    }
    return [String(p.rank), p.nama, p.opd, p.dimensi, p.scored ? f.fixed(p.score, 4) : '-', status];
  });
  const [hRank, hName, hOpd, hDim, hScore, hStatus] = headers as [string, string, string, string, string, string];
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
  out.push('', line(headers), line(headers.map((h, i) => '-'.repeat([wRank, wName, wOpd, wDim, wScore, wStatus][i] ?? width(h)))));
  for (const r of rows) out.push(line(r));
  out.push('');
  if (ranking.perDimensi > 0) out.push(...wrap(render(T.legendSelected, lang, { n: ranking.perDimensi }), TABLE_WIDTH, '  '));
  if (footnotes.length > 0) {
    out.push(...wrap(say(T.legendIneligible), TABLE_WIDTH, '  '));
    for (const { n, p } of footnotes) out.push(...wrap(`  [${n}] ${p.id}: ${reasonsText(p, lang)}`, TABLE_WIDTH, '      '));
  }
  if (ranking.dimensionsWithoutSelection.length > 0) {
    out.push(...wrap(`${say(T.without)}: ${ranking.dimensionsWithoutSelection.join(', ')}`, TABLE_WIDTH, '  '));
  }
  if (ranking.sensitivity !== undefined) out.push('', ...sensitivityLines(ranking, ranking.sensitivity, lang));
  return `${out.join('\n')}\n`;
}

/** The sensitivity analysis as a table: per quick win how often it keeps its rank and is selected, then τ between the methods. */
function sensitivityLines(ranking: Ranking, s: Sensitivity, lang: Lang): string[] {
  const say = (t: Text) => render(t, lang);
  const f = formatsOf(lang);
  const names = new Map(ranking.quickwins.map((q) => [q.id, q.nama]));
  const headers = [say(HEADERS[0] as Text), say(HEADERS[1] as Text), say(T.keepRank), say(T.selectedShare), say(T.rankRange), say(T.rankMean)];
  const rows = s.quickwins.map((q) => [
    String(q.rank), names.get(q.id) ?? q.id, f.percent(q.keepRank), f.percent(q.selectedShare),
    q.rankMin === q.rankMax ? String(q.rankMin) : `${q.rankMin}–${q.rankMax}`, f.fixed(q.rankMean, 1),
  ]);
  const w = headers.map((h, k) => Math.max(width(h), ...rows.map((r) => width(r[k] ?? ''))));
  const fixedWidth = w.reduce((a, b, k) => (k === 1 ? a : a + b), 0) + GAP.length * 5;
  w[1] = Math.max(MIN_NAME, Math.min(w[1] ?? MIN_NAME, TABLE_WIDTH - fixedWidth));
  const line = (cells: readonly string[]) =>
    cells.map((c, k) => (k === 1 ? pad(truncate(c, w[1] ?? MIN_NAME), w[1] ?? MIN_NAME) : pad(c, w[k] ?? 0, 'right'))).join(GAP).trimEnd();
  const out = [
    ...wrap(render(T.sensitivity, lang, { draws: s.draws, spread: s.spread, seed: s.seed, method: s.method.toUpperCase() }), TABLE_WIDTH, '  '),
    '',
    line(headers),
    line(w.map((n) => '-'.repeat(n))),
    ...rows.map(line),
  ];
  if (s.agreement.length > 0) {
    const pairs = s.agreement.map((a) => `${a.a.toUpperCase()}–${a.b.toUpperCase()} ${a.tau === null ? say(T.undefinedTau) : f.fixed(a.tau, 2)}`);
    out.push('', ...wrap(`${say(T.agreement)}: ${pairs.join(', ')}`, TABLE_WIDTH, '  '));
  }
  return out;
}

/** "Metode: SAW · bobot: dampak 0,30, urgensi 0,25 …", with AHP's CR when weights come from AHP. */
function summaryLine(ranking: Ranking, lang: Lang): string {
  const f = formatsOf(lang);
  const weights = ranking.criteria.map((c) => `${c.id} ${f.decimal(c.weight, 3)}`).join(', ');
  let text = `${render(T.method, lang)}: ${ranking.method.toUpperCase()} · ${render(T.weights, lang)}${ranking.weightsSource === 'ahp' ? ' (AHP)' : ''}: ${weights}`;
  if (ranking.ahp) {
    text += ` · CR ${f.decimal(ranking.ahp.cr, 3)}${ranking.ahp.consistent ? '' : ` (${render(T.inconsistent, lang)})`}`;
  }
  return wrap(text, TABLE_WIDTH, '  ').join('\n');
}
