/**
 * The pipeline's boundaries, checked on the import graph and the source text: scoring never imports
 * rendering and never sees a language, text is rendered only at the edge, the writers know only the
 * document and sheet models, the forms never reach a writer, the CLI drives no office library itself
 * and reaches the stages only through src/pipeline/, and validation loads neither docx, exceljs nor
 * the chart libraries.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './support/project.js';

const SRC = path.join(REPO_ROOT, 'src');

/** Value imports (not `import type`, not dynamic `import()`) of one source file. */
function staticImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/^(?:import|export)\s+(?!type\b)[^'"]*?from\s+'([^']+)'|^import\s+'([^']+)'/gm)) {
    out.push((m[1] ?? m[2]) as string);
  }
  return out;
}

/** Every module a source file names: static imports and re-exports (type-only too) and dynamic `import()`. */
function allImports(file: string): Array<{ spec: string; typeOnly: boolean }> {
  const text = readFileSync(file, 'utf8');
  const out: Array<{ spec: string; typeOnly: boolean }> = [];
  for (const m of text.matchAll(/^(?:import|export)\s(type\s)?[^'"]*?from\s+'([^']+)'|^import\s+'([^']+)'|\bimport\(\s*'([^']+)'\s*\)/gm)) {
    out.push({ spec: (m[2] ?? m[3] ?? m[4]) as string, typeOnly: m[1] !== undefined });
  }
  return out;
}

/** The code of a file without its comments and string contents, for looking at identifiers. */
function code(file: string): string {
  return readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '')
    .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"/g, "''");
}

/** Every file reachable from an entry through static imports, and every package they import. */
function reach(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const spec of staticImports(file)) {
      if (spec.startsWith('.')) visit(path.resolve(path.dirname(file), spec.replace(/\.js$/, '.ts')));
      else if (!spec.startsWith('node:')) packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : (spec.split('/')[0] as string));
    }
  };
  visit(entry);
  return { files, packages };
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [p] : [];
  });
}

const rel = (f: string) => path.relative(SRC, f).split(path.sep).join('/');

/**
 * What the CLI may import from src/ besides the pipeline: itself (with the output formats), the
 * diagnostics (the data every stage returns, their counts and the catalogue of their texts), the
 * renderer of text, the Env and the errors. Everything else in src/ is a stage.
 */
const CLI_MAY_IMPORT = /^(pipeline|cli|diagnostics|text)\/|^(env|errors)\.ts$/;

/** The values the CLI may take from a stage: the vocabulary its arguments are checked against. */
const VOCABULARY: Readonly<Record<string, readonly string[]>> = {
  'load/index.ts': ['CONFIG_FILE', 'isValidId'],
  'schema/index.ts': ['ITEM_KINDS'],
  'score/index.ts': ['METHODS'],
  'taxonomy/index.ts': ['PACKAGE_ROOT'],
};

/**
 * The value imports of a source text into src/ — static, re-exports and dynamic `import()` — with the
 * names each takes ('*' for a whole module). Type-only imports are left out: they vanish at run time.
 * @param file the file, relative to src/
 * @param text its source
 * @returns target file relative to src/ and the names imported
 */
function srcValueImports(file: string, text: string): Array<{ target: string; names: string[] }> {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
  const out: Array<{ target: string; names: string[] }> = [];
  const add = (spec: ts.Expression | undefined, names: string[]) => {
    if (spec === undefined || !ts.isStringLiteral(spec) || !spec.text.startsWith('.')) return;
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec.text)).replace(/\.js$/, '.ts');
    if (names.length > 0) out.push({ target, names });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      if (clause === undefined) add(node.moduleSpecifier, ['*']);
      else if (clause.phaseModifier !== ts.SyntaxKind.TypeKeyword) {
        const names: string[] = clause.name !== undefined ? ['default'] : [];
        const bindings = clause.namedBindings;
        if (bindings !== undefined && ts.isNamespaceImport(bindings)) names.push('*');
        if (bindings !== undefined && ts.isNamedImports(bindings)) {
          for (const e of bindings.elements) if (!e.isTypeOnly) names.push((e.propertyName ?? e.name).text);
        }
        add(node.moduleSpecifier, names);
      }
    } else if (ts.isExportDeclaration(node) && !node.isTypeOnly) {
      const clause = node.exportClause;
      const names = clause !== undefined && ts.isNamedExports(clause) ? clause.elements.filter((e) => !e.isTypeOnly).map((e) => (e.propertyName ?? e.name).text) : ['*'];
      add(node.moduleSpecifier, names);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      add(node.arguments[0], ['*']);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

/**
 * The imports of a CLI file that reach a stage other than through the pipeline.
 * @param file the file, relative to src/
 * @param text its source
 * @returns one line per offending import
 */
function stageImportsOfCli(file: string, text: string): string[] {
  return srcValueImports(file, text).flatMap(({ target, names }) => {
    if (CLI_MAY_IMPORT.test(target)) return [];
    const vocabulary = VOCABULARY[target] ?? [];
    const stray = names.filter((n) => !vocabulary.includes(n));
    return stray.length > 0 ? [`${file} imports ${stray.join(', ')} from ${target}`] : [];
  });
}

/** The source files (relative to src/, with whether only types are imported) and packages a file imports directly. */
function directImports(file: string): { files: Array<{ file: string; typeOnly: boolean }>; packages: string[] } {
  const files: Array<{ file: string; typeOnly: boolean }> = [];
  const packages: string[] = [];
  for (const { spec, typeOnly } of allImports(file)) {
    if (spec.startsWith('.')) files.push({ file: rel(path.resolve(path.dirname(file), spec.replace(/\.js$/, '.ts'))), typeOnly });
    else if (!spec.startsWith('node:')) packages.push(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : (spec.split('/')[0] as string));
  }
  return { files, packages };
}

/** Every source file reachable from an entry through any kind of import. */
function reachAll(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const f of directImports(file).files) visit(path.join(SRC, f.file));
  };
  visit(entry);
  return new Set([...seen].map(rel));
}

/**
 * The edge, where text is rendered in a language: the CLI (commands and their output formats), the
 * views of `src/report` (always Indonesian), and `src/text` itself. The report's template engine is
 * not a view.
 */
const atEdge = (f: string) => /^(cli|text)\//.test(rel(f)) || (rel(f).startsWith("report/") && !/^report\/(engine\/|render\.ts)/.test(rel(f)));
const TEXT = path.join(SRC, 'text');

describe('architecture', () => {
  it('validate loads neither docx, exceljs, handlebars nor the chart libraries', () => {
    const { packages } = reach(path.join(SRC, 'cli/commands/validate.ts'));
    for (const heavy of ['docx', 'exceljs', 'handlebars', 'vega', 'vega-lite', '@resvg/resvg-js', 'chokidar']) {
      expect(packages.has(heavy), heavy).toBe(false);
    }
  });

  it('the program entry loads no command statically', () => {
    const { files } = reach(path.join(SRC, 'cli/main.ts'));
    expect([...files].map(rel).filter((f) => f.startsWith('cli/commands/'))).toEqual([]);
  });

  it('scoring imports nothing from rendering, writing or the CLI', () => {
    for (const file of sourceFiles(path.join(SRC, 'score'))) {
      for (const f of reach(file).files) expect(rel(f), `${rel(file)} reaches ${rel(f)}`).not.toMatch(/^(report|doc|write|cli)\//);
    }
  });

  it('model, validate and load never import later stages', () => {
    for (const stage of ['load', 'validate', 'model', 'schema']) {
      for (const file of sourceFiles(path.join(SRC, stage))) {
        for (const f of reach(file).files) expect(rel(f), `${rel(file)} reaches ${rel(f)}`).not.toMatch(/^(score|report|doc|write|cli)\//);
      }
    }
  });

  it('score and the model never see a language: no lang, no Lang, no src/text, directly or through imports', () => {
    for (const file of [...sourceFiles(path.join(SRC, 'score')), ...sourceFiles(path.join(SRC, 'model'))]) {
      expect(code(file), rel(file)).not.toMatch(/\b(lang|Lang|LANGS)\b/);
      for (const { file: f } of directImports(file).files) expect(f, `${rel(file)} imports ${f}`).not.toMatch(/^text\//);
      for (const f of reach(file).files) expect(rel(f), `${rel(file)} reaches ${rel(f)}`).not.toMatch(/^text\//);
    }
  });

  it('no function outside the edge takes a language', () => {
    for (const file of sourceFiles(SRC).filter((f) => !/^(cli|text)\//.test(rel(f)))) {
      expect(code(file), rel(file)).not.toMatch(/\blang\b|\bLang\b/);
    }
  });

  it('text is rendered only at the edge: only the CLI and the views import the renderer; the catalogue imports its types', () => {
    for (const file of sourceFiles(SRC).filter((f) => !atEdge(f))) {
      for (const f of staticImports(file)) {
        if (!f.startsWith('.')) continue;
        const target = path.resolve(path.dirname(file), f.replace(/\.js$/, '.ts'));
        expect(target.startsWith(TEXT + path.sep), `${rel(file)} imports the renderer ${rel(target)}`).toBe(false);
      }
    }
  });

  it('the language is chosen in one place: a comparison with \'en\' or \'id\' only in src/text', () => {
    const hits = sourceFiles(SRC).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/[!=]==?\s*'(?:en|id)'|'(?:en|id)'\s*[!=]==?/g)].map(() => rel(file)),
    );
    expect(hits).toEqual(['text/index.ts']);
  });

  it('formatters live only at the edge: no format/ or output/ folder in a stage, and only the edge colours a terminal', () => {
    for (const file of sourceFiles(SRC).filter((f) => !atEdge(f))) {
      expect(rel(file), 'a formatter outside the edge').not.toMatch(/(^|\/)(format|formats|output)\//);
      expect(reach(file).packages.has('chalk'), `${rel(file)} loads chalk`).toBe(false);
    }
  });

  it('the writers never import the CLI, and library code never prints or exits', () => {
    // env.ts is where the real process streams are bound to the Env the CLI passes down.
    for (const file of sourceFiles(SRC).filter((f) => !rel(f).startsWith('cli/') && rel(f) !== 'env.ts')) {
      const text = readFileSync(file, 'utf8');
      expect(text, rel(file)).not.toMatch(/\bconsole\.(log|error|warn|info)\(|process\.exit\(|process\.(stdout|stderr)\.write/);
      for (const f of reach(file).files) expect(rel(f), `${rel(file)} reaches ${rel(f)}`).not.toMatch(/^cli\//);
    }
  });

  it('the stages never import the pipeline that chains them', () => {
    for (const file of sourceFiles(SRC).filter((f) => !/^(cli|pipeline)\//.test(rel(f)))) {
      for (const f of reach(file).files) expect(rel(f), `${rel(file)} reaches ${rel(f)}`).not.toMatch(/^pipeline\//);
    }
  });

  it('the CLI reaches the stages only through src/pipeline/: commands parse flags, call the pipeline and print', () => {
    const files = sourceFiles(path.join(SRC, 'cli')).map((f) => rel(f));
    expect(files).toContain('cli/commands/build.ts');
    expect(files.flatMap((f) => stageImportsOfCli(f, readFileSync(path.join(SRC, f), 'utf8')))).toEqual([]);
  });

  it('the CLI rule sees static, re-exported and dynamic imports of a stage, and lets types and the vocabulary pass', () => {
    const file = 'cli/commands/example.ts';
    const text = [
      "import { loadProject, CONFIG_FILE } from '../../load/index.js';",
      "import type { Model } from '../../model/index.js';",
      "import { type Ranking, METHODS } from '../../score/index.js';",
      "import { render } from '../../text/index.js';",
      "import { build } from '../../pipeline/build.js';",
      "export { writeAtomic } from '../../write/atomic.js';",
      "const { composeBook } = await import('../../report/books.js');",
    ].join('\n');
    expect(stageImportsOfCli(file, text)).toEqual([
      'cli/commands/example.ts imports loadProject from load/index.ts',
      'cli/commands/example.ts imports writeAtomic from write/atomic.ts',
      'cli/commands/example.ts imports * from report/books.ts',
    ]);
  });

  it('the writers import only the document model, the sheet model, each other and libraries', () => {
    const files = sourceFiles(path.join(SRC, 'write'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      for (const { file: f, typeOnly } of directImports(file).files) {
        // The common error types are not a stage; the writers' own messages still name their language.
        const allowed = /^(write|doc|sheet)\//.test(f) || f === 'errors.ts' || (f === 'diagnostics/spec.ts' && typeOnly);
        expect(allowed, `${rel(file)} imports ${f}`).toBe(true);
      }
    }
  });

  it('the sheet and document models import no stage and no office library', () => {
    for (const dir of ['sheet', 'doc']) {
      for (const file of sourceFiles(path.join(SRC, dir))) {
        const { files, packages } = directImports(file);
        for (const { file: f } of files) expect(f.startsWith(`${dir}/`), `${rel(file)} imports ${f}`).toBe(true);
        for (const p of ['exceljs', 'docx']) expect(packages, rel(file)).not.toContain(p);
      }
    }
  });

  it('the forms never reach a writer', () => {
    for (const file of sourceFiles(path.join(SRC, 'forms'))) {
      for (const f of reachAll(file)) expect(f, `${rel(file)} reaches ${f}`).not.toMatch(/^write\//);
    }
  });

  it('the CLI imports neither exceljs nor docx', () => {
    for (const file of sourceFiles(path.join(SRC, 'cli'))) {
      const { packages } = directImports(file);
      expect(packages, rel(file)).not.toContain('exceljs');
      expect(packages, rel(file)).not.toContain('docx');
    }
  });
});
