/**
 * The effects a command may use: clock, environment variables, output streams.
 * The CLI builds a real one; tests build one in memory.
 */
export interface Env {
  /** Current working directory used to resolve relative paths. */
  readonly cwd: string;
  /** Environment variables (NO_COLOR, FORCE_COLOR, GITHUB_ACTIONS, SOURCE_DATE_EPOCH …). */
  readonly vars: Readonly<Record<string, string | undefined>>;
  /** Whether stdout is an interactive terminal. */
  readonly stdoutIsTTY: boolean;
  /** Whether stderr is an interactive terminal. */
  readonly stderrIsTTY: boolean;
  /** Write to standard output (results). */
  stdout(text: string): void;
  /** Write to standard error (progress and logs). */
  stderr(text: string): void;
  /** The clock; honours SOURCE_DATE_EPOCH where reproducibility matters (see buildDate). */
  now(): Date;
  /** Stops long-running modes such as --watch; the CLI uses Ctrl-C when none is given. */
  readonly signal?: AbortSignal;
}

/**
 * The date stamped into generated documents: SOURCE_DATE_EPOCH when set, else a fixed date,
 * so identical input gives identical bytes.
 * @param vars environment variables
 * @returns the build date
 */
export function buildDate(vars: Env['vars']): Date {
  const raw = vars['SOURCE_DATE_EPOCH'];
  if (raw !== undefined && /^\d{1,12}$/.test(raw.trim())) {
    return new Date(Number(raw.trim()) * 1000);
  }
  return new Date(Date.UTC(2000, 0, 1, 0, 0, 0));
}

/**
 * The Env of a real process.
 * @returns an Env bound to process streams
 */
export function processEnv(): Env {
  return {
    cwd: process.cwd(),
    vars: process.env,
    stdoutIsTTY: process.stdout.isTTY,
    stderrIsTTY: process.stderr.isTTY,
    stdout: (text) => {
      process.stdout.write(text);
    },
    stderr: (text) => {
      process.stderr.write(text);
    },
    now: () => new Date(),
  };
}
