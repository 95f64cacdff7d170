/** Parsing the Markdown a template produced into mdast, with GFM tables and the dialect's directives. */
import type { Root } from 'mdast';
import { directiveFromMarkdown } from 'mdast-util-directive';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { directive } from 'micromark-extension-directive';
import { gfm } from 'micromark-extension-gfm';

type SyntaxExtension = ReturnType<typeof gfm>;
type Construct = { readonly name?: string };

/**
 * Constructs switched off: raw HTML (so `<b>` is text even when a template writes it), indented code
 * (so indenting a template for readability never turns lines into code) and `<url>` autolinks.
 */
const disabled = { disable: { null: ['htmlFlow', 'htmlText', 'codeIndented', 'autolink'] } };

/** GFM's literal autolinks (`www.x.id`, `https://…`, `nama@x.id`): the books keep only a link's text. */
const LITERAL_AUTOLINKS: ReadonlySet<string> = new Set(['wwwAutolink', 'protocolAutolink', 'emailAutolink']);

/**
 * GFM without its literal autolinks. They would only turn text into links whose text the books keep,
 * and they are the costliest part of GFM: every letter or digit that starts a word is a place where
 * an e-mail address might begin, and a pass over the finished tree looks for addresses again.
 * @returns the syntax extension: tables, footnotes (reported as unsupported), strikethrough, task items
 */
function gfmWithoutAutolinks(): SyntaxExtension {
  const full = gfm();
  const text: Record<string, unknown> = {};
  for (const [code, constructs] of Object.entries(full.text ?? {})) {
    const kept = ([constructs].flat() as Construct[]).filter((c) => !LITERAL_AUTOLINKS.has(c.name ?? ''));
    if (kept.length > 0) text[code] = kept;
  }
  return { ...full, text } as SyntaxExtension;
}

/** The parser's options, made once for all the books rather than for each. */
const options = {
  extensions: [gfmWithoutAutolinks(), directive(), disabled],
  // The tree side of GFM without the literal autolinks' handlers and their pass over the tree.
  mdastExtensions: [...gfmFromMarkdown().filter((e) => !('literalAutolink' in (e.enter ?? {}))), directiveFromMarkdown()],
};

/**
 * Parses Markdown of the book dialect.
 * @param markdown the text
 * @returns the mdast tree with positions
 */
export function parseMarkdown(markdown: string): Root {
  return fromMarkdown(markdown, options);
}
