/** Presentation of the status report: an aligned table for people, and the JSON documented in the README. */
import { Chalk } from 'chalk';
import type { Lang } from '../../diagnostics/spec.js';
import type { Model } from '../../model/index.js';
import { COVERAGE_LABELS as WITHOUT, type StatusReport } from '../../status/index.js';

const pct = (x: number, lang: Lang) =>
  new Intl.NumberFormat(lang === 'en' ? 'en-US' : 'id-ID', { style: 'percent', maximumFractionDigits: 0 }).format(x);

const BOOKS = ['I', 'II', 'III', 'IV'];

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
  const en = lang === 'en';
  const out: string[] = [];
  const books = report.books.map((b) => `${en ? 'Book' : 'Buku'} ${BOOKS[b - 1] ?? b}`).join(', ');
  out.push(c.bold(`${model.config.daerah.nama} — ${en ? 'data status for bimtek stage' : 'status data untuk bimtek tahap'} ${report.stage}${books ? ` (${books})` : ''}`));
  out.push(`${en ? 'Overall completeness' : 'Kelengkapan keseluruhan'}: ${pct(report.summary.completeness, lang)} (${report.summary.submitted} ${en ? 'of' : 'dari'} ${report.summary.required} ${en ? 'items' : 'butir'})`);
  out.push('');
  const head = en ? ['Agency', 'Required', 'Done', 'Profile', 'Missing', 'Changed'] : ['OPD', 'Wajib', 'Lengkap', 'Profil', 'Kurang', 'Diubah'];
  const rows = report.opd.map((o) => [
    o.singkatan,
    `${o.submitted}/${o.required}`,
    pct(o.completeness, lang),
    `${o.profileFilled}/${o.profileTotal}`,
    o.missing.length === 0 ? '—' : o.missing.map((m) => m.label).join(', '),
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
  out.push(c.bold(en ? 'City-wide items (Tim Pelaksana)' : 'Data tingkat kota (Tim Pelaksana)'));
  // Items of one requirement are folded into one line when all are present.
  const groups = new Map<string, StatusReport['cityWide'][number][]>();
  for (const item of report.cityWide) groups.set(item.syarat, [...(groups.get(item.syarat) ?? []), item]);
  for (const list of groups.values()) {
    const first = list[0];
    if (first === undefined) continue;
    const done = list.filter((i) => i.ok).length;
    if (done === list.length) {
      out.push(`  ${c.green('✓')} ${first.label}${list.length > 1 ? ` (${done}/${list.length})` : ''}`);
      continue;
    }
    for (const item of list.filter((i) => !i.ok)) {
      out.push(`  ${c.red('✗')} ${item.label}${item.detail !== undefined ? ` — ${item.detail}` : ''}`);
    }
  }
  if (report.coverage.length > 0) {
    out.push('');
    out.push(c.bold(en ? 'Coverage warnings' : 'Peringatan cakupan'));
    // One line per dimension, naming everything it lacks.
    const byDimension = new Map<string, string[]>();
    for (const g of report.coverage) {
      if (g.kind !== 'dimension') continue;
      byDimension.set(g.nama, [...(byDimension.get(g.nama) ?? []), WITHOUT[g.without][en ? 1 : 0]]);
    }
    for (const [nama, lacks] of byDimension) {
      out.push(`  ${c.yellow('!')} ${nama} ${en ? 'has no' : 'belum memiliki'} ${lacks.join(', ')}`);
    }
    for (const g of report.coverage) {
      if (g.kind === 'opd-without-proposal') out.push(`  ${c.yellow('!')} ${g.nama} ${en ? 'has not proposed a quick win' : 'belum mengusulkan quick win'}`);
    }
  }
  return `${out.join('\n')}\n`;
}

/**
 * The report as JSON (the contract is documented in the README).
 * @param report status report
 * @returns JSON text
 */
export function statusJson(report: StatusReport): string {
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
      missing: o.missing.map((m) => ({ item: m.syarat, label: m.label, ...(m.detail !== undefined ? { detail: m.detail } : {}) })),
      profile: { filled: o.profileFilled, total: o.profileTotal },
      proposals: o.proposals,
      last_changed: o.lastChanged ?? null,
    })),
    city: report.cityWide.map((i) => ({ item: i.syarat, label: i.label, ...(i.detail !== undefined ? { detail: i.detail } : {}), ok: i.ok, file: i.file })),
    coverage: report.coverage.map((g) => (g.kind === 'dimension' ? { kind: 'dimension', dimensi: g.dimensi, without: g.without } : { kind: 'opd-without-proposal', opd: g.opd })),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
