// Small helpers for the benchmarks: run a command N times and report the median wall time.
import { spawnSync } from 'node:child_process';

/**
 * Runs a command repeatedly and returns the median wall time in milliseconds.
 * @param {string} cmd executable
 * @param {string[]} args arguments
 * @param {number} runs number of timed runs (one extra warm-up run is not counted)
 * @returns {number} median milliseconds
 */
export function medianWallTime(cmd, args, runs = 9) {
  spawnSync(cmd, args, { stdio: 'ignore' });
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    const r = spawnSync(cmd, args, { stdio: 'ignore' });
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
    if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}`);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}
