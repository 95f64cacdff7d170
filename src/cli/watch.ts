/**
 * Watch mode: run a task again whenever a project input changes (data files, masterplan.yaml, forms,
 * templates), with bursts of changes debounced into one run. Errors are reported and watching goes on.
 */
import path from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import type { Env } from '../env.js';
import { isUserError } from '../errors.js';
import { render, type Lang } from '../text/index.js';
import { logger } from './context.js';
import { EXIT } from './exit-codes.js';
import { userErrorMessage } from './format/errors.js';
import { MESSAGES } from './messages.js';

export interface WatchOptions {
  /** Project folder. */
  readonly root: string;
  /** Quiet period after the last change before running, in milliseconds. */
  readonly debounceMs?: number;
  /** Runs once at start and after every burst of changes; receives the changed relative paths. */
  readonly run: (changed: readonly string[]) => Promise<void>;
  /** Called when a run throws; watching continues. */
  readonly onError: (error: unknown) => void;
  /** Watching stops when this signal aborts (Ctrl-C in the CLI). */
  readonly signal: AbortSignal;
  /** Called once the watcher is ready (after the first run). */
  readonly onReady?: () => void;
  /** The inputs to watch (default WATCHED); `build` leaves out forms/, which its outputs do not read. */
  readonly inputs?: readonly string[];
}

/** The inputs that trigger a run, relative to the project folder. */
export const WATCHED = ['masterplan.yaml', 'data', 'naskah', 'forms', 'templates'];

/**
 * Whether a changed path is a project input (not an editor's temporary or backup file).
 * @param rel path relative to the project
 * @returns true when a change to it should trigger a run
 */
export function isInput(rel: string, inputs: readonly string[] = WATCHED): boolean {
  const base = path.basename(rel);
  if (base.startsWith('.') || base.startsWith('~$') || base.endsWith('~') || base.endsWith('.swp') || base.includes('.bak-')) return false;
  if (rel === 'masterplan.yaml') return true;
  const first = rel.split('/')[0] ?? '';
  // Authored text and the images it shows live in naskah/.
  if (first === 'naskah') return inputs.includes(first) && /\.(md|png|jpe?g)$/i.test(base);
  return inputs.includes(first) && /\.(ya?ml|xlsx|hbs)$/i.test(base);
}

/**
 * Watches until the signal aborts.
 * @param options what to watch and what to run
 * @returns a promise that settles when watching has stopped
 */
export async function watchProject(options: WatchOptions): Promise<void> {
  const debounce = options.debounceMs ?? 200;
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;

  const runOnce = async (changed: readonly string[]) => {
    try {
      await options.run(changed);
    } catch (e) {
      options.onError(e);
    }
  };
  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      const changed = [...pending].sort();
      pending = new Set();
      // Runs never overlap: a change during a run waits for it to finish.
      running = running.then(() => (stopped ? undefined : runOnce(changed)));
    }, debounce);
  };

  await runOnce([]);
  if (options.signal.aborted) return;
  // Watch the project folder itself, skipping everything but the inputs: watching the input paths
  // one by one missed a change made right after the watcher reported ready, and the folder also
  // sees forms/ or templates/ when they are created later. The output folder is never watched, so a
  // build cannot trigger itself.
  const inputs = options.inputs ?? WATCHED;
  const top = new Set(inputs);
  const watcher: FSWatcher = watch(options.root, {
    ignoreInitial: true,
    ignored: (p: string) => {
      const rel = path.relative(options.root, p);
      return rel !== '' && !top.has(rel.split(path.sep)[0] ?? '');
    },
    awaitWriteFinish: { stabilityThreshold: 50, pollInterval: 20 },
  });
  const onEvent = (abs: string) => {
    const rel = path.relative(options.root, abs).split(path.sep).join('/');
    if (!isInput(rel, inputs)) return;
    pending.add(rel);
    schedule();
  };
  watcher.on('add', onEvent).on('change', onEvent).on('unlink', onEvent);
  await new Promise<void>((resolve) => watcher.on('ready', () => resolve()));
  options.onReady?.();
  await new Promise<void>((resolve) => {
    if (options.signal.aborted) resolve();
    else options.signal.addEventListener('abort', () => resolve(), { once: true });
  });
  stopped = true;
  if (timer !== undefined) clearTimeout(timer);
  await watcher.close();
  await running;
}

/**
 * An AbortSignal that aborts on Ctrl-C (SIGINT) or SIGTERM.
 * @returns the signal and a function that removes the handlers
 */
export function interruptSignal(): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController();
  const stop = () => controller.abort();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return {
    signal: controller.signal,
    dispose: () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
    },
  };
}

/**
 * The watch mode of a command: runs `run` at start and after every change until Ctrl-C (or the
 * Env's signal), naming the changed files and reporting errors on stderr. Exit code 0 when stopped.
 * @param env the environment
 * @param options project folder, language, quietness, inputs to watch, and the task
 * @returns the exit code
 */
export async function watchCommand(
  env: Env,
  options: { root: string; lang: Lang; quiet?: boolean; inputs?: readonly string[]; run: (changed: readonly string[]) => Promise<unknown> },
): Promise<number> {
  const { lang } = options;
  const interrupt = env.signal === undefined ? interruptSignal() : undefined;
  const signal = env.signal ?? (interrupt as { signal: AbortSignal }).signal;
  try {
    await watchProject({
      root: options.root,
      signal,
      ...(options.inputs !== undefined ? { inputs: options.inputs } : {}),
      run: async (changed) => {
        if (changed.length > 0) env.stderr(`\n${render(MESSAGES.changed, lang, { files: changed })}\n`);
        await options.run(changed);
      },
      onError: (e) => env.stderr(`masterplan: ${isUserError(e) ? userErrorMessage(e, lang) : e instanceof Error ? e.message : String(e)}\n`),
      onReady: () => logger(env, options.quiet)(render(MESSAGES.watching, lang)),
    });
  } finally {
    interrupt?.dispose();
  }
  return EXIT.OK;
}

