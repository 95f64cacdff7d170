/**
 * The documentation of the diagnostic codes: `docs/diagnostics.md`, one section and one anchor per
 * code, generated from the catalogue (a test keeps the file equal to what this writes), and the
 * help that SARIF rules carry. The file ships in the package, so a SARIF rule's `helpUri` points at
 * the copy installed with the program that wrote the report: the package has no public homepage
 * whose pages could be linked instead, and GitHub code scanning shows the rule's own `help` text.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { catalogue, type DiagnosticCode } from '../../../diagnostics/catalogue.js';
import type { Severity } from '../../../diagnostics/diagnostic.js';
import { PACKAGE_ROOT } from '../../../taxonomy/index.js';
import { LANGS, render, type Lang, type Text } from '../../../text/index.js';
import { mdText } from '../markdown.js';
import { codeDescription } from './message.js';

/** Where the documentation is, relative to the package (and the repository). */
export const DIAGNOSTICS_DOC = 'docs/diagnostics.md';

const SEVERITY: Readonly<Record<Severity, Text>> = {
  error: { id: 'galat', en: 'error' },
  warning: { id: 'peringatan', en: 'warning' },
  info: { id: 'info', en: 'note' },
};

/**
 * The anchor of a code's section: the code with its slash turned into a hyphen (`ref/unknown` →
 * `ref-unknown`), valid in an HTML id and a URI fragment alike.
 * @param code catalogue code
 * @returns the anchor, without `#`
 */
export function codeAnchor(code: DiagnosticCode): string {
  return code.replace(/\//g, '-');
}

/**
 * The address of a code's documentation: its anchor in the installed copy of {@link DIAGNOSTICS_DOC}.
 * @param code catalogue code
 * @returns an absolute `file:` URI with a fragment
 */
export function codeHelpUri(code: DiagnosticCode): string {
  return `${pathToFileURL(path.join(PACKAGE_ROOT, DIAGNOSTICS_DOC)).href}#${codeAnchor(code)}`;
}

/**
 * What a code means, in both languages (Indonesian first), as plain text and as Markdown; the
 * Markdown is the code's section of the documentation without its heading.
 * @param code catalogue code
 * @returns the help
 */
export function codeHelp(code: DiagnosticCode): { text: string; markdown: string } {
  const severity = catalogue[code].severity;
  const label = LANGS.map((lang) => render(SEVERITY[severity], lang)).join(' / ');
  const lines = LANGS.map((lang: Lang) => ({ lang, text: codeDescription(code, lang) }));
  return {
    text: [`${code} (${label})`, ...lines.map((l) => `${l.lang}: ${l.text}`)].join('\n'),
    markdown: [`**${label}**`, '', ...lines.map((l) => `- **${l.lang}:** ${mdText(l.text)}`)].join('\n'),
  };
}

/**
 * The whole of `docs/diagnostics.md`.
 * @returns the file's text
 */
export function diagnosticsDoc(): string {
  const out: string[] = [
    '# Kode temuan / Diagnostic codes',
    '',
    '<!-- Dibuat dari katalog kode (src/diagnostics/codes/) dengan "npm run docs"; jangan disunting langsung. -->',
    '<!-- Generated from the code catalogue (src/diagnostics/codes/) by "npm run docs"; do not edit by hand. -->',
    '',
    'Setiap temuan `masterplan` memiliki kode yang tetap. Bagian di bawah menjelaskan setiap kode dalam',
    'bahasa Indonesia (id) dan Inggris (en); nilai yang berbeda pada setiap temuan ditulis "…".',
    '',
    'Every finding of `masterplan` has a stable code. Each section below explains one code in',
    'Indonesian (id) and English (en); the values that differ from one finding to the next are shown as "…".',
  ];
  // One section per area (the part before the slash), in the order the catalogue lists them.
  const areas = new Map<string, DiagnosticCode[]>();
  for (const code of Object.keys(catalogue) as DiagnosticCode[]) {
    const area = code.split('/')[0] as string;
    areas.set(area, [...(areas.get(area) ?? []), code]);
  }
  for (const [area, codes] of areas) {
    out.push('', `## ${area}`);
    for (const code of codes) out.push('', `<a id="${codeAnchor(code)}"></a>`, '', `### \`${code}\``, '', codeHelp(code).markdown);
  }
  return `${out.join('\n')}\n`;
}
