/** Parsing the Markdown a template produced into mdast, with GFM tables and the dialect's directives. */
import type { Root } from 'mdast';
import { directiveFromMarkdown } from 'mdast-util-directive';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { directive } from 'micromark-extension-directive';
import { DISABLED_CONSTRUCTS, gfmTreeWithoutAutolinks, gfmWithoutAutolinks } from '../../load/markdown.js';

/**
 * The parser's options, made once for all the books rather than for each: GFM without its literal
 * autolinks, the directives, and raw HTML, indented code and `<url>` autolinks switched off (so `<b>`
 * is text even when a template writes it, and indenting a template never turns lines into code).
 */
const options = {
  extensions: [gfmWithoutAutolinks(), directive(), DISABLED_CONSTRUCTS],
  mdastExtensions: [...gfmTreeWithoutAutolinks(), directiveFromMarkdown()],
};

/**
 * Parses Markdown of the book dialect.
 * @param markdown the text
 * @returns the mdast tree with positions
 */
export function parseMarkdown(markdown: string): Root {
  return fromMarkdown(markdown, options);
}
