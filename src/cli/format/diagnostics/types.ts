/** A formatter turns diagnostics into the text of one output format, messages in the run's language; it never prints. */
import type { Diagnostic } from '../../../diagnostics/diagnostic.js';
import type { Lang } from '../../../text/index.js';

export interface FormatOptions {
  readonly lang: Lang;
  /** Use ANSI colours (stylish only). */
  readonly color: boolean;
  /** Number of files checked, for summaries. */
  readonly files: number;
  /** Program version, for SARIF. */
  readonly version: string;
  /**
   * The folder the diagnostics' paths are relative to, absolute (SARIF's `%SRCROOT%`); the
   * diagnostics' own paths are already relative to it.
   */
  readonly root?: string;
  /** When the check started (JUnit's `timestamp`); by default the start of the Unix epoch. */
  readonly startedAt?: Date;
  /** How long the check took, in seconds (JUnit's `time`). */
  readonly seconds?: number;
  /** The host the check ran on (JUnit's `hostname`); `localhost` by default. */
  readonly hostname?: string;
}

export type Formatter = (diagnostics: readonly Diagnostic[], options: FormatOptions) => string;

export const DIAGNOSTIC_FORMATS = ['stylish', 'json', 'github', 'sarif', 'junit', 'md'] as const;
export type DiagnosticFormat = (typeof DIAGNOSTIC_FORMATS)[number];
