/** Rendering a book: template and view model → Markdown → document model, with diagnostics for every problem. */
import type { Doc } from '../doc/ast.js';
import { compareDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Kept } from '../kept.js';
import { runTemplates } from './engine/handlebars.js';
import { parseMarkdownPieces } from './engine/markdown.js';
import { loadTemplateSet } from './engine/templates.js';
import { mdastToDoc, type Assets, type NaskahRender, type SlotSpan } from './engine/to-doc/index.js';
import { escapeAttribute, escapeMarkdown } from './engine/escape.js';
import { diagnostic } from '../diagnostics/catalogue.js';

export interface RenderOptions {
  /** The user project's `templates/` folder, whose files override the built-ins by name. */
  readonly projectTemplatesDir?: string;
  /** The built-in templates folder; default: the package's `templates/`. */
  readonly builtinTemplatesDir?: string;
  /** Images the templates refer to by key (`::gambar{src=…}`, `::sampul{logo=…}`). */
  readonly assets?: Assets;
  /** The book's authored text (`naskah/`), put in its slots instead of the built-in wording. */
  readonly naskah?: NaskahRender;
  /** What earlier runs parsed, kept between runs (src/kept.ts). */
  readonly kept?: Kept;
}

export interface RenderResult {
  /** The document, unless the template could not be found, compiled or run. */
  readonly doc?: Doc;
  /** The Markdown the template produced with the authored text in its slots, for inspection. */
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
  // Each piece of the Markdown is parsed and mapped before the next: the tree of the whole book never exists.
  const mapped = mdastToDoc(parseMarkdownPieces(run.markdown, undefined, options.kept), {
    source: run.markdown,
    file: found.set.main.display,
    assets: options.assets ?? {},
    ...(options.naskah !== undefined ? { naskah: options.naskah } : {}),
  });
  // Authored text whose slot the templates do not hold (a project's own template without it) is nowhere in the book.
  const met = new Set(mapped.slots.map((s) => s.slot));
  const unprinted = [...(options.naskah?.slots ?? [])].flatMap(([slot, content]) =>
    content.kind === 'authored' && !met.has(slot)
      ? [diagnostic('naskah/not-printed', { file: content.text.file, line: 1, column: 1 }, { slot, template: found.set.main.display })]
      : [],
  );
  return {
    doc: mapped.doc,
    markdown: withNaskah(run.markdown, mapped.slots),
    diagnostics: [...run.diagnostics, ...mapped.diagnostics, ...unprinted].sort(compareDiagnostics),
  };
}

/**
 * The template's Markdown with each slot's authored text (or draft placeholder) in place of its
 * built-in wording: the authored Markdown as written, fenced as a `naskah` container naming its file.
 * @param markdown what the template produced
 * @param slots the slots met, with what they printed
 * @returns the book's Markdown
 */
function withNaskah(markdown: string, slots: readonly SlotSpan[]): string {
  let out = '';
  let at = 0;
  for (const s of [...slots].sort((a, b) => a.start - b.start)) {
    if (s.content === undefined || s.start < at) continue;
    out += markdown.slice(at, s.start) + slotMarkdown(s.slot, s.content);
    at = s.end;
  }
  return out + markdown.slice(at);
}

function slotMarkdown(slot: string, content: NonNullable<SlotSpan['content']>): string {
  if (content.kind === 'placeholder') return `::kosong[${escapeMarkdown(content.what)}]{opd="${escapeAttribute(content.opd)}"}`;
  const body = content.text.body.replace(/^\n+|\s+$/g, '');
  // A fence longer than any run of colons that starts a line of the text.
  const longest = Math.max(0, ...[...body.matchAll(/^\s*(:+)/gm)].map((m) => (m[1] ?? '').length));
  const fence = ':'.repeat(Math.max(3, longest + 1));
  return `${fence}naskah{slot="${escapeAttribute(slot)}" berkas="${escapeAttribute(content.text.file)}"}\n${body}\n${fence}`;
}
