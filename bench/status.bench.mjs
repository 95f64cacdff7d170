// Benchmark: `masterplan status` and `validate` on a project with 100× the example's OPDs (2,100 OPD files).
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { medianWallTime } from './lib.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const dir = mkdtempSync(path.join(os.tmpdir(), 'masterplan-bench-'));
try {
  cpSync(path.join(root, 'examples/kota-tegal'), dir, { recursive: true });
  const opdDir = path.join(dir, 'data/opd');
  const originals = readdirSync(opdDir);
  for (const file of originals) {
    const text = readFileSync(path.join(opdDir, file), 'utf8');
    for (let i = 1; i < 100; i++) writeFileSync(path.join(opdDir, file.replace('.yaml', `-${i}.yaml`)), text);
  }
  const count = readdirSync(opdDir).length;
  const bin = `${root}bin/masterplan.js`;
  const status = medianWallTime(process.execPath, [bin, 'status', dir, '--stage', '1', '--format', 'json'], 5);
  const validate = medianWallTime(process.execPath, [bin, 'validate', dir, '--quiet'], 5);
  console.log(`status (${count} OPDs): ${status.toFixed(0)} ms; validate: ${validate.toFixed(0)} ms`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
