// Benchmark: `npm run demo`'s build of the four books and the workbook, and, in the same run as a
// reference, pandoc converting the same books' Markdown to DOCX (skipped when pandoc is absent).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { medianWallTime } from './lib.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const bin = `${root}bin/masterplan.js`;
const example = `${root}examples/kota-tegal`;
const out = mkdtempSync(path.join(os.tmpdir(), 'masterplan-bench-'));
try {
  const build = medianWallTime(process.execPath, [bin, 'build', example, '--out', out, '--quiet'], 5);
  console.log(`masterplan build (4 books + workbook): ${build.toFixed(0)} ms`);
  const md = medianWallTime(process.execPath, [bin, 'build', example, '--out', out, '--format', 'md', '--quiet'], 5);
  console.log(`masterplan build --format md (4 books): ${md.toFixed(0)} ms`);
  if (spawnSync('pandoc', ['--version'], { stdio: 'ignore' }).status !== 0) {
    console.log('pandoc: not installed (apt-get install pandoc), reference skipped');
  } else {
    const books = readdirSync(out).filter((f) => f.endsWith('.md')).map((f) => path.join(out, f));
    const t = medianWallTime('bash', ['-c', books.map((b) => `pandoc -f markdown -t docx -o '${b}.pandoc.docx' '${b}'`).join(' && ')], 5);
    console.log(`pandoc, the same 4 books' Markdown → DOCX: ${t.toFixed(0)} ms`);
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
