/** A temporary folder tree for a test, removed when the test finishes. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { onTestFinished } from 'vitest';

/**
 * Creates a temporary folder with the given files.
 * @param tree file contents by relative path
 * @returns the folder's absolute path
 */
export function testdir(tree: Readonly<Record<string, string | Uint8Array>> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'masterplan-test-'));
  for (const [path, content] of Object.entries(tree)) {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  onTestFinished(() => rmSync(root, { recursive: true, force: true }));
  return root;
}
