/** The program's version, read from package.json. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PACKAGE_ROOT } from '../taxonomy/index.js';

let cached: string | undefined;

/** @returns the package version */
export function version(): string {
  if (cached === undefined) {
    const pkg = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string };
    cached = pkg.version;
  }
  return cached;
}
