/**
 * Presentation of a comparison (`masterplan diff`): an aligned listing for the terminal, Markdown,
 * and the JSON documented in the README. Field names and values are the books' words (Indonesian, from the change
 * notes); the text around them follows the language of the run.
 */
import { Chalk } from 'chalk';
import { dottedPath, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { FieldChange, FileDiff, Totals } from '../../diff/index.js';
import type { DiffReport } from '../../pipeline/diff.js';
import type { BerkasVM } from '../../report/perubahan/index.js';
import { formatsOf, render, type Lang, type Text } from '../../text/index.js';
import { diagnosticMessage } from './diagnostics/message.js';

const T = {
  title: {
    id: (a: { daerah: string }) => `${a.daerah} — perubahan data`,
    en: (a: { daerah: string }) => `${a.daerah} — changes in the data`,
  },
  sinceGit: {
    id: (a: { ref: string; date: string }) => `dibandingkan dengan commit ${a.ref} (${a.date})`,
    en: (a: { ref: string; date: string }) => `compared with commit ${a.ref} (${a.date})`,
  },
  sinceSnapshot: {
    id: (a: { file: string; date: string }) => `dibandingkan dengan cuplikan ${a.file} (${a.date})`,
    en: (a: { file: string; date: string }) => `compared with the snapshot ${a.file} (${a.date})`,
  },
  askedTahap: {
    id: (a: { tahap: number; date: string }) => `Sejak bimtek tahap ${a.tahap} (${a.date}), `,
    en: (a: { tahap: number; date: string }) => `Since bimtek stage ${a.tahap} (${a.date}), `,
  },
  askedDate: {
    id: (a: { date: string }) => `Sejak ${a.date}, `,
    en: (a: { date: string }) => `Since ${a.date}, `,
  },
  counts: {
    id: (a: { changed: number; added: number; removed: number; renamed: number }) =>
      `${a.changed} berkas diubah, ${a.added} ditambahkan, ${a.removed} dihapus, ${a.renamed} berganti nama`,
    en: (a: { changed: number; added: number; removed: number; renamed: number }) =>
      `${a.changed} file(s) changed, ${a.added} added, ${a.removed} removed, ${a.renamed} renamed`,
  },
  nothing: { id: 'Tidak ada berkas data yang berubah.', en: 'No data file changed.' },
  added: { id: 'ditambahkan', en: 'added' },
  removed: { id: 'dihapus', en: 'removed' },
  changed: { id: 'diubah', en: 'changed' },
  renamed: {
    id: (a: { from: string }) => `berganti nama dari ${a.from}`,
    en: (a: { from: string }) => `renamed from ${a.from}`,
  },
  renamedShort: { id: 'berganti nama', en: 'renamed' },
  from: {
    id: (a: { from: string }) => `semula ${a.from}`,
    en: (a: { from: string }) => `formerly ${a.from}`,
  },
  notCompared: {
    id: (a: { which: 'old' | 'new' | 'both' }) => `isi tidak dibandingkan: ${a.which === 'both' ? 'kedua versi' : a.which === 'old' ? 'versi semula' : 'versi kini'} tidak lolos validasi`,
    en: (a: { which: 'old' | 'new' | 'both' }) => `contents not compared: ${a.which === 'both' ? 'neither version' : a.which === 'old' ? 'the earlier version' : 'the present version'} validates`,
  },
  ranking: { id: 'Peringkat quick win', en: 'Quick-win ranking' },
  noRankChange: { id: 'Tidak ada perubahan peringkat atau pilihan.', en: 'No change of rank or selection.' },
  completeness: {
    id: (a: { stage: number }) => `Kelengkapan data wajib tahap ${a.stage}`,
    en: (a: { stage: number }) => `Completeness of the data required at stage ${a.stage}`,
  },
  noCompletenessChange: { id: 'Tidak ada perubahan kelengkapan.', en: 'No change of completeness.' },
  totals: { id: 'Jumlah anggaran', en: 'Budget totals' },
  notAnalysed: {
    id: 'Peringkat, kelengkapan, dan jumlah anggaran tidak dibandingkan (lihat pesan di stderr).',
    en: 'The ranking, the completeness and the budget totals are not compared (see the messages on stderr).',
  },
  selected: { id: 'terpilih', en: 'selected' },
  notSelected: { id: 'tidak terpilih', en: 'not selected' },
  cityWide: { id: 'Data tingkat kota', en: 'City-wide data' },
  file: { id: 'Berkas', en: 'File' },
  state: { id: 'Keadaan', en: 'State' },
  field: { id: 'Butir', en: 'Field' },
  before: { id: 'Semula', en: 'Before' },
  after: { id: 'Menjadi', en: 'Now' },
  quickwin: { id: 'Quick win', en: 'Quick win' },
  rank: { id: 'Peringkat', en: 'Rank' },
  selection: { id: 'Pilihan', en: 'Selection' },
  total: { id: 'Jumlah', en: 'Total' },
} satisfies Record<string, Text<never>>;

const TOTAL_LABELS: Readonly<Record<keyof Totals, Text>> = {
  quickwinAnggaran: { id: 'Anggaran seluruh usulan quick win', en: 'Budget of every quick-win proposal' },
  quickwinTerpilihAnggaran: { id: 'Anggaran quick win terpilih', en: 'Budget of the selected quick wins' },
  programAnggaranIndikatif: { id: 'Anggaran indikatif program', en: 'Indicative budget of the programs' },
};

const TOTAL_KEYS: readonly (keyof Totals)[] = ['quickwinAnggaran', 'quickwinTerpilihAnggaran', 'programAnggaranIndikatif'];

/** The JSON names of the totals (the README's diff contract). */
const TOTAL_JSON: Readonly<Record<keyof Totals, string>> = {
  quickwinAnggaran: 'quickwin_anggaran',
  quickwinTerpilihAnggaran: 'quickwin_terpilih_anggaran',
  programAnggaranIndikatif: 'program_anggaran_indikatif',
};

/** A calendar date written in a language's way: `16 Juli 2024`, `16 July 2024`. */
function dateIn(locale: string): (a: { iso: string }) => string {
  const format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return (a) => {
    const [y, m, d] = a.iso.split('-').map(Number) as [number, number, number];
    return format.format(new Date(Date.UTC(y, m - 1, d)));
  };
}

const DATE: Text<{ iso: string }> = { id: dateIn('id-ID'), en: dateIn('en-GB') };

function displayDate(iso: string, lang: Lang): string {
  return render(DATE, lang, { iso });
}

function sinceLine(report: DiffReport, lang: Lang): string {
  const s = report.since;
  const asked =
    s.tahap !== undefined && s.asked !== undefined
      ? render(T.askedTahap, lang, { tahap: s.tahap, date: displayDate(s.asked, lang) })
      : s.asked !== undefined
        ? render(T.askedDate, lang, { date: displayDate(s.asked, lang) })
        : '';
  const version =
    s.source === 'git'
      ? render(T.sinceGit, lang, { ref: s.ref ?? '', date: displayDate(s.date, lang) })
      : render(T.sinceSnapshot, lang, { file: s.snapshot ?? '', date: displayDate(s.date, lang) });
  const line = `${asked}${version}`;
  return asked === '' ? line.charAt(0).toUpperCase() + line.slice(1) : line;
}

function counts(files: readonly FileDiff[]) {
  return {
    changed: files.filter((f) => f.status === 'changed' && f.oldFile === undefined).length,
    added: files.filter((f) => f.status === 'added').length,
    removed: files.filter((f) => f.status === 'removed').length,
    renamed: files.filter((f) => f.oldFile !== undefined).length,
  };
}

function stateOf(b: BerkasVM, lang: Lang, withFrom = true): string {
  if (b.semula !== null) return withFrom ? render(T.renamed, lang, { from: b.semula }) : render(T.renamedShort, lang);
  return render(b.status === 'added' ? T.added : b.status === 'removed' ? T.removed : T.changed, lang);
}

/** The files of the report in its groups: each group's title, and each file with its words. */
function groups(report: DiffReport): Array<{ title: string; opd: string | null; files: Array<{ diff: FileDiff; words: BerkasVM }> }> {
  const byFile = new Map(report.diff.files.map((f) => [f.file, f]));
  return report.words.kelompok.map((g) => ({
    title: g.judul,
    opd: g.opd,
    files: g.berkas.map((b) => ({ diff: byFile.get(b.berkas) as FileDiff, words: b })),
  }));
}

/**
 * The comparison as an aligned listing.
 * @param report the comparison
 * @param lang language of the text around the values
 * @param color use ANSI colours
 * @returns text
 */
export function diffTable(report: DiffReport, lang: Lang, color: boolean): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  const say = (t: Text) => render(t, lang);
  const out: string[] = [];
  out.push(c.bold(render(T.title, lang, { daerah: report.daerah })));
  out.push(sinceLine(report, lang));
  out.push(report.diff.files.length === 0 ? say(T.nothing) : render(T.counts, lang, counts(report.diff.files)));
  for (const g of groups(report)) {
    out.push('');
    out.push(c.bold(g.opd === null ? say(T.cityWide) : g.title));
    const width = Math.max(...g.files.map((f) => stateOf(f.words, lang, false).length));
    for (const { diff, words } of g.files) {
      const state = stateOf(words, lang, false);
      const paint = diff.status === 'added' ? c.green : diff.status === 'removed' ? c.red : c.yellow;
      out.push(`  ${paint(state.padEnd(width))}  ${diff.file}${words.nama !== diff.file ? `  (${words.nama})` : ''}`);
      if (words.semula !== null) out.push(`      ${render(T.from, lang, { from: words.semula })}`);
      if (diff.invalid !== undefined) out.push(`      ${c.yellow(render(T.notCompared, lang, { which: diff.invalid }))}`);
      for (const r of words.rincian) out.push(`      ${r.butir}: ${r.semula} → ${r.menjadi}`);
    }
  }
  const effects = report.diff.effects;
  out.push('');
  if (effects === undefined) {
    out.push(c.yellow(say(T.notAnalysed)));
    return `${out.join('\n')}\n`;
  }
  const sel = (v: boolean | null) => (v === null ? '—' : say(v ? T.selected : T.notSelected));
  out.push(c.bold(say(T.ranking)));
  if (effects.ranking.length === 0) out.push(`  ${say(T.noRankChange)}`);
  const rows = effects.ranking.map((r, i) => {
    const w = report.words.peringkat?.baris[i];
    return [`${w?.nama ?? r.id} (${w?.opd ?? r.opd})`, `${r.oldRank ?? '—'} → ${r.newRank ?? '—'}`, `${sel(r.oldSelected)} → ${sel(r.newSelected)}`];
  });
  out.push(...aligned(rows));
  out.push('');
  out.push(c.bold(render(T.completeness, lang, { stage: report.stage })));
  if (effects.completeness.length === 0) out.push(`  ${say(T.noCompletenessChange)}`);
  const pct = (v: number | null) => (v === null ? '—' : formatsOf(lang).percent(v));
  out.push(...aligned(effects.completeness.map((r, i) => [report.words.kelengkapan?.baris[i]?.opd ?? r.opd, `${pct(r.old)} → ${pct(r.new)}`])));
  out.push('');
  out.push(c.bold(say(T.totals)));
  out.push(...aligned(TOTAL_KEYS.map((k, i) => [say(TOTAL_LABELS[k]), `${report.words.anggaran?.baris[i]?.semula ?? ''} → ${report.words.anggaran?.baris[i]?.kini ?? ''}`])));
  return `${out.join('\n')}\n`;
}

function aligned(rows: readonly string[][]): string[] {
  const widths: number[] = [];
  for (const r of rows) r.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((r) => `  ${r.map((cell, i) => (i < r.length - 1 ? cell.padEnd(widths[i] ?? 0) : cell)).join('   ')}`.trimEnd());
}

/** Text as literal Markdown: punctuation that could start markup is escaped, a line break becomes a space. */
function md(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(/[\\`*_{}[\]<>()#+!|~]/g, (ch) => `\\${ch}`);
}

function mdTable(head: readonly string[], rows: readonly string[][]): string[] {
  return [`| ${head.map(md).join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(md).join(' | ')} |`)];
}

/**
 * The comparison as Markdown: a heading per OPD with a table of its changed fields, then the effects.
 * @param report the comparison
 * @param lang language of the headings and of the text around the values
 * @returns Markdown text
 */
export function diffMarkdown(report: DiffReport, lang: Lang): string {
  const say = (t: Text) => render(t, lang);
  const out: string[] = [`# ${md(render(T.title, lang, { daerah: report.daerah }))}`, '', md(sinceLine(report, lang)), ''];
  out.push(md(report.diff.files.length === 0 ? say(T.nothing) : render(T.counts, lang, counts(report.diff.files))));
  for (const g of groups(report)) {
    out.push('', `## ${md(g.opd === null ? say(T.cityWide) : g.title)}`, '');
    const rows: string[][] = [];
    for (const { diff, words } of g.files) {
      const state = diff.invalid !== undefined ? `${stateOf(words, lang)}; ${render(T.notCompared, lang, { which: diff.invalid })}` : stateOf(words, lang);
      if (words.rincian.length === 0) rows.push([diff.file, state, '', '', '']);
      words.rincian.forEach((r, i) => rows.push(i === 0 ? [diff.file, state, r.butir, r.semula, r.menjadi] : ['', '', r.butir, r.semula, r.menjadi]));
    }
    out.push(...mdTable([say(T.file), say(T.state), say(T.field), say(T.before), say(T.after)], rows));
  }
  const effects = report.diff.effects;
  if (effects === undefined) return `${[...out, '', md(say(T.notAnalysed))].join('\n')}\n`;
  const sel = (v: boolean | null) => (v === null ? '—' : say(v ? T.selected : T.notSelected));
  out.push('', `## ${md(say(T.ranking))}`, '');
  if (effects.ranking.length === 0) out.push(md(say(T.noRankChange)));
  else {
    out.push(
      ...mdTable(
        [say(T.quickwin), 'OPD', `${say(T.rank)}: ${say(T.before)}`, `${say(T.rank)}: ${say(T.after)}`, `${say(T.selection)}: ${say(T.before)}`, `${say(T.selection)}: ${say(T.after)}`],
        effects.ranking.map((r, i) => {
          const w = report.words.peringkat?.baris[i];
          return [w?.nama ?? r.id, w?.opd ?? r.opd, String(r.oldRank ?? '—'), String(r.newRank ?? '—'), sel(r.oldSelected), sel(r.newSelected)];
        }),
      ),
    );
  }
  out.push('', `## ${md(render(T.completeness, lang, { stage: report.stage }))}`, '');
  const pct = (v: number | null) => (v === null ? '—' : formatsOf(lang).percent(v));
  if (effects.completeness.length === 0) out.push(md(say(T.noCompletenessChange)));
  else out.push(...mdTable(['OPD', say(T.before), say(T.after)], effects.completeness.map((r, i) => [report.words.kelengkapan?.baris[i]?.opd ?? r.opd, pct(r.old), pct(r.new)])));
  out.push('', `## ${md(say(T.totals))}`, '');
  out.push(...mdTable([say(T.total), say(T.before), say(T.after)], TOTAL_KEYS.map((k, i) => [say(TOTAL_LABELS[k]), report.words.anggaran?.baris[i]?.semula ?? '', report.words.anggaran?.baris[i]?.kini ?? ''])));
  return `${out.join('\n')}\n`;
}

const round = (x: number) => Math.round(x * 10000) / 10000;

function changeJson(c: FieldChange): Record<string, unknown> {
  return { path: dottedPath(c.path), ...('old' in c ? { old: c.old } : {}), ...('new' in c ? { new: c.new } : {}) };
}

/**
 * The comparison as the JSON the README documents, with the diagnostics of a partial comparison.
 * @param report the comparison
 * @param lang language of the diagnostics' messages
 * @param diagnostics what the comparison says about itself, and the present project's errors
 * @returns JSON text
 */
export function diffJson(report: DiffReport, lang: Lang, diagnostics: readonly Diagnostic[]): string {
  const s = report.since;
  const effects = report.diff.effects;
  const json = {
    since: {
      ref: s.ref ?? null,
      date: s.date,
      source: s.source,
      ...(s.snapshot !== undefined ? { snapshot: s.snapshot } : {}),
      ...(s.asked !== undefined ? { asked: s.asked } : {}),
      ...(s.tahap !== undefined ? { tahap: s.tahap } : {}),
    },
    stage: report.stage,
    partial: report.partial,
    files: report.diff.files.map((f) => ({
      file: f.file,
      status: f.status,
      opd: f.opd,
      ...(f.oldFile !== undefined ? { old_file: f.oldFile } : {}),
      changes: f.changes.map(changeJson),
      ...(f.invalid !== undefined ? { invalid: f.invalid } : {}),
    })),
    ranking:
      effects?.ranking.map((r) => ({
        id: r.id,
        ...(r.oldId !== undefined ? { old_id: r.oldId } : {}),
        opd: r.opd,
        old_rank: r.oldRank,
        new_rank: r.newRank,
        old_selected: r.oldSelected,
        new_selected: r.newSelected,
        old_score: r.oldScore === null ? null : round(r.oldScore),
        new_score: r.newScore === null ? null : round(r.newScore),
      })) ?? null,
    completeness: effects?.completeness.map((c) => ({ opd: c.opd, old: c.old === null ? null : round(c.old), new: c.new === null ? null : round(c.new) })) ?? null,
    totals: effects === undefined ? null : Object.fromEntries(TOTAL_KEYS.map((k) => [TOTAL_JSON[k], { old: effects.totals[k].old, new: effects.totals[k].new }])),
    diagnostics: diagnostics.map((d) => ({
      code: d.code,
      severity: d.severity,
      message: diagnosticMessage(d, lang),
      file: d.file,
      line: d.line,
      column: d.column,
      ...(d.path !== undefined ? { path: d.path } : {}),
    })),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}
