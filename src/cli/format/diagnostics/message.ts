/** The messages of diagnostics: a diagnostic's code and arguments rendered with the catalogue's text. */
import { catalogue, type DiagnosticCode } from '../../../diagnostics/catalogue.js';
import type { Diagnostic } from '../../../diagnostics/diagnostic.js';
import { outline, renderCoded, type Lang, type Text } from '../../../text/index.js';

/** The text of every code. */
const TEXTS: Readonly<Record<string, Text<never>>> = Object.fromEntries(Object.entries(catalogue).map(([code, spec]) => [code, spec.text]));

/**
 * The message of a diagnostic.
 * @param d the diagnostic
 * @param lang message language
 * @returns the rendered message
 */
export function diagnosticMessage(d: Pick<Diagnostic, 'code' | 'args'>, lang: Lang): string {
  return renderCoded(TEXTS, d, lang);
}

/**
 * What a code says in general, every argument shown as "…" (SARIF rule descriptions).
 * @param code catalogue code
 * @param lang message language
 * @returns the description
 */
export function codeDescription(code: DiagnosticCode, lang: Lang): string {
  return outline(catalogue[code].text, lang).replace(/"\?"/g, '…').replace(/\?/g, '…');
}
