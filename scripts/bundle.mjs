// Builds dist/: the program as a few bundled ES modules instead of hundreds of compiled files, so a
// command starts without resolving and reading every module of every dependency. The code a command
// may not need (books, workbook, forms, PDF, charts) stays in chunks loaded on first use, as the
// source's dynamic imports say. Type checking is `npm run typecheck`; this only transpiles.
//   node scripts/bundle.mjs
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));

/**
 * zod re-exports its 64 translations of its own messages as a namespace, and a namespace keeps all of
 * them in the bundle. The program never uses zod's messages (its diagnostics have their own texts);
 * zod's default English stays, imported on its own.
 */
const withoutZodTranslations = {
  name: 'without-zod-translations',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]v4[\\/](classic|core)[\\/]?$/.test(args.resolveDir) ? { path: 'zod-translations', namespace: 'empty' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: 'export {};', loader: 'js' }));
  },
};
/**
 * docx names every image by its SHA-1, computed with its own JavaScript implementation: about 150 ms
 * of a build's CPU for the charts' PNG and SVG files. Node's hash gives the same digest (a test
 * compares them); if a later docx no longer has the function, its own stays and only speed is lost.
 */
const docxNativeSha1 = {
  name: 'docx-native-sha1',
  setup(b) {
    b.onLoad({ filter: /[\\/]docx[\\/]dist[\\/]index\.mjs$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const definition = 'var sha1 = (data) => {';
      if (!source.includes(definition)) {
        return { contents: source, loader: 'js', warnings: [{ text: 'docx has no sha1 function to replace; its own is kept' }] };
      }
      const native = "import { createHash as __docxCreateHash } from 'node:crypto';\n";
      const contents = native + source.replace(definition, 'var sha1 = (data) => __docxCreateHash("sha1").update(data).digest();\nvar sha1InJs = (data) => {');
      return { contents, loader: 'js' };
    });
  },
};
/**
 * exceljs's Workbook class loads its CSV reader and writer (fast-csv, dayjs and their plugins) with
 * it, for `workbook.csv`, which the program never uses: evaluating them is part of every first use
 * of the class (the workbook of a build, reading a form). The class gets a stand-in that says so
 * if it were ever used.
 */
const exceljsWithoutCsv = {
  name: 'exceljs-without-csv',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/csv\/csv$/ }, (args) =>
      /[\\/]exceljs[\\/]lib[\\/]doc$/.test(args.resolveDir) ? { path: 'exceljs-csv', namespace: 'exceljs-without-csv' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'exceljs-without-csv' }, () => ({
      contents: "module.exports = class CSV { constructor() { throw new Error('exceljs CSV is not in this bundle'); } };",
      loader: 'js',
    }));
  },
};
rmSync(`${root}dist`, { recursive: true, force: true });

// CommonJS dependencies inside an ES module still call require for Node's own modules.
const banner = { js: "import { createRequire as __masterplanRequire } from 'node:module'; const require = __masterplanRequire(import.meta.url);" };

/**
 * The built-in templates, compiled now rather than on every run: the module that compiles them is
 * bundled on its own and run, and its output takes the place of src/report/engine/precompiled.ts.
 * A template whose file changes after the bundle is compiled when it is used, as any project's is.
 */
const generator = `${root}dist/precompile-templates.mjs`;
await build({
  absWorkingDir: root,
  entryPoints: ['src/report/engine/precompile.ts'],
  outfile: generator,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['@resvg/resvg-js'],
  banner,
  legalComments: 'none',
  plugins: [withoutZodTranslations],
  logLevel: 'warning',
});
const { precompiledModule } = await import(pathToFileURL(generator).href);
const precompiled = precompiledModule(`${root}templates`);
rmSync(generator);
const withPrecompiledTemplates = {
  name: 'with-precompiled-templates',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]report[\\/]engine[\\/]precompiled\.ts$/ }, () => ({ contents: precompiled, loader: 'js' }));
  },
};

await build({
  absWorkingDir: root,
  // The program, the worker threads that read input files and render books beside it, and the two
  // modules the repository's scripts import (the diagnostics reference and the scoring benchmark).
  entryPoints: ['src/cli/main.ts', 'src/load/parse-worker.ts', 'src/pipeline/book-worker.ts', 'src/cli/format/diagnostics/docs.ts', 'src/score/index.ts'],
  outdir: 'dist',
  outbase: 'src',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // A native addon, found at run time among the installed packages.
  external: ['@resvg/resvg-js'],
  banner,
  chunkNames: 'chunks/[name]-[hash]',
  // Third-party licences are in their installed packages (every bundled package stays a dependency).
  legalComments: 'none',
  plugins: [withoutZodTranslations, docxNativeSha1, withPrecompiledTemplates, exceljsWithoutCsv],
  logLevel: 'warning',
});
