// Benchmark: time from a change to a quick win's file to the re-rendered book under `build --watch`.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const dir = mkdtempSync(path.join(os.tmpdir(), 'masterplan-bench-'));
cpSync(path.join(root, 'examples/kota-tegal'), dir, { recursive: true });
const child = spawn(process.execPath, [`${root}bin/masterplan.js`, 'build', dir, '--out', path.join(dir, 'keluaran'), '--watch', '--lang', 'en'], {
  stdio: ['ignore', 'ignore', 'pipe'],
});
let stderr = '';
const waiters = [];
child.stderr.on('data', (d) => {
  stderr += d;
  for (const w of waiters.splice(0)) (w.test() ? w.resolve() : waiters.push(w));
});
const until = (test) => new Promise((resolve) => (test() ? resolve() : waiters.push({ test, resolve })));
const file = path.join(dir, 'data/quickwin/e-kelurahan.yaml');
const times = [];
try {
  await until(() => stderr.includes('Watching for changes'));
  for (let i = 1; i <= 5; i++) {
    const seen = stderr.length;
    const started = performance.now();
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^nama: .*$/m, `nama: E-Kelurahan ${i}`));
    await until(() => /Done in/.test(stderr.slice(seen)));
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  console.log(`change → all four books and the workbook re-rendered: median ${times[2].toFixed(0)} ms (min ${times[0].toFixed(0)}, max ${times[4].toFixed(0)}; includes a 200 ms debounce)`);
} finally {
  child.kill('SIGINT');
  rmSync(dir, { recursive: true, force: true });
}
