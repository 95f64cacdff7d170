// Benchmark: `masterplan validate` on the Kota Tegal example against a bare `node -e 0` (target ≤ 4×),
// alternated; the median of the per-round ratios. Neither side is probed for memory while timed (the
// probe would cost the bare Node start-up a few milliseconds); the peak comes from the warm-up run.
// The timed runs find the example's files in the parse cache, as a Tim's repeated runs do; the same
// validate with the cache turned off (MASTERPLAN_NO_CACHE=1, as on a fresh machine) is shown beside.
import { EXAMPLE, RUNS, alternate, describe, load, masterplan, nodeCommand, ratio, report } from './lib.mjs';

console.log(`${load()}; ${RUNS} rounds (BENCH_RUNS)`);
const [validate, bare, uncached] = alternate(
  [
    masterplan('validate', ['validate', EXAMPLE, '--quiet']),
    nodeCommand('node -e 0', ['-e', '0']),
    masterplan('validate, no parse cache', ['validate', EXAMPLE, '--quiet'], { MASTERPLAN_NO_CACHE: '1' }),
  ],
  { runs: RUNS, usage: false },
);
const r = ratio(validate, bare);
report({
  workload: 'validate, example ÷ node -e 0',
  now: `${r.toFixed(2)}×`,
  target: '≤ 4×',
  met: r <= 4,
  detail: `(validate ${describe(validate)}; node -e 0 ${describe(bare)})`,
});
const cold = ratio(uncached, bare);
report({
  workload: 'validate, example ÷ node -e 0, parse cache off',
  now: `${cold.toFixed(2)}×`,
  target: '—',
  detail: `(validate ${describe(uncached)})`,
});
console.log(load());
