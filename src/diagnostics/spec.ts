/** The shape of one catalogue entry: a stable code's severity and its message in both languages. */
import type { Severity } from './diagnostic.js';

export type Lang = 'id' | 'en';
export type MessageArgs = Readonly<Record<string, string | number>>;

export interface DiagnosticSpec {
  readonly severity: Severity;
  /** Bahasa Indonesia: what happened, why, and what to do. No position, no "Error:" prefix. */
  readonly id: (a: MessageArgs) => string;
  /** English twin of the same message. */
  readonly en: (a: MessageArgs) => string;
}

/** Reads a message argument as text; a missing one shows as `?` rather than `undefined`. */
export function arg(a: MessageArgs, key: string): string {
  const v = a[key];
  return v === undefined ? '?' : String(v);
}
