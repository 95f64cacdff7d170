/** Process entry: run the program with the real environment and set the exit code. */
import v8 from 'node:v8';
import { processEnv } from '../env.js';
import { run } from './program.js';

/**
 * How far V8 lets a heap grow past what it held at its last full collection, in percent. Left to
 * itself, V8 grows a heap whose collections are cheap to about four times its live data: a
 * province-scale build held some 200 MB on the main thread in a heap of over 600 MB. Half again
 * keeps the heap near what the build needs, for a few more collections (no measurable time at the
 * example's size). The setting is the process's, so it holds for the book worker too.
 */
export const HEAP_GROWING_PERCENT = 50;

/** Runs masterplan with process.argv and sets process.exitCode. */
export async function main(): Promise<void> {
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  process.exitCode = await run(process.argv.slice(2), processEnv());
}
