/**
 * The diagnostic catalogue: every code the program can report, each with its severity and its
 * Indonesian and English message. Codes are permanent; renaming one is a breaking change.
 * Each stage keeps its codes in `codes/<stage>.ts`; this file only joins them.
 */
import { loadCodes } from './codes/load.js';
import { scoreCodes } from './codes/score.js';
import { reportCodes } from './codes/report.js';
import { ruleCodes } from './codes/rules.js';
import { schemaCodes } from './codes/schema.js';
import { stageCodes } from './codes/stage.js';
import { workbookCodes } from './codes/workbook.js';
import { xlsxCodes } from './codes/xlsx.js';
import type { Diagnostic, Position, Severity } from './diagnostic.js';
import type { DiagnosticSpec, Lang, MessageArgs } from './spec.js';

export const catalogue = {
  ...loadCodes,
  ...scoreCodes,
  ...reportCodes,
  ...schemaCodes,
  ...ruleCodes,
  ...stageCodes,
  ...workbookCodes,
  ...xlsxCodes,
} satisfies Record<string, DiagnosticSpec>;

export type DiagnosticCode = keyof typeof catalogue;

/**
 * The message of a code in a language.
 * @param code catalogue code
 * @param lang message language
 * @param args message arguments
 * @returns the rendered message
 */
export function message(code: DiagnosticCode, lang: Lang, args: MessageArgs = {}): string {
  const spec: DiagnosticSpec = catalogue[code];
  return lang === 'en' ? spec.en(args) : spec.id(args);
}

/**
 * Makes a diagnostic from a code, a position and message arguments.
 * @param code catalogue code
 * @param lang message language
 * @param at where it points
 * @param args message arguments
 * @param extra data path and an optional severity override
 * @returns the diagnostic value
 */
export function diagnostic(
  code: DiagnosticCode,
  lang: Lang,
  at: Position,
  args: MessageArgs = {},
  extra: { path?: string; severity?: Severity } = {},
): Diagnostic {
  const spec: DiagnosticSpec = catalogue[code];
  return {
    code,
    severity: extra.severity ?? spec.severity,
    message: message(code, lang, args),
    file: at.file,
    line: at.line,
    column: at.column,
    ...(at.endLine !== undefined ? { endLine: at.endLine } : {}),
    ...(at.endColumn !== undefined ? { endColumn: at.endColumn } : {}),
    ...(extra.path !== undefined && extra.path !== '' ? { path: extra.path } : {}),
    ...(at.sheet !== undefined ? { sheet: at.sheet } : {}),
    ...(at.cell !== undefined ? { cell: at.cell } : {}),
    ...(Object.keys(args).length > 0 ? { data: args } : {}),
  };
}
