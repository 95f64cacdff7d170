/**
 * Text in the two languages of the program: the language type, the one shape of a bilingual text
 * and the one function that renders it. The catalogue, the reasons, the CLI messages and the
 * labels are all `Text`; only the edge (the CLI and the views) renders them.
 */
import { NUMBER_FORMATS, OUTLINE_FORMATS, type Formats } from './formats.js';

export type { Formats } from './formats.js';

/** A language of the messages: Bahasa Indonesia or English. */
export type Lang = 'id' | 'en';

/** Both languages, Indonesian (the default) first. */
export const LANGS: readonly Lang[] = ['id', 'en'];

/**
 * Whether a value names a language.
 * @param value any value (a flag, a configuration entry)
 * @returns true for `id` and `en`
 */
export function isLang(value: unknown): value is Lang {
  return (LANGS as readonly unknown[]).includes(value);
}

/** The arguments of a text that takes none. */
export type NoArgs = Record<string, never>;

/** One language's wording: fixed, or made from typed arguments with the language's number formats. */
export type Phrase<A> = string | ((args: A, f: Formats) => string);

/** A text in Indonesian and English, taking arguments of type `A`. */
export interface Text<A = NoArgs> {
  readonly id: Phrase<A>;
  readonly en: Phrase<A>;
}

/** The arguments part of a render call: none for a text without arguments. */
export type TextArgs<A> = [A] extends [NoArgs] ? [args?: NoArgs] : [args: A];

/** The argument type of a text: NoArgs for a text whose wording is fixed. */
export type ArgsOfText<T> = T extends { readonly id: infer P }
  ? [Exclude<P, string>] extends [never]
    ? NoArgs
    : Exclude<P, string> extends (args: infer A, f: Formats) => string
      ? A
      : NoArgs
  : never;

/** The wording of a text in a language: the one place that chooses between the two. */
function phraseOf(text: Text<never>, lang: Lang): Phrase<unknown> {
  return (lang === 'en' ? text.en : text.id) as Phrase<unknown>;
}

/** The formats of each language, with labels rendered in the same language. */
const FORMATS: { readonly id: Formats; readonly en: Formats } = {
  id: { ...NUMBER_FORMATS.id, text: (t) => render(t, 'id') },
  en: { ...NUMBER_FORMATS.en, text: (t) => render(t, 'en') },
};

/**
 * The number and list formats of a language, for output laid out by hand (tables) rather than
 * written as a text.
 * @param lang the language
 * @returns its formats
 */
export function formatsOf(lang: Lang): Formats {
  return FORMATS[lang];
}

/**
 * Renders a text in a language.
 * @param text the text
 * @param lang the language
 * @param args its arguments (none for a text without arguments)
 * @returns the rendered string
 */
export function render<T extends Text<never>>(text: T, lang: Lang, ...args: TextArgs<ArgsOfText<T>>): string {
  const phrase = phraseOf(text, lang);
  return typeof phrase === 'string' ? phrase : phrase(args[0] ?? {}, FORMATS[lang]);
}

/**
 * Renders a coded item `{ code, args }` with the text its code has in a table (a catalogue).
 * @param table texts by code
 * @param item the code and its arguments
 * @param lang the language
 * @returns the rendered string
 */
export function renderCoded<T extends Readonly<Record<string, Text<never>>>>(
  table: T,
  item: { readonly code: keyof T & string; readonly args?: unknown },
  lang: Lang,
): string {
  const phrase = phraseOf(table[item.code] as Text<never>, lang);
  return typeof phrase === 'string' ? phrase : phrase(item.args ?? {}, FORMATS[lang]);
}

/**
 * A text with every argument shown as "?" and optional parts left out: what a code says in
 * general, e.g. a SARIF rule's description.
 * @param text the text
 * @param lang the language
 * @returns the outline
 */
export function outline(text: Text<never>, lang: Lang): string {
  const phrase = phraseOf(text, lang);
  if (typeof phrase === 'string') return phrase;
  const unknown = new Proxy({}, { get: () => '?' });
  return phrase(unknown, { ...OUTLINE_FORMATS, text: (t) => outline(t, lang) });
}
