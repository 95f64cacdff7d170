/** Parsing the Markdown a template produced into mdast, with GFM tables and the dialect's directives. */
import type { Root } from 'mdast';
import { directiveFromMarkdown } from 'mdast-util-directive';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { directive } from 'micromark-extension-directive';
import { gfm } from 'micromark-extension-gfm';

/**
 * Constructs switched off: raw HTML (so `<b>` is text even when a template writes it), indented code
 * (so indenting a template for readability never turns lines into code) and `<url>` autolinks.
 */
const disabled = { disable: { null: ['htmlFlow', 'htmlText', 'codeIndented', 'autolink'] } };

/**
 * Parses Markdown of the book dialect.
 * @param markdown the text
 * @returns the mdast tree with positions
 */
export function parseMarkdown(markdown: string): Root {
  return fromMarkdown(markdown, {
    extensions: [gfm(), directive(), disabled],
    mdastExtensions: [gfmFromMarkdown(), directiveFromMarkdown()],
  });
}
