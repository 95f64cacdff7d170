/** Finding the book templates: built-ins in the package's templates/ folder, overridden by file name by a project's. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../taxonomy/index.js';

/** One template file, with the path shown in diagnostics (relative, forward slashes). */
export interface TemplateFile {
  /** Name without `.hbs`: the template name, or the partial name used in `{{> name}}`. */
  readonly name: string;
  /** Shown in diagnostics: `templates/buku-1.hbs`, `templates/partials/tabel.hbs`. */
  readonly display: string;
  /** Whether it comes from the user's project rather than the built-ins. */
  readonly fromProject: boolean;
  readonly source: string;
}

/** A template and every partial it may use. */
export interface TemplateSet {
  readonly main: TemplateFile;
  /** Partials by name, sorted by name. */
  readonly partials: ReadonlyMap<string, TemplateFile>;
}

/**
 * The folder of the built-in templates.
 * @returns absolute path of `templates/` in the package
 */
export function builtinTemplatesDir(): string {
  return join(PACKAGE_ROOT, 'templates');
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function hbsFiles(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((f) => f.endsWith('.hbs') && isFile(join(dir, f)))
      .sort();
  } catch {
    return [];
  }
}

function read(dir: string, file: string, display: string, fromProject: boolean): TemplateFile {
  // Normalise line endings so Handlebars positions are the same on every platform.
  const source = readFileSync(join(dir, file), 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  return { name: file.slice(0, -'.hbs'.length), display, fromProject, source };
}

/** Where to look: the project's templates folder (optional) before the built-ins. */
export interface TemplateDirs {
  readonly projectDir?: string;
  readonly builtinDir?: string;
}

/**
 * Loads a template and all partials, the project's files winning over the built-ins by file name.
 * @param name template name without `.hbs`
 * @param dirs project and built-in template folders
 * @returns the set, or the list of places searched when the template does not exist
 */
export function loadTemplateSet(
  name: string,
  dirs: TemplateDirs,
): { set: TemplateSet } | { searched: string[] } {
  const builtin = dirs.builtinDir ?? builtinTemplatesDir();
  const roots = [
    ...(dirs.projectDir !== undefined ? [{ dir: dirs.projectDir, fromProject: true }] : []),
    { dir: builtin, fromProject: false },
  ];
  const file = `${name}.hbs`;
  const safeName = /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name);
  const root = safeName ? roots.find((r) => isFile(join(r.dir, file))) : undefined;
  if (root === undefined) {
    return { searched: roots.map((r) => `${r.fromProject ? 'templates' : '(bawaan) templates'}/${file}`) };
  }
  const main = read(root.dir, file, `templates/${file}`, root.fromProject);
  const partials = new Map<string, TemplateFile>();
  // Built-ins first, then the project's, so a project partial replaces the built-in of the same name.
  for (const r of [...roots].reverse()) {
    const dir = join(r.dir, 'partials');
    for (const f of hbsFiles(dir)) {
      const partial = read(dir, f, `templates/partials/${f}`, r.fromProject);
      partials.set(partial.name, partial);
    }
  }
  const sorted = new Map([...partials.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { set: { main, partials: sorted } };
}
