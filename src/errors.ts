/** Errors that stop a command. Expected problems are UserError (a catalogue code and its arguments, exit 2). */
import type { ArgsOfText, NoArgs } from './text/index.js';
import type { ErrorCode, errorTexts } from './diagnostics/codes/errors.js';

export type { ErrorCode } from './diagnostics/codes/errors.js';

/** The arguments an error code takes. */
export type ErrorArgs<C extends ErrorCode> = ArgsOfText<(typeof errorTexts)[C]>;

/**
 * An expected problem the user can fix: bad flag, missing folder, unwritable output. It carries a
 * code of the catalogue and its arguments; the CLI renders the message in the language of the run.
 */
export class UserError<C extends ErrorCode = ErrorCode> extends Error {
  override readonly name = 'UserError';
  readonly code: C;
  readonly args: ErrorArgs<C>;

  constructor(code: C, ...args: [ErrorArgs<C>] extends [NoArgs] ? [] : [args: ErrorArgs<C>]) {
    super(code);
    this.code = code;
    this.args = (args[0] ?? {}) as ErrorArgs<C>;
  }
}

/** A problem that means the program itself is wrong; the CLI prints the stack and asks for a report. */
export class InternalError extends Error {
  override readonly name = 'InternalError';
}

/**
 * Whether a thrown value is a UserError (of any code).
 * @param e the thrown value
 * @returns true for a UserError
 */
export function isUserError(e: unknown): e is UserError {
  return e instanceof UserError;
}
