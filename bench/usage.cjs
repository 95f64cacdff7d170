// Preloaded into a measured Node process (node --require bench/usage.cjs …): at exit, writes the
// process's peak resident memory and CPU time as JSON to the file named by MASTERPLAN_BENCH_USAGE.
// CommonJS, so that loading it costs the measured process as little as possible.
'use strict';
const file = process.env.MASTERPLAN_BENCH_USAGE;
if (file && require('node:worker_threads').isMainThread) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    // maxRSS is in KiB and covers the whole process, worker threads included.
    require('node:fs').writeFileSync(file, JSON.stringify({ maxRssKiB: u.maxRSS, userUs: u.userCPUTime, systemUs: u.systemCPUTime }));
  });
}
