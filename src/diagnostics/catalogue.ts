/**
 * The diagnostic catalogue: every code the program can report, each with its severity, the type
 * of its arguments and its text in Indonesian and English. Codes are permanent; renaming one is a
 * breaking change. Each stage keeps its codes in `codes/<stage>.ts`; this file only joins them.
 * A diagnostic holds the code and the arguments; the text is rendered at the edge (`src/cli`).
 */
import type { NoArgs } from '../text/index.js';
import { diffCodes } from './codes/diff.js';
import { hostileCodes, pathCodes } from './codes/hostile.js';
import { loadCodes } from './codes/load.js';
import { naskahCodes } from './codes/naskah.js';
import { scoreCodes } from './codes/score.js';
import { reportCodes } from './codes/report.js';
import { ruleCodes } from './codes/rules.js';
import { schemaCodes } from './codes/schema.js';
import { stageCodes } from './codes/stage.js';
import { workbookCodes } from './codes/workbook.js';
import { xlsxCodes } from './codes/xlsx.js';
import type { Diagnostic, Position, Severity } from './diagnostic.js';
import type { CodeSpec } from './spec.js';

export const catalogue = {
  ...loadCodes,
  ...hostileCodes,
  ...pathCodes,
  ...scoreCodes,
  ...reportCodes,
  ...schemaCodes,
  ...ruleCodes,
  ...stageCodes,
  ...workbookCodes,
  ...xlsxCodes,
  ...diffCodes,
  ...naskahCodes,
} satisfies Record<string, CodeSpec<never>>;

export type DiagnosticCode = keyof typeof catalogue;

/** The arguments a code takes (a union of them for a union of codes). */
export type ArgsOf<C extends DiagnosticCode> = C extends DiagnosticCode
  ? (typeof catalogue)[C] extends CodeSpec<infer A> ? A : never
  : never;

/** Where a diagnostic points in the data, and a severity other than the code's. */
export interface DiagnosticExtra {
  readonly path?: string;
  readonly severity?: Severity;
}

/** The arguments part of {@link diagnostic}: none for a code without arguments. */
export type DiagnosticRest<C extends DiagnosticCode> = [ArgsOf<C>] extends [NoArgs]
  ? [args?: NoArgs, extra?: DiagnosticExtra]
  : [args: ArgsOf<C>, extra?: DiagnosticExtra];

/**
 * Makes a diagnostic from a code, a position and the code's arguments.
 * @param code catalogue code
 * @param at where it points
 * @param rest the code's arguments (none for a code without), then the data path and an optional severity override
 * @returns the diagnostic value
 */
export function diagnostic<C extends DiagnosticCode>(code: C, at: Position, ...rest: DiagnosticRest<C>): Diagnostic {
  const [args, extra = {}] = rest;
  return {
    code,
    severity: extra.severity ?? catalogue[code].severity,
    args: (args ?? {}),
    file: at.file,
    line: at.line,
    column: at.column,
    ...(at.endLine !== undefined ? { endLine: at.endLine } : {}),
    ...(at.endColumn !== undefined ? { endColumn: at.endColumn } : {}),
    ...(extra.path !== undefined && extra.path !== '' ? { path: extra.path } : {}),
    ...(at.sheet !== undefined ? { sheet: at.sheet } : {}),
    ...(at.cell !== undefined ? { cell: at.cell } : {}),
  };
}
