/** An in-memory Env for running the CLI inside a test and reading what it printed. */
import type { Env } from '../../src/env.js';
import { run } from '../../src/cli/program.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the program in-process.
 * @param argv arguments after the program name
 * @param options working folder, environment variables and the time now (1 January 2026 by default)
 * @returns exit code and captured output
 */
export async function runCli(argv: string[], options: { cwd?: string; vars?: Record<string, string>; now?: Date } = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const env: Env = {
    cwd: options.cwd ?? process.cwd(),
    vars: { ...(options.vars ?? {}) },
    stdoutIsTTY: false,
    stderrIsTTY: false,
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    now: () => options.now ?? new Date(Date.UTC(2026, 0, 1)),
  };
  const code = await run(argv, env);
  return { code, stdout, stderr };
}
