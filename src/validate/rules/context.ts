/** What every semantic rule receives: the validated project, the taxonomy and a way to report. */
import { diagnostic, type ArgsOf, type DiagnosticCode, type DiagnosticRest } from '../../diagnostics/catalogue.js';
import { dottedPath, type DataPath, type Diagnostic, type Position } from '../../diagnostics/diagnostic.js';
import { locate, type SourceFile } from '../../load/index.js';
import type { Taxonomy } from '../../taxonomy/index.js';
import type { NoArgs } from '../../text/index.js';
import type { ProjectData } from '../project-data.js';

/** Where a finding points: the key or the value. */
export type Target = 'key' | 'value';

/** The arguments part of {@link RuleContext.report}: the code's arguments (none for a code without), then the target. */
export type ReportRest<C extends DiagnosticCode> = [ArgsOf<C>] extends [NoArgs]
  ? [args?: NoArgs, target?: Target]
  : [args: ArgsOf<C>, target?: Target];

export interface RuleContext {
  readonly project: ProjectData;
  readonly taxonomy: Taxonomy;
  /**
   * Reports a finding on a data path of a file.
   * @param code catalogue code
   * @param file the file
   * @param path where in the file
   * @param rest the code's arguments, then whether to point at the key or the value
   */
  report<C extends DiagnosticCode>(code: C, file: SourceFile, path: DataPath, ...rest: ReportRest<C>): void;
  /**
   * Reports a finding at a position (a place in a Markdown file rather than a data path).
   * @param code catalogue code
   * @param at where it points
   * @param rest the code's arguments (none for a code without)
   */
  reportAt<C extends DiagnosticCode>(code: C, at: Position, ...rest: DiagnosticRest<C>): void;
}

export type Rule = (ctx: RuleContext) => void;

/**
 * Creates a rule context that collects diagnostics into an array.
 * @param project validated project
 * @param taxonomy reference data
 * @param out where diagnostics go
 * @returns the context
 */
export function createContext(project: ProjectData, taxonomy: Taxonomy, out: Diagnostic[]): RuleContext {
  return {
    project,
    taxonomy,
    report(code, file, path, ...rest) {
      const [args, target = 'value'] = rest;
      out.push(diagnostic(code, locate(file, path, target), ...([args ?? {}, { path: dottedPath(path) }] as never)));
    },
    reportAt(code, at, ...rest) {
      out.push(diagnostic(code, at, ...rest));
    },
  };
}
