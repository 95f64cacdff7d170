// Helpers for the benchmarks: run commands in alternation (A, B, A, B…), take medians, read each
// Node child's peak memory and CPU time, and print every figure beside its target.
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const BIN = path.join(ROOT, 'bin/masterplan.js');
export const EXAMPLE = path.join(ROOT, 'examples/kota-tegal');
const USAGE = fileURLToPath(new URL('./usage.cjs', import.meta.url));

/**
 * A whole number from the environment.
 * @param {string} name variable
 * @param {number} fallback default
 * @returns {number} the value, at least 1
 */
function runsFrom(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a whole number ≥ 1, got "${raw}"`);
  return n;
}

/** Timed pairs for workloads the size of the example (BENCH_RUNS). */
export const RUNS = runsFrom('BENCH_RUNS', 7);
/** Timed pairs for validate and status at 10× and 100× (BENCH_SCALE_RUNS). */
export const SCALE_RUNS = runsFrom('BENCH_SCALE_RUNS', 3);
/** Timed pairs for build at 10× and 100× (BENCH_LARGE_RUNS). */
export const LARGE_RUNS = runsFrom('BENCH_LARGE_RUNS', 1);

/**
 * A command to measure: one or more steps run one after another and timed together.
 * @typedef {{ cmd: string, args: string[], node?: boolean, ok?: number[], vars?: Record<string, string> }} Step
 * @typedef {{ label: string, steps: Step[] }} Command
 */

/**
 * A masterplan command.
 * @param {string} label name in the output
 * @param {string[]} args arguments after `masterplan`
 * @param {Record<string, string>} [vars] environment variables set for it
 * @returns {Command} the command
 */
export function masterplan(label, args, vars) {
  return { label, steps: [{ cmd: process.execPath, args: [BIN, ...args], node: true, ...(vars !== undefined ? { vars } : {}) }] };
}

/**
 * Any Node invocation, e.g. `node -e 0`.
 * @param {string} label name in the output
 * @param {string[]} args node's arguments
 * @returns {Command} the command
 */
export function nodeCommand(label, args) {
  return { label, steps: [{ cmd: process.execPath, args, node: true }] };
}

/**
 * Runs a command once.
 * @param {Command} command what to run
 * @param {boolean} usage whether to preload the usage probe into Node steps
 * @returns {{ ms: number, rssKiB?: number, cpuMs?: number }} wall time, and when probed the peak
 *   resident memory of the largest step and the CPU time of all steps
 */
function runOnce(command, usage) {
  const dir = usage ? mkdtempSync(path.join(os.tmpdir(), 'masterplan-usage-')) : undefined;
  let ms = 0;
  let rssKiB;
  let cpuMs;
  try {
    for (const [i, step] of command.steps.entries()) {
      const probe = usage && step.node ? path.join(dir, `${i}.json`) : undefined;
      const args = probe !== undefined ? ['--require', USAGE, ...step.args] : step.args;
      const env = { ...process.env, ...step.vars, ...(probe !== undefined ? { MASTERPLAN_BENCH_USAGE: probe } : {}) };
      const t = process.hrtime.bigint();
      const r = spawnSync(step.cmd, args, { env, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
      ms += Number(process.hrtime.bigint() - t) / 1e6;
      if (r.error !== undefined) throw r.error;
      if (!(step.ok ?? [0]).includes(r.status)) {
        throw new Error(`${command.label}: ${step.cmd} ${step.args.join(' ')} exited ${r.status ?? r.signal}\n${String(r.stderr).slice(-4000)}`);
      }
      if (probe !== undefined) {
        const u = JSON.parse(readFileSync(probe, 'utf8'));
        rssKiB = Math.max(rssKiB ?? 0, u.maxRssKiB);
        cpuMs = (cpuMs ?? 0) + (u.userUs + u.systemUs) / 1000;
      }
    }
  } finally {
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  }
  return { ms, rssKiB, cpuMs };
}

/**
 * Median of a list.
 * @param {number[]} xs values
 * @returns {number} the median (mean of the middle two for an even count)
 */
export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * Runs commands in alternation (A, B, A, B…) so that a change in the machine's load touches all of
 * them alike. Node steps are probed for peak memory and CPU time, except when `usage` is false (the
 * probe costs a few milliseconds, which matters next to `node -e 0`); then only the warm-up run is
 * probed.
 * @param {Command[]} commands what to compare
 * @param {{ runs: number, warmup?: boolean, usage?: boolean }} options timed rounds; whether to run
 *   each command once untimed first (default true)
 * @returns {Array<{ label: string, times: number[], ms: number, rssKiB?: number, cpuMs?: number }>}
 *   per command: the wall times in round order, their median, the highest peak memory seen and the
 *   median CPU time of the timed runs
 */
export function alternate(commands, { runs, warmup = true, usage = true }) {
  const results = commands.map((c) => ({ label: c.label, times: [], rss: [], cpu: [] }));
  const peak = (i, r) => {
    if (r.rssKiB !== undefined) results[i].rss.push(r.rssKiB);
  };
  if (warmup) commands.forEach((c, i) => peak(i, runOnce(c, true)));
  for (let round = 0; round < runs; round++) {
    commands.forEach((c, i) => {
      const r = runOnce(c, usage);
      results[i].times.push(r.ms);
      peak(i, r);
      if (r.cpuMs !== undefined) results[i].cpu.push(r.cpuMs);
    });
  }
  return results.map((r) => ({
    label: r.label,
    times: r.times,
    ms: median(r.times),
    ...(r.rss.length > 0 ? { rssKiB: Math.max(...r.rss) } : {}),
    ...(r.cpu.length > 0 ? { cpuMs: median(r.cpu) } : {}),
  }));
}

/**
 * The median of the per-round ratios a/b of two alternated commands.
 * @param {{ times: number[] }} a numerator
 * @param {{ times: number[] }} b denominator
 * @returns {number} the ratio
 */
export function ratio(a, b) {
  return median(a.times.map((t, i) => t / b.times[i]));
}

/**
 * Milliseconds or seconds, for the output.
 * @param {number} ms milliseconds
 * @returns {string} e.g. "329 ms" or "6.5 s"
 */
export function time(ms) {
  return ms < 1000 ? `${ms.toFixed(0)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/**
 * Memory in MiB or GiB, for the output.
 * @param {number | undefined} kiB kibibytes
 * @returns {string} e.g. "299 MiB" or "3.8 GiB"
 */
export function memory(kiB) {
  if (kiB === undefined) return '? MiB';
  const mib = kiB / 1024;
  return mib < 1024 ? `${mib.toFixed(0)} MiB` : `${(mib / 1024).toFixed(2)} GiB`;
}

/**
 * A measured command for the output: median wall time, peak memory and CPU time.
 * @param {{ ms: number, rssKiB?: number, cpuMs?: number }} r result of `alternate`
 * @returns {string} e.g. "6.5 s, 743 MiB peak, CPU 7.1 s"
 */
export function describe(r) {
  const parts = [time(r.ms)];
  if (r.rssKiB !== undefined) parts.push(`${memory(r.rssKiB)} peak`);
  if (r.cpuMs !== undefined) parts.push(`CPU ${time(r.cpuMs)}`);
  return parts.join(', ');
}

/**
 * The machine's load, for the output: on a shared machine a wall-clock figure means little without it.
 * @returns {string} e.g. "load average 1.20 0.90 0.80 on 2 CPUs"
 */
export function load() {
  return `load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} on ${os.availableParallelism?.() ?? os.cpus().length} CPUs`;
}

/**
 * Prints one row of the table: the workload, the figure now, the target and whether it is met. When
 * bench/run.mjs runs the benchmark (BENCH_RESULTS names a file), the row is also kept for its summary.
 * @param {{ workload: string, now: string, target: string, met?: boolean, detail?: string }} row
 *   `met` undefined for a row without a target
 */
export function report(row) {
  const verdict = row.met === undefined ? '    ' : row.met ? 'ok  ' : 'OVER';
  console.log(`${verdict}  ${row.workload.padEnd(40)} ${row.now.padEnd(20)} target ${row.target.padEnd(17)}${row.detail ? ` ${row.detail}` : ''}`);
  if (row.met === false) process.exitCode = 1;
  if (process.env.BENCH_RESULTS) appendFileSync(process.env.BENCH_RESULTS, `${JSON.stringify(row)}\n`);
}
