/** The default human format: diagnostics grouped by file, aligned, coloured on a terminal. */
import { Chalk } from 'chalk';
import { countSeverities, type Diagnostic, type Severity } from '../../../diagnostics/diagnostic.js';
import { render, type Text } from '../../../text/index.js';
import { diagnosticMessage } from './message.js';
import type { Formatter } from './types.js';

const LABELS: Readonly<Record<Severity, Text>> = {
  error: { id: 'galat', en: 'error' },
  warning: { id: 'peringatan', en: 'warning' },
  info: { id: 'info', en: 'info' },
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const CLEAN: Text<{ files: number }> = {
  id: (a) => `✓ ${a.files} berkas diperiksa, tidak ada masalah.`,
  en: (a) => `✓ ${plural(a.files, 'file')} checked, no problems.`,
};

const SUMMARY: Text<{ errors: number; warnings: number; files: number; of: number }> = {
  id: (a) => `✗ ${a.errors} galat, ${a.warnings} peringatan di ${a.files} dari ${a.of} berkas.`,
  en: (a) => `✗ ${plural(a.errors, 'error')}, ${plural(a.warnings, 'warning')} in ${a.files} of ${plural(a.of, 'file')}.`,
};

export const stylish: Formatter = (diagnostics, options) => {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const list = byFile.get(d.file) ?? [];
    list.push(d);
    byFile.set(d.file, list);
  }
  const lines: string[] = [];
  for (const [file, list] of byFile) {
    lines.push(c.underline(file));
    const rows = list.map((d) => {
      const pos = d.sheet !== undefined ? `${d.sheet}!${d.cell ?? ''}` : `${d.line}:${d.column}`;
      const label = render(LABELS[d.severity], options.lang);
      return { pos, label, severity: d.severity, message: diagnosticMessage(d, options.lang).replace(/\s*\n\s*/g, ' '), code: d.code };
    });
    const posWidth = Math.max(...rows.map((r) => r.pos.length));
    const labelWidth = Math.max(...rows.map((r) => r.label.length));
    for (const r of rows) {
      const colour = r.severity === 'error' ? c.red : r.severity === 'warning' ? c.yellow : c.blue;
      lines.push(`  ${c.dim(r.pos.padEnd(posWidth))}  ${colour(r.label.padEnd(labelWidth))}  ${r.message}  ${c.dim(r.code)}`);
    }
    lines.push('');
  }
  const { errors, warnings } = countSeverities(diagnostics);
  if (diagnostics.length === 0) {
    lines.push(c.green(render(CLEAN, options.lang, { files: options.files })));
  } else {
    const summary = render(SUMMARY, options.lang, { errors, warnings, files: byFile.size, of: options.files });
    lines.push(errors > 0 ? c.red.bold(summary) : c.yellow.bold(summary));
  }
  return `${lines.join('\n')}\n`;
};
