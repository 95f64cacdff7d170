/** Rendering a book: template and view model → Markdown → document model, with diagnostics for every problem. */
import type { Doc } from '../doc/ast.js';
import { compareDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { runTemplates } from './engine/handlebars.js';
import { parseMarkdown } from './engine/markdown.js';
import { loadTemplateSet } from './engine/templates.js';
import { mdastToDoc, type Assets } from './engine/to-doc/index.js';
import { diagnostic } from '../diagnostics/catalogue.js';

export interface RenderOptions {
  /** The user project's `templates/` folder, whose files override the built-ins by name. */
  readonly projectTemplatesDir?: string;
  /** The built-in templates folder; default: the package's `templates/`. */
  readonly builtinTemplatesDir?: string;
  /** Images the templates refer to by key (`::gambar{src=…}`, `::sampul{logo=…}`). */
  readonly assets?: Assets;
}

export interface RenderResult {
  /** The document, unless the template could not be found, compiled or run. */
  readonly doc?: Doc;
  /** The Markdown the template produced, for inspection. */
  readonly markdown?: string;
  /** Sorted: file, line, column, code. */
  readonly diagnostics: Diagnostic[];
}

/**
 * Renders a book template with its view model into the document model.
 * @param name template name without `.hbs`, e.g. `buku-1`
 * @param viewModel plain data the template prints (formatted by helpers, computed elsewhere)
 * @param options template folders and assets
 * @returns the document, the intermediate Markdown and the diagnostics
 */
export function renderTemplate(name: string, viewModel: unknown, options: RenderOptions = {}): RenderResult {
  const found = loadTemplateSet(name, {
    ...(options.projectTemplatesDir !== undefined ? { projectDir: options.projectTemplatesDir } : {}),
    ...(options.builtinTemplatesDir !== undefined ? { builtinDir: options.builtinTemplatesDir } : {}),
  });
  if ('searched' in found) {
    const at = { file: `templates/${name}.hbs`, line: 1, column: 1 };
    return { diagnostics: [diagnostic('report/template-not-found', at, { name, searched: found.searched.join(', ') })] };
  }
  const run = runTemplates(found.set, viewModel);
  if (run.markdown === undefined) return { diagnostics: run.diagnostics.sort(compareDiagnostics) };
  const mapped = mdastToDoc(parseMarkdown(run.markdown), {
    source: run.markdown,
    file: found.set.main.display,
    assets: options.assets ?? {},
  });
  return {
    doc: mapped.doc,
    markdown: run.markdown,
    diagnostics: [...run.diagnostics, ...mapped.diagnostics].sort(compareDiagnostics),
  };
}
