/** The JSON contract documented in the README: `{diagnostics: [...], summary: {errors, warnings, files}}`. */
import { countSeverities } from '../../../diagnostics/diagnostic.js';
import { diagnosticMessage } from './message.js';
import type { Formatter } from './types.js';

export const json: Formatter = (diagnostics, options) => {
  const { errors, warnings } = countSeverities(diagnostics);
  const out = {
    diagnostics: diagnostics.map((d) => ({
      code: d.code,
      severity: d.severity,
      message: diagnosticMessage(d, options.lang),
      file: d.file,
      line: d.line,
      column: d.column,
      ...(d.endLine !== undefined ? { endLine: d.endLine, endColumn: d.endColumn } : {}),
      ...(d.path !== undefined ? { path: d.path } : {}),
      ...(d.sheet !== undefined ? { sheet: d.sheet } : {}),
      ...(d.cell !== undefined ? { cell: d.cell } : {}),
    })),
    summary: { errors, warnings, files: options.files },
  };
  return `${JSON.stringify(out, null, 2)}\n`;
};
