/** Escaping of view-model text for the two places a template inserts it: Markdown text and directive attributes. */

/** Every ASCII punctuation character: CommonMark lets each be backslash-escaped to stand for itself. */
const PUNCTUATION = /[!-/:-@[-`{-~]/g;

/** The directive the dialect uses for a line break inside a paragraph, heading or table cell. */
export const LINE_BREAK = ':br[]';

/** Thrown by the escapers for a missing value, so the template diagnostic can name the field. */
export class MissingValueError extends Error {
  constructor() {
    super('the value is missing (undefined or null)');
    this.name = 'MissingValueError';
  }
}

/** Characters XML 1.0 cannot hold (DOCX, SVG and XLSX are XML): C0 controls but tab and line breaks, U+FFFE, U+FFFF, lone surrogates. */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text with the characters XML cannot hold removed, so any text that reaches an output (a book, a
 * chart) can be written; YAML input never holds them raw, but an escape such as "\x01" does.
 * @param text any text
 * @returns the text without those characters
 */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '');
}

function asText(value: unknown): string {
  if (value === undefined || value === null) throw new MissingValueError();
  if (typeof value === 'string') return xmlSafe(value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  throw new TypeError(`expected text or a number, got ${Array.isArray(value) ? 'a list' : typeof value}`);
}

function lines(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\t\v\f]/g, ' ')
    .trim()
    .split('\n');
}

/**
 * Escapes a value so that Markdown shows it literally: every ASCII punctuation character is
 * backslash-escaped (so no emphasis, heading, table pipe, HTML, link, entity or directive can start),
 * line breaks become `:br[]`, and surrounding white space is trimmed.
 * @param value text, a number or a boolean
 * @returns Markdown inline source that parses back to exactly the value
 * @throws MissingValueError when the value is undefined or null
 */
export function escapeMarkdown(value: unknown): string {
  return lines(asText(value))
    .map((line) => line.replace(PUNCTUATION, '\\$&'))
    .join(LINE_BREAK);
}

/**
 * Escapes a value for a double-quoted directive attribute: `&`, `"` and line breaks become character
 * references, which the directive parser decodes back.
 * @param value text, a number or a boolean
 * @returns the attribute value source, without the quotes
 * @throws MissingValueError when the value is undefined or null
 */
export function escapeAttribute(value: unknown): string {
  return lines(asText(value))
    .join('\n')
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;');
}
