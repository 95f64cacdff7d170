/**
 * JUnit XML for CI test tabs, valid against both the Jenkins xunit schema (`junit-10.xsd`) and the
 * strict Apache Ant JUnit schema. The first test suite is the run itself: one test case that always
 * passes and carries the time the check took. Then one test suite per file with findings and one
 * test case per finding: an error is a failed test case; a warning or a note passes (a clean run
 * with warnings shows green tests) and its message goes to the suite's `system-out`, as the strict
 * schema allows no output inside a test case. Individual findings are not timed: the check runs over
 * the whole project at once, so their `time` is 0.
 */
import { countSeverities, type Diagnostic } from '../../../diagnostics/diagnostic.js';
import { diagnosticMessage } from './message.js';
import type { Formatter } from './types.js';

/**
 * Escapes text for XML content and attributes, dropping characters XML 1.0 cannot carry. Line
 * breaks and tabs become character references, so a parser keeps them as they are (in attributes
 * it would otherwise turn them into spaces, and a CR anywhere into a LF).
 * @param s text
 * @returns escaped text
 */
export function xmlEscape(s: string): string {
  return s
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;')
    .replace(/\t/g, '&#9;');
}

/** A time in seconds as both schemas accept it: a decimal with at most three digits after the point. */
const seconds = (s: number) => (Number.isFinite(s) && s > 0 ? s : 0).toFixed(3);

/** A date-time as the strict schema wants it: `YYYY-MM-DDTHH:MM:SS`, without a zone (UTC). */
const timestamp = (d: Date) => (Number.isNaN(d.getTime()) ? new Date(0) : d).toISOString().slice(0, 19);

export const junit: Formatter = (diagnostics, options) => {
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const list = byFile.get(d.file) ?? [];
    list.push(d);
    byFile.set(d.file, list);
  }
  const when = timestamp(options.startedAt ?? new Date(0));
  const host = xmlEscape(options.hostname ?? 'localhost');
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>', '<testsuites>'];
  const suite = (id: number, name: string, counts: { tests: number; failures: number }, time: string) =>
    `  <testsuite name="${xmlEscape(name)}" package="masterplan" id="${id}" timestamp="${when}" hostname="${host}" tests="${counts.tests}" failures="${counts.failures}" errors="0" skipped="0" time="${time}">`;

  const { errors, warnings } = countSeverities(diagnostics);
  out.push(suite(0, 'masterplan', { tests: 1, failures: 0 }, seconds(options.seconds ?? 0)));
  out.push('    <properties>');
  for (const [name, value] of [['version', options.version], ['files', options.files], ['errors', errors], ['warnings', warnings]] as const) {
    out.push(`      <property name="${name}" value="${xmlEscape(String(value))}"/>`);
  }
  out.push('    </properties>');
  out.push(`    <testcase name="validate" classname="masterplan" time="${seconds(options.seconds ?? 0)}"/>`);
  out.push('    <system-out/>', '    <system-err/>', '  </testsuite>');

  let id = 1;
  for (const [file, list] of byFile) {
    const failures = list.filter((d) => d.severity === 'error').length;
    out.push(suite(id++, file, { tests: list.length, failures }, seconds(0)));
    out.push('    <properties/>');
    const notes: string[] = [];
    for (const d of list) {
      const message = diagnosticMessage(d, options.lang);
      const where = d.sheet !== undefined ? `${d.sheet}!${d.cell ?? ''}` : `${d.line}:${d.column}`;
      const testcase = `    <testcase name="${xmlEscape(`${where} ${d.code}`)}" classname="${xmlEscape(file)}" time="${seconds(0)}"`;
      if (d.severity === 'error') {
        out.push(`${testcase}>`);
        out.push(`      <failure type="${xmlEscape(d.code)}" message="${xmlEscape(message)}">${xmlEscape(`${file}:${where} ${message} (${d.code})`)}</failure>`);
        out.push('    </testcase>');
      } else {
        out.push(`${testcase}/>`);
        notes.push(`${file}:${where} ${d.severity}: ${message} (${d.code})`);
      }
    }
    out.push(notes.length > 0 ? `    <system-out>${xmlEscape(notes.join('\n'))}</system-out>` : '    <system-out/>');
    out.push('    <system-err/>', '  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
};
