/** Presentation of the status report: an aligned table for people, and the JSON documented in the README. */
import { Chalk } from 'chalk';
import { COVERAGE_LABELS, SYARAT_LABELS } from '../../diagnostics/codes/stage.js';
import type { Model } from '../../model/index.js';
import type { StatusReport } from '../../status/index.js';
import { formatsOf, render, type Lang, type Text } from '../../text/index.js';

const BOOKS = ['I', 'II', 'III', 'IV'];

const HEADERS: readonly Text[] = [
  { id: 'OPD', en: 'Agency' },
  { id: 'Wajib', en: 'Required' },
  { id: 'Lengkap', en: 'Done' },
  { id: 'Profil', en: 'Profile' },
  { id: 'Kurang', en: 'Missing' },
  { id: 'Diubah', en: 'Changed' },
];

const T = {
  title: {
    id: (a: { daerah: string; stage: number; books: string }) => `${a.daerah} — status data untuk bimtek tahap ${a.stage}${a.books ? ` (${a.books})` : ''}`,
    en: (a: { daerah: string; stage: number; books: string }) => `${a.daerah} — data status for bimtek stage ${a.stage}${a.books ? ` (${a.books})` : ''}`,
  },
  book: { id: (a: { no: string }) => `Buku ${a.no}`, en: (a: { no: string }) => `Book ${a.no}` },
  overall: {
    id: (a: { completeness: number; submitted: number; required: number }, f) =>
      `Kelengkapan keseluruhan: ${f.percent(a.completeness)} (${a.submitted} dari ${a.required} butir)`,
    en: (a: { completeness: number; submitted: number; required: number }, f) =>
      `Overall completeness: ${f.percent(a.completeness)} (${a.submitted} of ${a.required} items)`,
  },
  cityWide: { id: 'Data tingkat kota (Tim Pelaksana)', en: 'City-wide items (Tim Pelaksana)' },
  coverage: { id: 'Peringatan cakupan', en: 'Coverage warnings' },
  hasNo: {
    id: (a: { nama: string; lacks: string }) => `${a.nama} belum memiliki ${a.lacks}`,
    en: (a: { nama: string; lacks: string }) => `${a.nama} has no ${a.lacks}`,
  },
  noQuickWin: {
    id: (a: { nama: string }) => `${a.nama} belum mengusulkan quick win`,
    en: (a: { nama: string }) => `${a.nama} has not proposed a quick win`,
  },
} satisfies Record<string, Text<never>>;

/**
 * The report as a table: OPDs owing most first, then city-wide items and coverage warnings.
 * @param report status report
 * @param model the model
 * @param lang language of headings
 * @param color use ANSI colours
 * @returns text
 */
export function statusTable(report: StatusReport, model: Model, lang: Lang, color: boolean): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  const say = (t: Text) => render(t, lang);
  const pct = (x: number) => formatsOf(lang).percent(x);
  const out: string[] = [];
  const books = report.books.map((b) => render(T.book, lang, { no: BOOKS[b - 1] ?? String(b) })).join(', ');
  out.push(c.bold(render(T.title, lang, { daerah: model.config.daerah.nama, stage: report.stage, books })));
  out.push(render(T.overall, lang, { completeness: report.summary.completeness, submitted: report.summary.submitted, required: report.summary.required }));
  out.push('');
  const head = HEADERS.map(say);
  const rows = report.opd.map((o) => [
    o.singkatan,
    `${o.submitted}/${o.required}`,
    pct(o.completeness),
    `${o.profileFilled}/${o.profileTotal}`,
    o.missing.length === 0 ? '—' : o.missing.map((m) => say(SYARAT_LABELS[m.syarat])).join(', '),
    o.lastChanged?.slice(0, 10) ?? '—',
  ]);
  const widths = head.map((h, i) => Math.min(i === 4 ? 40 : 28, Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length))));
  const fmt = (r: string[]) => r.map((cell, i) => {
    const w = widths[i] ?? 10;
    const text = cell.length > w ? `${cell.slice(0, w - 1)}…` : cell;
    return i >= 1 && i <= 3 ? text.padStart(w) : text.padEnd(w);
  }).join('  ').trimEnd();
  out.push(c.underline(fmt(head)));
  for (let i = 0; i < rows.length; i++) {
    const line = fmt(rows[i] ?? []);
    out.push((report.opd[i]?.missing.length ?? 0) > 0 ? c.yellow(line) : line);
  }
  out.push('');
  out.push(c.bold(say(T.cityWide)));
  // Items of one requirement are folded into one line when all are present.
  const groups = new Map<string, StatusReport['cityWide'][number][]>();
  for (const item of report.cityWide) groups.set(item.syarat, [...(groups.get(item.syarat) ?? []), item]);
  for (const list of groups.values()) {
    const first = list[0];
    if (first === undefined) continue;
    const done = list.filter((i) => i.ok).length;
    if (done === list.length) {
      out.push(`  ${c.green('✓')} ${say(SYARAT_LABELS[first.syarat])}${list.length > 1 ? ` (${done}/${list.length})` : ''}`);
      continue;
    }
    for (const item of list.filter((i) => !i.ok)) {
      out.push(`  ${c.red('✗')} ${say(SYARAT_LABELS[item.syarat])}${item.detail !== undefined ? ` — ${item.detail}` : ''}`);
    }
  }
  if (report.coverage.length > 0) {
    out.push('');
    out.push(c.bold(say(T.coverage)));
    // One line per dimension, naming everything it lacks.
    const byDimension = new Map<string, string[]>();
    for (const g of report.coverage) {
      if (g.kind !== 'dimension') continue;
      byDimension.set(g.nama, [...(byDimension.get(g.nama) ?? []), say(COVERAGE_LABELS[g.without])]);
    }
    for (const [nama, lacks] of byDimension) out.push(`  ${c.yellow('!')} ${render(T.hasNo, lang, { nama, lacks: lacks.join(', ') })}`);
    for (const g of report.coverage) {
      if (g.kind === 'opd-without-proposal') out.push(`  ${c.yellow('!')} ${render(T.noQuickWin, lang, { nama: g.nama })}`);
    }
  }
  return `${out.join('\n')}\n`;
}

/**
 * The report as JSON (the contract is documented in the README).
 * @param report status report
 * @param lang language of the labels
 * @returns JSON text
 */
export function statusJson(report: StatusReport, lang: Lang): string {
  const label = (i: { syarat: keyof typeof SYARAT_LABELS }) => render(SYARAT_LABELS[i.syarat], lang);
  const json = {
    stage: report.stage,
    books: report.books,
    summary: {
      required: report.summary.required,
      submitted: report.summary.submitted,
      missing: report.summary.missing,
      completeness: round(report.summary.completeness),
    },
    opd: report.opd.map((o) => ({
      id: o.id,
      nama: o.nama,
      file: o.file,
      required: o.required,
      submitted: o.submitted,
      completeness: round(o.completeness),
      missing: o.missing.map((m) => ({ item: m.syarat, label: label(m), ...(m.detail !== undefined ? { detail: m.detail } : {}) })),
      profile: { filled: o.profileFilled, total: o.profileTotal },
      proposals: o.quickwins,
      last_changed: o.lastChanged ?? null,
    })),
    city: report.cityWide.map((i) => ({ item: i.syarat, label: label(i), ...(i.detail !== undefined ? { detail: i.detail } : {}), ok: i.ok, file: i.file })),
    coverage: report.coverage.map((g) => (g.kind === 'dimension' ? { kind: 'dimension', dimensi: g.dimensi, without: g.without } : { kind: 'opd-without-proposal', opd: g.opd })),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
