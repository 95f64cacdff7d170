// Runs every benchmark in this folder (files named *.bench.mjs) one after another, then prints the
// rows they reported in one table. Build first: npm run build (npm run bench does).
//   node bench/run.mjs [name]     only the benchmarks whose file name contains `name`
// Rounds: BENCH_RUNS (example-sized workloads, default 7), BENCH_SCALE_RUNS (validate and status at
// 10× and 100×, default 3), BENCH_LARGE_RUNS (build at 10× and 100×, default 1).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from './lib.mjs';

const dir = fileURLToPath(new URL('./', import.meta.url));
/** The benchmarks of the performance table run first, in the table's order; the rest follow by name. */
const FIRST = ['validate.bench.mjs', 'build.bench.mjs', 'scale.bench.mjs'];
const rank = (f) => (FIRST.includes(f) ? FIRST.indexOf(f) : FIRST.length);
const only = process.argv[2];
const tmp = mkdtempSync(path.join(os.tmpdir(), 'masterplan-bench-'));
const results = path.join(tmp, 'rows.jsonl');
const started = load();
const t0 = Date.now();
try {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.bench.mjs')).sort().sort((a, b) => rank(a) - rank(b))) {
    if (only !== undefined && !file.includes(only)) continue;
    console.log(`# ${file}`);
    const r = spawnSync(process.execPath, [`${dir}${file}`], { stdio: 'inherit', env: { ...process.env, BENCH_RESULTS: results } });
    if (r.status !== 0) process.exitCode = 1;
  }
  let rows = [];
  try {
    rows = readFileSync(results, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  } catch {
    // No benchmark reported a row.
  }
  if (rows.length > 0) {
    console.log(`\n# summary (node ${process.version}, ${((Date.now() - t0) / 1000).toFixed(0)} s; at start ${started}; at end ${load()})`);
    console.log(`| workload | now | target | |\n|---|---|---|---|`);
    for (const r of rows) console.log(`| ${r.workload} | ${r.now} | ${r.target} | ${r.met === undefined ? '' : r.met ? 'ok' : 'OVER'} |`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
