/**
 * The one diagnostic type of the pipeline: plain data with a stable code, a severity, the code's
 * arguments and a 1-based position (file:line:col, or sheet and cell for XLSX). Its message is
 * rendered from the catalogue at the edge, in the language of the run.
 */
import type { DiagnosticCode } from './catalogue.js';

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  /** Stable, searchable code from the catalogue, e.g. `ref/unknown-opd`. */
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  /** The arguments of the code's message: raw values (numbers unformatted), typed per code in the catalogue. */
  readonly args: Readonly<Record<string, unknown>>;
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
}

/** A data path inside a YAML file, e.g. `['penilaian', 'perbandingan', 2]`. */
export type DataPath = ReadonlyArray<string | number>;

/**
 * A data path in the dotted form diagnostics carry: `penilaian.perbandingan[2]`.
 * @param path path segments
 * @returns the dotted path
 */
export function dottedPath(path: DataPath): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out === '' ? seg : `.${seg}`;
  }
  return out;
}

/** Where a diagnostic points. */
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
 * Stable order for output: file, line, column, code, then the arguments (so the order never
 * depends on the language the messages are shown in).
 * @param a first diagnostic
 * @param b second diagnostic
 * @returns comparison result
 */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.line !== b.line) return a.line - b.line;
  if (a.column !== b.column) return a.column - b.column;
  if (a.code !== b.code) return a.code < b.code ? -1 : 1;
  const x = JSON.stringify(a.args);
  const y = JSON.stringify(b.args);
  return x < y ? -1 : x > y ? 1 : 0;
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
