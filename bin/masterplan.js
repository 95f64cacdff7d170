#!/usr/bin/env node
// Thin shim over the bundled program (npm install builds dist/).
import module from 'node:module';
import v8 from 'node:v8';

// V8 grows a heap whose collections are cheap to about four times what it held at its last full
// collection: a province-scale build held some 200 MB on the main thread in a heap of over 600 MB.
// Half again keeps every thread's heap near what it needs, for a few more collections. Set before
// any code is compiled, since V8's code caches are valid only for the flags they were made with.
v8.setFlagsFromString('--heap-growing-percent=50');

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
