// Writes docs/diagnostics.md from the code catalogue: run "npm run docs" after adding or changing a code
// (a test fails while the file differs from what this writes).
import { writeFileSync } from 'node:fs';
import { DIAGNOSTICS_DOC, diagnosticsDoc } from '../dist/cli/format/diagnostics/docs.js';

writeFileSync(new URL(`../${DIAGNOSTICS_DOC}`, import.meta.url), diagnosticsDoc());
process.stdout.write(`${DIAGNOSTICS_DOC}\n`);
