/** The exit-code contract (documented in the README). */
export const EXIT = {
  /** Success: no findings at or above --fail-on. */
  OK: 0,
  /** Findings at or above --fail-on (default: error). */
  FINDINGS: 1,
  /** Could not run: usage, unreadable project, I/O or internal error. */
  CANNOT_RUN: 2,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
