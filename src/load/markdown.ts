/**
 * The project's Markdown stack (micromark and mdast): GFM without its literal autolinks, the
 * constructs no book reads switched off, and the parser of authored text (`naskah/`), which reads
 * CommonMark with GFM tables, footnotes and strikethrough and nothing that could turn text into markup.
 */
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';

type SyntaxExtension = ReturnType<typeof gfm>;
type Construct = { readonly name?: string };

/**
 * Constructs switched off: raw HTML (so `<b>` is text), indented code (so indenting text never turns
 * lines into code) and `<url>` autolinks.
 */
export const DISABLED_CONSTRUCTS = { disable: { null: ['htmlFlow', 'htmlText', 'codeIndented', 'autolink'] } };

/** GFM's literal autolinks (`www.x.id`, `https://…`, `nama@x.id`): the books keep only a link's text. */
const LITERAL_AUTOLINKS: ReadonlySet<string> = new Set(['wwwAutolink', 'protocolAutolink', 'emailAutolink']);

/**
 * GFM without its literal autolinks. They would only turn text into links whose text the books keep,
 * and they are the costliest part of GFM: every letter or digit that starts a word is a place where
 * an e-mail address might begin, and a pass over the finished tree looks for addresses again.
 * @returns the syntax extension: tables, footnotes, strikethrough, task items
 */
export function gfmWithoutAutolinks(): SyntaxExtension {
  const full = gfm();
  const text: Record<string, unknown> = {};
  for (const [code, constructs] of Object.entries(full.text ?? {})) {
    const kept = ([constructs].flat() as Construct[]).filter((c) => !LITERAL_AUTOLINKS.has(c.name ?? ''));
    if (kept.length > 0) text[code] = kept;
  }
  return { ...full, text } as SyntaxExtension;
}

/**
 * The tree side of GFM without the literal autolinks' handlers and their pass over the tree.
 * @returns the mdast extensions
 */
export function gfmTreeWithoutAutolinks(): ReturnType<typeof gfmFromMarkdown> {
  return gfmFromMarkdown().filter((e) => !('literalAutolink' in (e.enter ?? {})));
}

/** The options of the authored-text parser, made once. */
const authored = {
  extensions: [gfmWithoutAutolinks(), DISABLED_CONSTRUCTS],
  mdastExtensions: gfmTreeWithoutAutolinks(),
};

/**
 * Parses authored Markdown: CommonMark with GFM tables, footnotes and strikethrough. Raw HTML,
 * directives and `{{…}}` stay text; lines indented by four spaces are ordinary text.
 * @param markdown the text (the front matter blanked out, so positions are those of the file)
 * @returns the mdast tree with positions
 */
export function parseAuthoredMarkdown(markdown: string): Root {
  return fromMarkdown(markdown, authored);
}
