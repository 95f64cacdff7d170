// Benchmark: `masterplan validate` on the Kota Tegal example against a bare `node -e 0` (target ≤ 4×).
import { fileURLToPath } from 'node:url';
import { medianWallTime } from './lib.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const bare = medianWallTime(process.execPath, ['-e', '0']);
const validate = medianWallTime(process.execPath, [`${root}bin/masterplan.js`, 'validate', `${root}examples/kota-tegal`, '--quiet']);
console.log(`validate (example): ${validate.toFixed(0)} ms; node -e 0: ${bare.toFixed(0)} ms; ratio ${(validate / bare).toFixed(2)}× (target ≤ 4×)`);
