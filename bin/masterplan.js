#!/usr/bin/env node
// Thin shim over the compiled program (npm install builds dist/).
import('../dist/cli/main.js').then(
  (m) => m.main(),
  (e) => {
    if (e && e.code === 'ERR_MODULE_NOT_FOUND') {
      process.stderr.write('masterplan: dist/ is missing; run "npm install" or "npm run build" first.\n');
    } else {
      process.stderr.write(`${e && e.stack ? e.stack : e}\n`);
    }
    process.exitCode = 2;
  },
);
