/** docs/diagnostics.md is what the catalogue says: one anchored section per code, shipped with the package. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { catalogue, type DiagnosticCode } from '../../../diagnostics/catalogue.js';
import { PACKAGE_ROOT } from '../../../taxonomy/index.js';
import { codeAnchor, codeHelp, codeHelpUri, diagnosticsDoc, DIAGNOSTICS_DOC } from './docs.js';

const CODES = Object.keys(catalogue) as DiagnosticCode[];

describe('docs/diagnostics.md', () => {
  it('is exactly what the catalogue generates (run "npm run docs" after changing a code)', () => {
    expect(readFileSync(path.join(PACKAGE_ROOT, DIAGNOSTICS_DOC), 'utf8')).toBe(diagnosticsDoc());
  });

  it('has one anchor and one section per code, anchors unique', () => {
    const doc = diagnosticsDoc();
    const anchors = [...doc.matchAll(/<a id="([^"]+)"><\/a>\n\n### `([^`]+)`/g)].map((m) => [m[1], m[2]]);
    expect(anchors.map(([, code]) => code).sort()).toEqual([...CODES].sort());
    for (const [anchor, code] of anchors) expect(anchor).toBe(codeAnchor(code as DiagnosticCode));
    expect(new Set(anchors.map(([a]) => a)).size).toBe(CODES.length);
    // Each section holds the code's help, in both languages.
    const ref = codeHelp('ref/unknown');
    expect(doc).toContain(`### \`ref/unknown\`\n\n${ref.markdown}\n`);
    expect(ref.markdown).toBe('**galat / error**\n\n- **id:** … … tidak ditemukan. Buat berkas data/…/….yaml atau perbaiki id-nya.\n- **en:** … … does not exist. Create data/…/….yaml or fix the id.');
  });

  it('is in the package, and each help URI points at its section of the installed copy', () => {
    const pkg = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { files: string[] };
    expect(pkg.files).toContain(DIAGNOSTICS_DOC);
    const uri = new URL(codeHelpUri('schema/unknown-key'));
    expect(fileURLToPath(uri)).toBe(path.join(PACKAGE_ROOT, 'docs', 'diagnostics.md'));
    expect(uri.hash).toBe('#schema-unknown-key');
  });
});
