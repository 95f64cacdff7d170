/** What every semantic rule receives: the validated project, the taxonomy and a way to report. */
import { diagnostic, type DiagnosticCode } from '../../diagnostics/catalogue.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Lang, MessageArgs } from '../../diagnostics/spec.js';
import { locate, pathToString, type DataPath, type SourceFile } from '../../load/index.js';
import type { Taxonomy } from '../../taxonomy/index.js';
import type { ProjectData } from '../project-data.js';

export interface RuleContext {
  readonly project: ProjectData;
  readonly taxonomy: Taxonomy;
  readonly lang: Lang;
  /**
   * Reports a finding on a data path of a file.
   * @param code catalogue code
   * @param file the file
   * @param path where in the file
   * @param args message arguments
   * @param target point at the key or the value
   */
  report(code: DiagnosticCode, file: SourceFile, path: DataPath, args?: MessageArgs, target?: 'key' | 'value'): void;
}

export type Rule = (ctx: RuleContext) => void;

/**
 * Creates a rule context that collects diagnostics into an array.
 * @param project validated project
 * @param taxonomy reference data
 * @param lang message language
 * @param out where diagnostics go
 * @returns the context
 */
export function createContext(project: ProjectData, taxonomy: Taxonomy, lang: Lang, out: Diagnostic[]): RuleContext {
  return {
    project,
    taxonomy,
    lang,
    report(code, file, path, args = {}, target = 'value') {
      out.push(diagnostic(code, lang, locate(file, path, target), args, { path: pathToString(path) }));
    },
  };
}
