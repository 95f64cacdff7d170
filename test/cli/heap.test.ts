import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/taxonomy/index.js';

const BIN = path.join(PACKAGE_ROOT, 'bin', 'masterplan.js');
const EXAMPLE = path.join(PACKAGE_ROOT, 'examples', 'kota-tegal');

describe("the program's heap growth", () => {
  it('is set with a flag this Node.js knows: V8 would print an unknown one to stderr', () => {
    const flag = /setFlagsFromString\('(--heap-growing-percent=\d+)'\)/.exec(readFileSync(BIN, 'utf8'))?.[1];
    expect(flag).toBeDefined();
    const set = spawnSync(process.execPath, ['-e', `require('node:v8').setFlagsFromString('${String(flag)}')`], { encoding: 'utf8' });
    expect(set.status).toBe(0);
    expect(set.stderr).toBe('');
    // The check itself can fail: a flag V8 does not know is reported.
    const unknown = spawnSync(process.execPath, ['-e', "require('node:v8').setFlagsFromString('--heap-growing-percentage=50')"], { encoding: 'utf8' });
    expect(unknown.stderr).toContain('unrecognized flag');
  });

  it.skipIf(!existsSync(path.join(PACKAGE_ROOT, 'dist')))('leaves a quiet run with nothing on stderr (npm run build makes the program)', () => {
    const run = spawnSync(process.execPath, [BIN, 'validate', EXAMPLE, '--quiet'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
  });
});
