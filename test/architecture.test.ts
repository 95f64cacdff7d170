/**
 * The pipeline's boundaries, checked on the static import graph: scoring never imports rendering,
 * the writers never import the CLI, and validation loads neither docx, exceljs nor the chart libraries.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
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

  it('the writers never import the CLI, and library code never prints or exits', () => {
    // env.ts is where the real process streams are bound to the Env the CLI passes down.
    for (const file of sourceFiles(SRC).filter((f) => !rel(f).startsWith('cli/') && rel(f) !== 'env.ts')) {
      const text = readFileSync(file, 'utf8');
      expect(text, rel(file)).not.toMatch(/\bconsole\.(log|error|warn|info)\(|process\.exit\(|process\.(stdout|stderr)\.write/);
      for (const f of reach(file).files) expect(rel(f), `${rel(file)} reaches ${rel(f)}`).not.toMatch(/^cli\//);
    }
  });
});
