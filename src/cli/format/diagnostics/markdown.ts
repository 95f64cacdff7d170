/**
 * GitHub-flavoured Markdown for a job summary (`$GITHUB_STEP_SUMMARY`): a heading, the counts, and
 * a table of every finding, errors first. GitHub keeps at most 1 MiB of summary per step, and the
 * workflow appends the status table to the same step, so the table stops at a row and size limit
 * and says how many findings it left out.
 */
import { countSeverities, type Diagnostic, type Severity } from '../../../diagnostics/diagnostic.js';
import { render, type Text } from '../../../text/index.js';
import { mdRow, mdTable, mdText } from '../markdown.js';
import { diagnosticMessage } from './message.js';
import type { Formatter } from './types.js';

/** Most findings listed. */
export const MD_MAX_ROWS = 1000;
/** Most bytes (UTF-8) of the whole report: half of what GitHub keeps of one step's summary. */
export const MD_MAX_BYTES = 512 * 1024;

const T = {
  title: { id: 'Pemeriksaan data masterplan', en: 'masterplan data check' },
  errors: { id: 'Galat', en: 'Errors' },
  warnings: { id: 'Peringatan', en: 'Warnings' },
  files: { id: 'Berkas diperiksa', en: 'Files checked' },
  clean: {
    id: (a: { files: number }) => `✓ ${a.files} berkas diperiksa, tidak ada masalah.`,
    en: (a: { files: number }) => `✓ ${a.files} files checked, no problems.`,
  },
  position: { id: 'Posisi', en: 'Position' },
  severity: { id: 'Tingkat', en: 'Severity' },
  code: { id: 'Kode', en: 'Code' },
  message: { id: 'Pesan', en: 'Message' },
  more: {
    id: (a: { count: number }) => `… dan ${a.count} temuan lainnya; jalankan "masterplan validate" untuk melihat semuanya.`,
    en: (a: { count: number }) => `… and ${a.count} more; run "masterplan validate" to see them all.`,
  },
} satisfies Record<string, Text<never>>;

const LABELS: Readonly<Record<Severity, Text>> = {
  error: { id: 'galat', en: 'error' },
  warning: { id: 'peringatan', en: 'warning' },
  info: { id: 'info', en: 'info' },
};

const ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

export const markdown: Formatter = (diagnostics, options) => {
  const say = (t: Text) => render(t, options.lang);
  const { errors, warnings } = countSeverities(diagnostics);
  const out: string[] = [`## ${say(T.title)}`, ''];
  out.push(...mdTable([say(T.errors), say(T.warnings), say(T.files)], [[String(errors), String(warnings), String(options.files)]], ['right', 'right', 'right']), '');
  if (diagnostics.length === 0) {
    out.push(mdText(render(T.clean, options.lang, { files: options.files })));
    return `${out.join('\n')}\n`;
  }
  // Errors first, so that what fails the check is listed when the table is cut.
  const sorted = diagnostics.map((d, i) => ({ d, i })).sort((a, b) => ORDER[a.d.severity] - ORDER[b.d.severity] || a.i - b.i).map((x) => x.d);
  const [head, rule] = mdTable([say(T.position), say(T.severity), say(T.code), say(T.message)], []);
  out.push(head as string, rule as string);
  // Room for the closing line, in the longest language.
  let size = bytes(out.join('\n')) + 200;
  let listed = 0;
  for (const d of sorted) {
    const row = mdRow([mdText(position(d)), say(LABELS[d.severity]), `\`${d.code}\``, mdText(diagnosticMessage(d, options.lang))]);
    if (listed >= MD_MAX_ROWS || size + bytes(row) + 1 > MD_MAX_BYTES) break;
    out.push(row);
    size += bytes(row) + 1;
    listed++;
  }
  if (listed < sorted.length) out.push('', mdText(render(T.more, options.lang, { count: sorted.length - listed })));
  return `${out.join('\n')}\n`;
};

/** Where a finding is: `file:line:column`, or `file Sheet!A1` in a form. */
function position(d: Diagnostic): string {
  return d.sheet !== undefined ? `${d.file} ${d.sheet}!${d.cell ?? ''}` : `${d.file}:${d.line}:${d.column}`;
}
