/** Process entry: run the program with the real environment and set the exit code. */
import { processEnv } from '../env.js';
import { run } from './program.js';

/** Runs masterplan with process.argv and sets process.exitCode. */
export async function main(): Promise<void> {
  process.exitCode = await run(process.argv.slice(2), processEnv());
}
