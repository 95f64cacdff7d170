/**
 * A project ten times the example (bench/scale.mjs): every line of every table of contents and list
 * of its PDF books still shows the page its heading or caption is printed on. Needs LibreOffice and
 * poppler; skipped with a message where they are missing.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error the generator of the benchmarks is plain JavaScript without declarations
import { generateScaled } from '../../bench/scale.mjs';
import { tempDir } from '../support/project.js';
import { buildPrinted, skipReason, wrongEntries } from './support.js';

const skipped = skipReason === '' ? '' : ` (SKIPPED: ${skipReason})`;

describe.skipIf(skipReason !== '')(`a project ten times the example, as PDF${skipped}`, () => {
  it('shows in every list of every book the page each heading and caption is printed on', async () => {
    const root = path.join(await tempDir(), 'kota-besar');
    (generateScaled as (factor: number, dir: string) => unknown)(10, root);
    const built = await buildPrinted(root, path.join(root, 'keluaran'));
    expect(built.code, built.stderr).toBe(0);
    expect(built.books).toHaveLength(4);
    for (const book of built.books) {
      expect(book.entries.length, book.file).toBeGreaterThan(10);
      expect(wrongEntries(book), book.file).toEqual([]);
    }
  }, 900_000);
});
