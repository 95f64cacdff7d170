// Builds dist/: the program as a few bundled ES modules instead of hundreds of compiled files, so a
// command starts without resolving and reading every module of every dependency. The code a command
// may not need (books, workbook, forms, PDF, charts) stays in chunks loaded on first use, as the
// source's dynamic imports say. Type checking is `npm run typecheck`; this only transpiles.
//   node scripts/bundle.mjs
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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
 * vega-canvas looks for the optional `canvas` package with a top-level await, which a CommonJS file
 * cannot hold. The charts never draw on a canvas (they are rendered to SVG, with the text measured
 * by the program itself), so the search is left out.
 */
const withoutCanvas = {
  name: 'without-canvas',
  setup(b) {
    b.onLoad({ filter: /[\\/]vega-canvas[\\/]build[\\/]vega-canvas\.node\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const search = "await import('canvas')";
      if (!source.includes(search)) return { contents: source, loader: 'js', warnings: [{ text: 'vega-canvas no longer awaits canvas; left as it is' }] };
      return { contents: source.replace(search, 'null'), loader: 'js' };
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

/**
 * The large libraries, in groups that share code, each bundled on its own into one CommonJS file
 * (dist/vendor/<group>-<hash of its content>.cjs), which src/compile-cache.ts loads with V8's code
 * cache so that a command does not compile them again on every run. The program imports them through
 * a small module per package that names the package's exports. `cjs` marks a CommonJS package, whose
 * default import is its `module.exports`.
 */
const LIBRARIES = {
  zod: [{ name: 'zod' }],
  'js-yaml': [{ name: 'js-yaml' }],
  markdown: [
    { name: 'mdast-util-from-markdown' },
    { name: 'mdast-util-gfm' },
    { name: 'micromark-extension-gfm' },
    { name: 'mdast-util-directive' },
    { name: 'micromark-extension-directive' },
  ],
  handlebars: [{ name: 'handlebars', cjs: true }],
  docx: [{ name: 'docx' }, { name: 'docx/watermarks' }],
  'docx-layout': [{ name: 'docx/layout' }],
  vega: [{ name: 'vega' }, { name: 'vega-lite' }],
  exceljs: [{ name: 'exceljs/lib/doc/workbook.js', cjs: true }],
};
mkdirSync(`${root}dist/vendor`, { recursive: true });
const requireHere = createRequire(import.meta.url);
/** Each package's library file and its exports, by the name the program imports. */
const libraries = new Map();
for (const [group, packages] of Object.entries(LIBRARIES)) {
  // Imported as the program imports them (the packages' ES module builds; a CommonJS package's
  // module.exports as its default), and exported by name.
  const contents = packages
    .map((p, i) => `import ${p.cjs === true ? `p${i}` : `* as p${i}`} from ${JSON.stringify(p.name)};\nexport { p${i} as ${JSON.stringify(p.name)} };`)
    .join('\n');
  const result = await build({
    absWorkingDir: root,
    stdin: { contents, resolveDir: root, loader: 'js', sourcefile: `${group}.mjs` },
    bundle: true,
    write: false,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    legalComments: 'none',
    plugins: [withoutZodTranslations, docxNativeSha1, withoutCanvas, exceljsWithoutCsv],
    logLevel: 'warning',
  });
  const text = result.outputFiles[0].text;
  const file = `${group}-${createHash('sha256').update(text).digest('hex').slice(0, 12)}.cjs`;
  writeFileSync(`${root}dist/vendor/${file}`, text);
  const exported = requireHere(`${root}dist/vendor/${file}`);
  for (const p of packages) libraries.set(p.name, { file, cjs: p.cjs === true, names: Object.keys(exported[p.name]) });
}

/** The module the program imports for a package: its exports, taken from the library file. */
function libraryModule(name) {
  const { file, cjs, names } = libraries.get(name);
  const named = names.filter((n) => n !== 'default' && n !== '__esModule');
  return [
    `import { bundledLibrary } from ${JSON.stringify(`${root}src/compile-cache.ts`)};`,
    `const library = bundledLibrary(${JSON.stringify(file)})[${JSON.stringify(name)}];`,
    ...named.map((n, i) => `const e${i} = library[${JSON.stringify(n)}];`),
    `export { ${named.map((n, i) => `e${i} as ${JSON.stringify(n)}`).join(', ')} };`,
    `export default ${cjs ? 'library' : 'library.default'};`,
  ].join('\n');
}
const withCachedLibraries = {
  name: 'with-cached-libraries',
  setup(b) {
    b.onResolve({ filter: /^[@a-z]/ }, (args) => (libraries.has(args.path) ? { path: args.path, namespace: 'cached-library' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'cached-library' }, (args) => ({ contents: libraryModule(args.path), loader: 'js', resolveDir: root }));
  },
};

// CommonJS dependencies inside an ES module still call require for Node's own modules.
const banner = { js: "import { createRequire as __masterplanRequire } from 'node:module'; const require = __masterplanRequire(import.meta.url);" };

/**
 * Bundles a module of the sources on its own, loads it and removes the bundle: for what is computed
 * when the program is bundled rather than on every run.
 * @param entry the module (from the repository's root)
 * @param name the bundle's file name in dist/
 * @returns the module's exports
 */
async function generatorOf(entry, name) {
  const outfile = `${root}dist/${name}`;
  await build({
    absWorkingDir: root,
    entryPoints: [entry],
    outfile,
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
  try {
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(outfile);
  }
}

/**
 * The built-in templates, compiled now rather than on every run: the module that compiles them is
 * bundled on its own and run, and its output takes the place of src/report/engine/precompiled.ts.
 * A template whose file changes after the bundle is compiled when it is used, as any project's is.
 */
const { precompiledModule } = await generatorOf('src/report/engine/precompile.ts', 'precompile-templates.mjs');
const precompiledEsm = precompiledModule(`${root}templates`);
// Compiled templates are code too, several hundred kB of it: like the libraries, a CommonJS file of
// dist/vendor, loaded with the code cache.
const ESM_START = 'export const PRECOMPILED = [';
if (!precompiledEsm.startsWith(ESM_START)) throw new Error('the precompiled templates module does not start as expected');
const precompiledCjs = `exports.PRECOMPILED = [${precompiledEsm.slice(ESM_START.length)}`;
const precompiledFile = `templates-${createHash('sha256').update(precompiledCjs).digest('hex').slice(0, 12)}.cjs`;
writeFileSync(`${root}dist/vendor/${precompiledFile}`, precompiledCjs);
const precompiled = [
  `import { bundledLibrary } from ${JSON.stringify(`${root}src/compile-cache.ts`)};`,
  `export const PRECOMPILED = bundledLibrary(${JSON.stringify(precompiledFile)}).PRECOMPILED;`,
].join('\n');
const withPrecompiledTemplates = {
  name: 'with-precompiled-templates',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]report[\\/]engine[\\/]precompiled\.ts$/ }, () => ({ contents: precompiled, loader: 'js', resolveDir: root }));
  },
};

/**
 * The shipped data files, read now rather than on every run: the module that reads them
 * (src/taxonomy/ship.ts) is bundled on its own and run, and its output takes the place of
 * src/taxonomy/shipped-data.ts. A data file that changes after the bundle is read when it is used.
 */
const { shippedModule } = await generatorOf('src/taxonomy/ship.ts', 'ship-data.mjs');
const shippedData = shippedModule();
const withShippedData = {
  name: 'with-shipped-data',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]taxonomy[\\/]shipped-data\.ts$/ }, () => ({ contents: shippedData, loader: 'js' }));
  },
};

/**
 * The build of the program, for the caches of what it computed (src/load/parse-cache.ts and
 * src/kept.ts): a digest of its sources and of the locked dependencies, so a cache written by
 * another build is not used.
 */
const buildId = (() => {
  const digest = createHash('sha256');
  const files = readdirSync(`${root}src`, { recursive: true, encoding: 'utf8' })
    .map((f) => f.split('\\').join('/'))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .sort();
  for (const f of [...files.map((f) => `src/${f}`), 'package-lock.json'].filter((f) => existsSync(`${root}${f}`))) {
    digest.update(`${f}\0`);
    digest.update(readFileSync(`${root}${f}`));
  }
  return digest.digest('hex').slice(0, 16);
})();

await build({
  absWorkingDir: root,
  define: { MASTERPLAN_BUILD_ID: JSON.stringify(buildId) },
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
  plugins: [withCachedLibraries, withoutZodTranslations, docxNativeSha1, withPrecompiledTemplates, withShippedData],
  logLevel: 'warning',
});
