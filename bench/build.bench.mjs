// Benchmark: the example's full build (four books and the workbook, as `npm run demo`) against pandoc
// converting the same four books' Markdown (`build --format md`) to DOCX, one pandoc run per book
// (target ≤ 2×); alternated, the median of the per-round ratios. pandoc is skipped, with a line
// saying so, when it is not installed. `build --format md` is timed in the same rounds, for the share
// of the build that comes before DOCX, and the build with no cache (MASTERPLAN_NO_CACHE=1), for the
// time of a first build (the untimed first run of each command is the build that keeps, for the
// timed rounds, what parsing and drawing gave).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EXAMPLE, RUNS, alternate, describe, load, masterplan, ratio, report } from './lib.mjs';

console.log(`${load()}; ${RUNS} rounds (BENCH_RUNS)`);
const out = mkdtempSync(path.join(os.tmpdir(), 'masterplan-bench-'));
try {
  const docx = path.join(out, 'docx');
  const md = path.join(out, 'md');
  const build = masterplan('build', ['build', EXAMPLE, '--out', docx, '--quiet']);
  const buildMd = masterplan('build --format md', ['build', EXAMPLE, '--out', md, '--format', 'md', '--quiet']);
  // The same build with nothing kept from earlier runs (MASTERPLAN_NO_CACHE): every file parsed, every piece of every book parsed, every chart drawn.
  const buildOff = masterplan('build, caches off', ['build', EXAMPLE, '--out', path.join(out, 'off'), '--quiet'], { MASTERPLAN_NO_CACHE: '1' });
  const hasPandoc = spawnSync('pandoc', ['--version'], { stdio: 'ignore' }).status === 0;
  const commands = [build, buildMd, buildOff];
  if (hasPandoc) {
    const made = spawnSync(process.execPath, buildMd.steps[0].args, { stdio: 'inherit' });
    if (made.status !== 0) throw new Error('build --format md failed');
    const books = readdirSync(md).filter((f) => f.endsWith('.md')).sort();
    if (books.length !== 4) throw new Error(`expected 4 books in Markdown, found ${books.length}`);
    const steps = books.map((b) => ({
      cmd: 'pandoc',
      args: ['-f', 'markdown', '-t', 'docx', '-o', path.join(out, `${b}.docx`), path.join(md, b)],
    }));
    commands.push({ label: 'pandoc', steps });
  }
  const [full, mdOnly, off, pandoc] = alternate(commands, { runs: RUNS });
  if (pandoc !== undefined) {
    const r = ratio(full, pandoc);
    report({
      workload: 'build, example ÷ pandoc (md → docx)',
      now: `${r.toFixed(2)}×`,
      target: '≤ 2×',
      met: r <= 2,
      detail: `(build ${describe(full)}; pandoc, 4 books ${describe(pandoc)})`,
    });
    report({ workload: 'build, example ÷ pandoc, caches off', now: `${ratio(off, pandoc).toFixed(2)}×`, target: '—', detail: `(build ${describe(off)})` });
  } else {
    console.log('pandoc is not installed: the build ÷ pandoc row is skipped');
    report({ workload: 'build, example (4 books + workbook)', now: describe(full).split(',')[0], target: '≤ 2× pandoc (skipped)', detail: `(${describe(full)})` });
  }
  if (pandoc === undefined) report({ workload: 'build, example, caches off', now: describe(off).split(',')[0], target: '—', detail: `(${describe(off)})` });
  report({ workload: 'build --format md, example (4 books)', now: describe(mdOnly).split(',')[0], target: '—', detail: `(${describe(mdOnly)})` });
} finally {
  rmSync(out, { recursive: true, force: true });
}
console.log(load());
