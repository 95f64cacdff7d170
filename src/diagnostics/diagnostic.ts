/**
 * The one diagnostic type of the pipeline: a value with a stable code, a severity, a message
 * and a 1-based position (file:line:col, or sheet and cell for XLSX).
 */
import type { DiagnosticCode } from './catalogue.js';

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  /** Stable, searchable code from the catalogue, e.g. `ref/unknown-opd`. */
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  /** Human message in the language chosen for the run. */
  readonly message: string;
  /** Path relative to the project folder, with forward slashes. */
  readonly file: string;
  /** 1-based line (for XLSX: the row number). */
  readonly line: number;
  /** 1-based column (for XLSX: the column number). */
  readonly column: number;
  /** 1-based end position where known. */
  readonly endLine?: number;
  readonly endColumn?: number;
  /** Data path inside the file, dotted: `aplikasi[2].status`. */
  readonly path?: string;
  /** XLSX only: the sheet name. */
  readonly sheet?: string;
  /** XLSX only: the A1 cell reference, e.g. `B12`. */
  readonly cell?: string;
  /** Message arguments, kept for tests and machine consumers. */
  readonly data?: Readonly<Record<string, string | number>>;
}

/** Where a diagnostic points, before the message is rendered. */
export interface Position {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine?: number;
  readonly endColumn?: number;
  readonly sheet?: string;
  readonly cell?: string;
}

/**
 * Stable order for output: file, line, column, code.
 * @param a first diagnostic
 * @param b second diagnostic
 * @returns comparison result
 */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.line !== b.line) return a.line - b.line;
  if (a.column !== b.column) return a.column - b.column;
  if (a.code !== b.code) return a.code < b.code ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}

/**
 * Counts per severity.
 * @param diagnostics the list to count
 * @returns errors, warnings and infos
 */
export function countSeverities(diagnostics: readonly Diagnostic[]): {
  errors: number;
  warnings: number;
  infos: number;
} {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const d of diagnostics) {
    if (d.severity === 'error') errors++;
    else if (d.severity === 'warning') warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}
