/** JUnit XML for CI test tabs: one test suite per file, one failing test case per diagnostic. */
import { countSeverities, type Diagnostic } from '../../../diagnostics/diagnostic.js';
import { diagnosticMessage } from './message.js';
import type { Formatter } from './types.js';

/**
 * Escapes text for XML content and attributes, dropping characters XML 1.0 cannot carry.
 * @param s text
 * @returns escaped text
 */
export function xmlEscape(s: string): string {
  return s
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export const junit: Formatter = (diagnostics, options) => {
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const list = byFile.get(d.file) ?? [];
    list.push(d);
    byFile.set(d.file, list);
  }
  const { errors, warnings } = countSeverities(diagnostics);
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  out.push(`<testsuites name="masterplan validate" tests="${Math.max(diagnostics.length, 1)}" failures="${errors + warnings}" errors="0">`);
  if (diagnostics.length === 0) {
    out.push(`  <testsuite name="masterplan" tests="1" failures="0" errors="0">`);
    out.push(`    <testcase name="${xmlEscape(`${options.files} files`)}" classname="masterplan"/>`);
    out.push('  </testsuite>');
  }
  for (const [file, list] of byFile) {
    const failures = list.filter((d) => d.severity !== 'info').length;
    out.push(`  <testsuite name="${xmlEscape(file)}" tests="${list.length}" failures="${failures}" errors="0">`);
    for (const d of list) {
      const message = diagnosticMessage(d, options.lang);
      const where = d.sheet !== undefined ? `${d.sheet}!${d.cell ?? ''}` : `${d.line}:${d.column}`;
      out.push(`    <testcase name="${xmlEscape(`${where} ${d.code}`)}" classname="${xmlEscape(file)}">`);
      if (d.severity === 'info') out.push(`      <system-out>${xmlEscape(message)}</system-out>`);
      else out.push(`      <failure type="${d.severity}" message="${xmlEscape(message)}">${xmlEscape(`${file}:${where} ${message} (${d.code})`)}</failure>`);
      out.push('    </testcase>');
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
};
