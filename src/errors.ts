/** Errors that stop a command. Expected problems are UserError (message only, exit 2). */

/** An expected problem the user can fix: bad flag, missing folder, unwritable output. */
export class UserError extends Error {
  override readonly name = 'UserError';
}

/** A problem that means the program itself is wrong; the CLI prints the stack and asks for a report. */
export class InternalError extends Error {
  override readonly name = 'InternalError';
}
