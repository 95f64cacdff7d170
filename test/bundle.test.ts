import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { hashedId } from 'docx';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../src/taxonomy/index.js';

const CHUNKS = path.join(PACKAGE_ROOT, 'dist', 'chunks');

describe('the bundle', () => {
  it("names images as docx does: Node's SHA-1 gives docx's own digest", () => {
    const inputs: Array<string | Uint8Array> = ['', 'Kota Tegal', 'x'.repeat(55), 'x'.repeat(56), 'x'.repeat(64), 'ü→≤'];
    for (let n = 0; n < 40; n++) inputs.push(Uint8Array.from({ length: n * 97 + (n % 7) }, (_, i) => (i * 31 + n) & 0xff));
    for (const data of inputs) {
      expect(hashedId(data)).toBe(createHash('sha1').update(data).digest('hex'));
    }
  });

  it.skipIf(!existsSync(CHUNKS))("uses Node's SHA-1 inside the bundled docx (npm run build makes it)", () => {
    const docx = readdirSync(CHUNKS).filter((f) => readFileSync(path.join(CHUNKS, f), 'utf8').includes('var hashedId = '));
    expect(docx).toHaveLength(1);
    const text = readFileSync(path.join(CHUNKS, docx[0] as string), 'utf8');
    expect(text).toMatch(/var sha1 = \(data\) => __docxCreateHash\("sha1"\)\.update\(data\)\.digest\(\);/);
  });

  it.skipIf(!existsSync(CHUNKS))('has every built-in template compiled (npm run build makes it)', () => {
    const chunks = readdirSync(CHUNKS).filter((f) => readFileSync(path.join(CHUNKS, f), 'utf8').includes('var PRECOMPILED = ['));
    expect(chunks).toHaveLength(1);
    const text = readFileSync(path.join(CHUNKS, chunks[0] as string), 'utf8');
    const templates = path.join(PACKAGE_ROOT, 'templates');
    const files = [
      ...readdirSync(templates).filter((f) => f.endsWith('.hbs')).map((f) => `templates/${f}`),
      ...readdirSync(path.join(templates, 'partials')).filter((f) => f.endsWith('.hbs')).map((f) => `templates/partials/${f}`),
    ];
    expect(files.length).toBeGreaterThan(10);
    for (const display of files) expect(text, display).toContain(`display: ${JSON.stringify(display)}, source: `);
  });

  it.skipIf(!existsSync(CHUNKS))("leaves exceljs's CSV support out of the bundle, and its Workbook class in (npm run build makes it)", () => {
    const texts = readdirSync(CHUNKS).map((f) => readFileSync(path.join(CHUNKS, f), 'utf8'));
    expect(texts.filter((t) => t.includes('exceljs CSV is not in this bundle'))).toHaveLength(1);
    expect(texts.some((t) => /node_modules\/(@fast-csv|fast-csv|dayjs)\//.test(t))).toBe(false);
    expect(texts.some((t) => t.includes('node_modules/exceljs/lib/doc/workbook.js'))).toBe(true);
  });
});
