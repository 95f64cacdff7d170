/**
 * A command run with `--watch` in-process: its output collected, a bounded wait for what it prints,
 * and a signal to stop it.
 */
import type { Env } from '../../src/env.js';

export interface WatchSession {
  /** The environment to run the command in. */
  readonly env: Env;
  /** What the command has printed so far, to stdout and stderr. */
  readonly stdout: () => string;
  readonly stderr: () => string;
  /** Both, in the order printed. */
  readonly output: () => string;
  /** Resolves as soon as `test` holds after something is printed; rejects, with the output, after `ms`. */
  readonly until: (test: () => boolean, ms: number) => Promise<void>;
  /** Stops the watch, as Ctrl-C does. */
  readonly stop: () => void;
}

/**
 * A session for a watching command.
 * @param cwd the working folder of the command
 * @returns the session
 */
export function watchSession(cwd: string): WatchSession {
  const controller = new AbortController();
  let stdout = '';
  let stderr = '';
  let output = '';
  const waiters: Array<{ test: () => boolean; resolve: () => void }> = [];
  const wake = () => {
    for (const w of waiters.splice(0)) {
      if (w.test()) w.resolve();
      else waiters.push(w);
    }
  };
  const env: Env = {
    cwd,
    vars: {},
    stdoutIsTTY: false,
    stderrIsTTY: false,
    stdout: (t) => { stdout += t; output += t; wake(); },
    stderr: (t) => { stderr += t; output += t; wake(); },
    now: () => new Date(),
    signal: controller.signal,
  };
  const until = (test: () => boolean, ms: number) =>
    new Promise<void>((resolve, reject) => {
      if (test()) { resolve(); return; }
      const timer = setTimeout(() => { reject(new Error(`timed out; stdout:\n${stdout}\nstderr:\n${stderr}`)); }, ms);
      waiters.push({ test, resolve: () => { clearTimeout(timer); resolve(); } });
    });
  return { env, stdout: () => stdout, stderr: () => stderr, output: () => output, until, stop: () => { controller.abort(); } };
}
