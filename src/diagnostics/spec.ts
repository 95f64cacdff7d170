/**
 * The shape of one catalogue entry (a stable code's severity and its text, whose argument type is
 * the code's) and the helpers the catalogue is written with. The catalogue is data: it imports
 * only the types of `src/text`, never the renderer.
 */
import type { NoArgs, Text } from '../text/index.js';
import type { Severity } from './diagnostic.js';

export interface CodeSpec<A> {
  readonly severity: Severity;
  /** Bahasa Indonesia and English: what happened, why, and what to do. No position, no "Error:" prefix. */
  readonly text: Text<A>;
}

/**
 * Declares a code: its severity and its text; the type parameter is the type of its arguments.
 * @param severity default severity
 * @param text the message in both languages
 * @returns the entry
 */
export function code<A = NoArgs>(severity: Severity, text: Text<A>): CodeSpec<A> {
  return { severity, text };
}

/**
 * Declares a text with arguments of type `A` (a text without arguments is a plain `{ id, en }`).
 * @param text the wording in both languages
 * @returns the text
 */
export function textOf<A>(text: Text<A>): Text<A> {
  return text;
}

/**
 * An optional part, or what to say instead when it is absent (the optional part comes from `f.opt`,
 * so a general description of the code, which leaves optional parts out, says the alternative).
 * @param part the optional part as `f.opt` rendered it
 * @param otherwise the text without it
 * @returns the part, or the alternative when the part is empty
 */
export function orElse(part: string, otherwise: string): string {
  return part !== '' ? part : otherwise;
}

/**
 * A label from a table of labels, or the key itself (the same in both languages) when the table has none.
 * @param table labels by key
 * @param key the key
 * @returns the label
 */
export function labelOf(table: Readonly<Record<string, Text>>, key: string): Text {
  return Object.prototype.hasOwnProperty.call(table, key) ? (table[key] as Text) : { id: key, en: key };
}
