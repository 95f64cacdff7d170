/** `score --explain <id>`: one proposal's per-criterion breakdown and what would move it up a rank. */
import type { Explanation, Improvement } from '../../../score/explain.js';
import type { Ranking } from '../../../score/types.js';
import { formatsOf, render, type Lang, type Text } from '../../../text/index.js';
import { pad, truncate, width, wrap } from './layout.js';
import { reasonsText, TABLE_WIDTH } from './table.js';

const HEADERS: readonly Text[] = [
  { id: 'Kriteria', en: 'Criterion' },
  { id: 'Nilai', en: 'Value' },
  { id: 'Normalisasi', en: 'Normalised' },
  { id: 'Bobot', en: 'Weight' },
  { id: 'Kontribusi', en: 'Contribution' },
];

const T = {
  rank: {
    id: (a: { rank: number; of: number }) => `Peringkat ${a.rank} dari ${a.of}`,
    en: (a: { rank: number; of: number }) => `Rank ${a.rank} of ${a.of}`,
  },
  score: { id: 'skor', en: 'score' },
  method: { id: 'metode', en: 'method' },
  selected: { id: 'terpilih', en: 'selected' },
  ineligible: { id: 'tidak memenuhi syarat', en: 'not eligible' },
  notScored: {
    id: 'Quick win ini belum dinilai; isi "skor" atau "penilaian" agar ikut dibandingkan.',
    en: 'This quick win is not scored; fill in "skor" or "penilaian" to compare it.',
  },
  factor: { id: 'Faktor', en: 'Factor' },
  wpNote: { id: 'WP: skor sebanding dengan hasil kali faktor r^bobot.', en: 'WP: the score is proportional to the product of the factors r^weight.' },
  first: { id: 'Sudah di peringkat pertama.', en: 'Already ranked first.' },
  toMove: {
    id: (a: { id: string; score: string }) => `Untuk naik satu peringkat (melewati ${a.id}, skor ${a.score}), cukup salah satu perubahan ini:`,
    en: (a: { id: string; score: string }) => `To move up one rank (past ${a.id}, score ${a.score}), any one of these changes is enough:`,
  },
  raise: { id: 'naikkan', en: 'raise' },
  lower: { id: 'turunkan', en: 'lower' },
  from: { id: 'dari', en: 'from' },
  to: { id: 'menjadi', en: 'to' },
  impossible: {
    id: (a: { limit: string }) => `tidak cukup walau sampai ${a.limit}`,
    en: (a: { limit: string }) => `not enough even at ${a.limit}`,
  },
  months: { id: 'bulan', en: 'months' },
} satisfies Record<string, Text<never>>;

/**
 * Explains one proposal as text: its rank, score and status, a table of each criterion's value,
 * normalised value, weight and contribution, and for each criterion the smallest change that
 * would move it up one rank (or that no change within range is enough).
 * @param ranking the ranking
 * @param e the explanation of one of its quick wins
 * @param lang output language
 * @returns the text
 */
export function formatExplain(ranking: Ranking, e: Explanation, lang: Lang): string {
  const say = (t: Text) => render(t, lang);
  const num = (x: number) => formatsOf(lang).fixed(x, 4);
  const out: string[] = [`${e.nama} (${e.id})`];
  const status: string[] = [
    render(T.rank, lang, { rank: e.rank, of: ranking.quickwins.length }),
    `${say(T.score)} ${e.scored ? num(e.score) : '-'}`,
    `${say(T.method)} ${e.method.toUpperCase()}`,
  ];
  if (e.selected) status.push(say(T.selected));
  out.push(status.join(' · '));
  if (!e.eligible) out.push(...wrap(`${say(T.ineligible)}: ${reasonsText(e, lang)}`, TABLE_WIDTH, '  '));
  if (!e.scored) return `${[...out, '', ...wrap(say(T.notScored), TABLE_WIDTH)].join('\n')}\n`;
  const headers = HEADERS.map(say);
  if (e.method === 'wp') headers[4] = say(T.factor);
  const rows = e.criteria.map((c) => [
    c.criterion,
    c.value === null ? '-' : valueText(c.value, ranking, c.criterion, lang),
    num(c.normalised),
    num(c.weight),
    num(c.weighted),
  ]);
  const widths = headers.map((h, k) => Math.max(width(h), ...rows.map((r) => width(r[k] ?? ''))));
  widths[0] = Math.min(widths[0] ?? 0, 24);
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, k) => (k === 0 ? pad(truncate(cell, widths[0] ?? 24), widths[0] ?? 24) : pad(cell, widths[k] ?? 0, 'right')))
      .join('  ')
      .trimEnd();
  out.push('', line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line));
  if (e.method === 'wp') out.push(say(T.wpNote));
  out.push('');
  if (!e.above) out.push(say(T.first));
  else {
    out.push(...wrap(render(T.toMove, lang, { id: e.above.id, score: num(e.above.score) }), TABLE_WIDTH, '  '));
    for (const imp of e.improvements) out.push(...wrap(`  - ${improvementText(imp, ranking, lang)}`, TABLE_WIDTH, '    '));
  }
  return `${out.join('\n')}\n`;
}

function valueText(x: number, ranking: Ranking, criterion: string, lang: Lang): string {
  const f = formatsOf(lang);
  const c = ranking.criteria.find((k) => k.id === criterion);
  if (c?.dari === 'anggaran') return f.rupiah(x);
  if (c?.dari === 'durasi_bulan') return `${f.decimal(x, 0)} ${render(T.months, lang)}`;
  return f.decimal(x, 2);
}

function improvementText(imp: Improvement, ranking: Ranking, lang: Lang): string {
  const say = (t: Text) => render(t, lang);
  const v = (x: number) => valueText(x, ranking, imp.criterion, lang);
  const verb = imp.direction === 'increase' ? say(T.raise) : say(T.lower);
  if (imp.to === null) return `${imp.criterion}: ${render(T.impossible, lang, { limit: v(imp.limit) })}`;
  return `${imp.criterion}: ${verb} ${say(T.from)} ${v(imp.from)} ${say(T.to)} ${v(imp.to)}`;
}
