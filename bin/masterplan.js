#!/usr/bin/env node
// Thin shim over the bundled program (npm install builds dist/).
import module from 'node:module';

// Node.js 22.1 and later keep the compiled code of the program's modules between runs (in the
// system's temporary folder), so a command starts sooner; the large libraries in dist/vendor keep
// theirs on every version (src/compile-cache.ts). NODE_DISABLE_COMPILE_CACHE=1 turns both off.
module.enableCompileCache?.();

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
