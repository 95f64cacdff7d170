/** Presentation of the status report: an aligned table for people, the same as Markdown for a job summary, and the JSON documented in the README. */
import { Chalk } from 'chalk';
import { requirementLabel, type RequirementId } from '../../diagnostics/codes/naskah.js';
import { COVERAGE_LABELS } from '../../diagnostics/codes/stage.js';
import type { Model } from '../../model/index.js';
import type { StatusReport } from '../../status/index.js';
import { formatsOf, render, type Lang, type Text } from '../../text/index.js';
import { mdTable, mdText } from './markdown.js';

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

/** What the table and the Markdown of a status show, in the run's language, before either lays it out. */
interface StatusContent {
  readonly title: string;
  readonly overall: string;
  readonly head: readonly string[];
  /** One row per OPD, owing most first; `owing` when something required is missing. */
  readonly rows: ReadonlyArray<{ readonly cells: readonly string[]; readonly owing: boolean }>;
  readonly cityTitle: string;
  /** City-wide items, the items of one requirement folded into one when all are present. */
  readonly city: ReadonlyArray<{ readonly ok: boolean; readonly text: string }>;
  readonly coverageTitle: string;
  /** One line per dimension that lacks something, then one per OPD without a proposal. */
  readonly coverage: readonly string[];
}

/** The columns of the OPD table that hold numbers. */
const NUMERIC = (i: number) => i >= 1 && i <= 3;

function statusContent(report: StatusReport, model: Model, lang: Lang): StatusContent {
  const say = (t: Text) => render(t, lang);
  const pct = (x: number) => formatsOf(lang).percent(x);
  const books = report.books.map((b) => render(T.book, lang, { no: BOOKS[b - 1] ?? String(b) })).join(', ');
  const rows = report.opd.map((o) => ({
    cells: [
      o.singkatan,
      `${o.submitted}/${o.required}`,
      pct(o.completeness),
      `${o.profileFilled}/${o.profileTotal}`,
      o.missing.length === 0 ? '—' : o.missing.map((m) => say(requirementLabel(m.syarat))).join(', '),
      o.lastChanged?.slice(0, 10) ?? '—',
    ],
    owing: o.missing.length > 0,
  }));
  // Items of one requirement are folded into one line when all are present.
  const groups = new Map<string, StatusReport['cityWide'][number][]>();
  for (const item of report.cityWide) groups.set(item.syarat, [...(groups.get(item.syarat) ?? []), item]);
  const city: Array<{ ok: boolean; text: string }> = [];
  for (const list of groups.values()) {
    const first = list[0];
    if (first === undefined) continue;
    const done = list.filter((i) => i.ok).length;
    if (done === list.length) {
      city.push({ ok: true, text: `${say(requirementLabel(first.syarat))}${list.length > 1 ? ` (${done}/${list.length})` : ''}` });
      continue;
    }
    for (const item of list.filter((i) => !i.ok)) {
      city.push({ ok: false, text: `${say(requirementLabel(item.syarat))}${item.detail !== undefined ? ` — ${item.detail}` : ''}` });
    }
  }
  // One line per dimension, naming everything it lacks.
  const byDimension = new Map<string, string[]>();
  for (const g of report.coverage) {
    if (g.kind !== 'dimension') continue;
    byDimension.set(g.nama, [...(byDimension.get(g.nama) ?? []), say(COVERAGE_LABELS[g.without])]);
  }
  const coverage = [...byDimension].map(([nama, lacks]) => render(T.hasNo, lang, { nama, lacks: lacks.join(', ') }));
  for (const g of report.coverage) {
    if (g.kind === 'opd-without-proposal') coverage.push(render(T.noQuickWin, lang, { nama: g.nama }));
  }
  return {
    title: render(T.title, lang, { daerah: model.config.daerah.nama, stage: report.stage, books }),
    overall: render(T.overall, lang, { completeness: report.summary.completeness, submitted: report.summary.submitted, required: report.summary.required }),
    head: HEADERS.map(say),
    rows,
    cityTitle: say(T.cityWide),
    city,
    coverageTitle: say(T.coverage),
    coverage,
  };
}

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
  const content = statusContent(report, model, lang);
  const out: string[] = [c.bold(content.title), content.overall, ''];
  const { head, rows } = content;
  const widths = head.map((h, i) => Math.min(i === 4 ? 40 : 28, Math.max(h.length, ...rows.map((r) => (r.cells[i] ?? '').length))));
  const fmt = (r: readonly string[]) => r.map((cell, i) => {
    const w = widths[i] ?? 10;
    const text = cell.length > w ? `${cell.slice(0, w - 1)}…` : cell;
    return NUMERIC(i) ? text.padStart(w) : text.padEnd(w);
  }).join('  ').trimEnd();
  out.push(c.underline(fmt(head)));
  for (const r of rows) out.push(r.owing ? c.yellow(fmt(r.cells)) : fmt(r.cells));
  out.push('');
  out.push(c.bold(content.cityTitle));
  for (const item of content.city) out.push(`  ${item.ok ? c.green('✓') : c.red('✗')} ${item.text}`);
  if (content.coverage.length > 0) {
    out.push('');
    out.push(c.bold(content.coverageTitle));
    for (const line of content.coverage) out.push(`  ${c.yellow('!')} ${line}`);
  }
  return `${out.join('\n')}\n`;
}

/**
 * The report as GitHub-flavoured Markdown, for a job summary: the same content as the table, every
 * name escaped so it shows literally.
 * @param report status report
 * @param model the model
 * @param lang language of headings
 * @returns Markdown
 */
export function statusMarkdown(report: StatusReport, model: Model, lang: Lang): string {
  const content = statusContent(report, model, lang);
  const out: string[] = [`## ${mdText(content.title)}`, '', mdText(content.overall), ''];
  out.push(...mdTable(content.head.map(mdText), content.rows.map((r) => r.cells.map(mdText)), content.head.map((_h, i) => (NUMERIC(i) ? 'right' : 'left'))));
  out.push('', `### ${mdText(content.cityTitle)}`, '');
  for (const item of content.city) out.push(`- ${item.ok ? '✓' : '✗'} ${mdText(item.text)}`);
  if (content.coverage.length > 0) {
    out.push('', `### ${mdText(content.coverageTitle)}`, '');
    for (const line of content.coverage) out.push(`- ! ${mdText(line)}`);
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
  const label = (i: { syarat: RequirementId }) => render(requirementLabel(i.syarat), lang);
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
