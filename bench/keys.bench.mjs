// Benchmark: validate a project whose one OPD file holds 20,000 and then 50,000 keys under `ekstra:`
// (the 50,000-key file is about 0.8 MB, well under the 5 MB cap), alternated. Validation must be
// linear in the keys of a map: 2.5× the keys may cost at most 3× the time (a quadratic step would
// cost over 6×), and the larger file must validate within 2 s.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RUNS, alternate, describe, load, masterplan, ratio, report } from './lib.mjs';

/**
 * Writes a small project whose OPD file has `keys` keys under `ekstra:`.
 * @param {string} dir target folder
 * @param {number} keys how many keys
 */
function project(dir, keys) {
  mkdirSync(path.join(dir, 'data', 'opd'), { recursive: true });
  writeFileSync(path.join(dir, 'masterplan.yaml'), [
    'daerah: { nama: Kota Uji, jenis: kota, provinsi: Jawa Tengah }',
    'periode: { mulai: 2025, selesai: 2034 }',
    'penilaian:',
    '  kriteria:',
    '    - { id: dampak, nama: Dampak, jenis: benefit, bobot: 1 }',
    '    - { id: kemudahan, nama: Kemudahan, jenis: benefit, bobot: 1 }',
    '',
  ].join('\n'));
  const lines = ['nama: Dinas Uji', 'singkatan: Uji', 'ekstra:'];
  for (let i = 0; i < keys; i++) lines.push(`  kunci_${i}: nilai ${i}`);
  writeFileSync(path.join(dir, 'data', 'opd', 'uji.yaml'), `${lines.join('\n')}\n`);
}

console.log(`${load()}; ${RUNS} rounds (BENCH_RUNS)`);
const tmp = mkdtempSync(path.join(os.tmpdir(), 'masterplan-bench-'));
try {
  const small = path.join(tmp, 'k20000');
  const large = path.join(tmp, 'k50000');
  project(small, 20_000);
  project(large, 50_000);
  // Exit 0: the projects are valid.
  const [a, b] = alternate(
    [masterplan('validate, 20,000 keys', ['validate', small, '--quiet']), masterplan('validate, 50,000 keys', ['validate', large, '--quiet'])],
    { runs: RUNS },
  );
  report({ workload: 'validate, one map of 50,000 keys', now: describe(b).split(',')[0], target: '≤ 2 s', met: b.ms <= 2000, detail: `(${describe(b)})` });
  const g = ratio(b, a);
  report({
    workload: 'growth 20,000 → 50,000 keys, validate',
    now: `${g.toFixed(2)}×`,
    target: '≤ 3×',
    met: g <= 3,
    detail: `(20,000 keys ${describe(a)}; 50,000 keys ${describe(b)})`,
  });
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
console.log(load());
