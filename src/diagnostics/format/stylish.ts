/** The default human format: diagnostics grouped by file, aligned, coloured on a terminal. */
import { Chalk } from 'chalk';
import { countSeverities, type Diagnostic } from '../diagnostic.js';
import type { Formatter } from './types.js';

const LABELS = {
  id: { error: 'galat', warning: 'peringatan', info: 'info' },
  en: { error: 'error', warning: 'warning', info: 'info' },
} as const;

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
      const label = LABELS[options.lang][d.severity];
      return { pos, label, severity: d.severity, message: d.message.replace(/\s*\n\s*/g, ' '), code: d.code };
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
    lines.push(c.green(options.lang === 'en' ? `✓ ${options.files} files checked, no problems.` : `✓ ${options.files} berkas diperiksa, tidak ada masalah.`));
  } else {
    const summary = options.lang === 'en'
      ? `✗ ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} in ${byFile.size} of ${options.files} files.`
      : `✗ ${errors} galat, ${warnings} peringatan di ${byFile.size} dari ${options.files} berkas.`;
    lines.push(errors > 0 ? c.red.bold(summary) : c.yellow.bold(summary));
  }
  return `${lines.join('\n')}\n`;
};
