/** `score --explain <id>`: one proposal's per-criterion breakdown and what would move it up a rank. */
import type { Lang } from '../../diagnostics/spec.js';
import { explainProposal, type Improvement } from '../explain.js';
import { formatDecimal, formatRupiah } from '../text.js';
import type { Ranking } from '../types.js';
import { pad, truncate, width, wrap } from './layout.js';
import { TABLE_WIDTH } from './table.js';

const T = {
  id: {
    rank: (r: number, n: number) => `Peringkat ${r} dari ${n}`,
    score: 'skor',
    method: 'metode',
    selected: 'terpilih',
    ineligible: 'tidak memenuhi syarat',
    notScored: 'Quick win ini belum dinilai; isi "skor" atau "penilaian" agar ikut dibandingkan.',
    headers: ['Kriteria', 'Nilai', 'Normalisasi', 'Bobot', 'Kontribusi'],
    factor: 'Faktor',
    wpNote: 'WP: skor sebanding dengan hasil kali faktor r^bobot.',
    first: 'Sudah di peringkat pertama.',
    toMove: (id: string, s: string) => `Untuk naik satu peringkat (melewati ${id}, skor ${s}), cukup salah satu perubahan ini:`,
    raise: 'naikkan',
    lower: 'turunkan',
    from: 'dari',
    to: 'menjadi',
    impossible: (limit: string) => `tidak cukup walau sampai ${limit}`,
    months: 'bulan',
  },
  en: {
    rank: (r: number, n: number) => `Rank ${r} of ${n}`,
    score: 'score',
    method: 'method',
    selected: 'selected',
    ineligible: 'not eligible',
    notScored: 'This quick win is not scored; fill in "skor" or "penilaian" to compare it.',
    headers: ['Criterion', 'Value', 'Normalised', 'Weight', 'Contribution'],
    factor: 'Factor',
    wpNote: 'WP: the score is proportional to the product of the factors r^weight.',
    first: 'Already ranked first.',
    toMove: (id: string, s: string) => `To move up one rank (past ${id}, score ${s}), any one of these changes is enough:`,
    raise: 'raise',
    lower: 'lower',
    from: 'from',
    to: 'to',
    impossible: (limit: string) => `not enough even at ${limit}`,
    months: 'months',
  },
} as const;

/**
 * Explains one proposal as text: its rank, score and status, a table of each criterion's value,
 * normalised value, weight and contribution, and for each criterion the smallest change that
 * would move it up one rank (or that no change within range is enough).
 * @param ranking the ranking
 * @param id the proposal to explain
 * @param lang output language
 * @returns the text, or undefined when the id is not in the ranking
 */
export function formatExplain(ranking: Ranking, id: string, lang: Lang): string | undefined {
  const e = explainProposal(ranking, id);
  if (!e) return undefined;
  const t = T[lang];
  const num = (x: number) => fixed4(x, lang);
  const out: string[] = [`${e.nama} (${e.id})`];
  const status: string[] = [
    t.rank(e.rank, ranking.proposals.length),
    `${t.score} ${e.scored ? num(e.score) : '-'}`,
    `${t.method} ${e.method.toUpperCase()}`,
  ];
  if (e.selected) status.push(t.selected);
  out.push(status.join(' · '));
  if (!e.eligible) {
    out.push(...wrap(`${t.ineligible}: ${e.reasons.map((r) => (lang === 'en' ? r.en : r.id)).join('; ')}`, TABLE_WIDTH, '  '));
  }
  if (!e.scored) return `${[...out, '', ...wrap(t.notScored, TABLE_WIDTH)].join('\n')}\n`;

  const headers: string[] = [...t.headers];
  if (e.method === 'wp') headers[4] = t.factor;
  const rows = e.criteria.map((c) => [
    c.criterion,
    c.value === null ? '-' : valueText(c.value, ranking, c.criterion, lang),
    num(c.normalized),
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
  if (e.method === 'wp') out.push(t.wpNote);

  out.push('');
  if (!e.above) out.push(t.first);
  else {
    out.push(...wrap(t.toMove(e.above.id, num(e.above.score)), TABLE_WIDTH, '  '));
    for (const imp of e.improvements) out.push(...wrap(`  - ${improvementText(imp, ranking, lang)}`, TABLE_WIDTH, '    '));
  }
  return `${out.join('\n')}\n`;
}

/** Four fixed decimals, so the columns line up. */
function fixed4(x: number, lang: Lang): string {
  const text = Number.isFinite(x) ? x.toFixed(4) : '-';
  return lang === 'id' ? text.replace('.', ',') : text;
}

function valueText(x: number, ranking: Ranking, criterion: string, lang: Lang): string {
  const c = ranking.criteria.find((k) => k.id === criterion);
  if (c?.dari === 'anggaran') return formatRupiah(x);
  if (c?.dari === 'durasi_bulan') return `${formatDecimal(x, 0, lang)} ${T[lang].months}`;
  return formatDecimal(x, 2, lang);
}

function improvementText(imp: Improvement, ranking: Ranking, lang: Lang): string {
  const t = T[lang];
  const v = (x: number) => valueText(x, ranking, imp.criterion, lang);
  const verb = imp.direction === 'increase' ? t.raise : t.lower;
  if (imp.to === null) return `${imp.criterion}: ${t.impossible(v(imp.limit))}`;
  return `${imp.criterion}: ${verb} ${t.from} ${v(imp.from)} ${t.to} ${v(imp.to)}`;
}
