/**
 * The quick way to the data of a clean YAML file: js-yaml's event parser, with the scalars resolved
 * as `yaml`'s core schema resolves them. It answers only for files on which `yaml` (the parser that
 * gives the diagnostics and the positions) finds nothing to report and gives the same data: one
 * document, a mapping at the root, no tags, anchors, aliases, directives, document markers or
 * keys that could reach a prototype, no key that is null or a collection, no duplicate key. For
 * anything else it answers nothing and the file is parsed by `yaml`, as before. A file's positions
 * are worked out by `yaml` only when a diagnostic needs one.
 */
import { COLLECTION_STYLE, constructFromEvents, defineScalarTag, EVENT_ID, FAILSAFE_SCHEMA, getScalarValue, NOT_RESOLVED, parseEvents, SCALAR_STYLE, type Event } from 'js-yaml';

/**
 * The plain scalars of YAML 1.2's core schema, tested and converted exactly as `yaml` does
 * (yaml/dist/schema/core: null, bool, then int in octal, decimal, hexadecimal, then float as
 * .inf/.nan, with an exponent, and with a point). Load-only: nothing is dumped with this schema.
 */
const CORE = FAILSAFE_SCHEMA.withTags(
  defineScalarTag('tag:yaml.org,2002:null', {
    implicit: true,
    implicitFirstChars: null,
    resolve: (s) => (/^(?:~|[Nn]ull|NULL)?$/.test(s) ? null : NOT_RESOLVED),
    identify: () => false,
  }),
  defineScalarTag('tag:yaml.org,2002:bool', {
    implicit: true,
    implicitFirstChars: null,
    resolve: (s) => (/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(s) ? s.startsWith('t') || s.startsWith('T') : NOT_RESOLVED),
    identify: () => false,
  }),
  defineScalarTag('tag:yaml.org,2002:int', {
    implicit: true,
    implicitFirstChars: null,
    resolve: (s) => {
      if (/^0o[0-7]+$/.test(s)) return parseInt(s.substring(2), 8);
      if (/^[-+]?[0-9]+$/.test(s)) return parseInt(s, 10);
      if (/^0x[0-9a-fA-F]+$/.test(s)) return parseInt(s.substring(2), 16);
      return NOT_RESOLVED;
    },
    identify: () => false,
  }),
  defineScalarTag('tag:yaml.org,2002:float', {
    implicit: true,
    implicitFirstChars: null,
    resolve: (s) => {
      if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(s)) {
        return s.slice(-3).toLowerCase() === 'nan' ? NaN : s.startsWith('-') ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
      }
      if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(s)) return parseFloat(s);
      if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(s)) return parseFloat(s);
      return NOT_RESOLVED;
    },
    identify: () => false,
  }),
);

/**
 * Words that could reach an object's prototype; tabs; block scalars with an indentation indicator,
 * which `yaml` reads more strictly, or that keep their final line breaks (`>+`), which the two read
 * differently when the scalar is empty; a carriage return without a line feed, a line break for
 * js-yaml but not for `yaml`; document markers and directives.
 */
const SLOW_TEXT = /__proto__|constructor|prototype|\t|\r(?!\n)|[|>][-+]?[0-9]|[|>]\+|^(?:%|---|\.\.\.)/m;
/** What may follow a quoted scalar's closing quote: a space, a line break, the end, or `:` and a space. */
const AFTER_QUOTE = /^(?:[ \r\n]|:(?:[ \r\n]|$)|$)/;
/**
 * A flow collection that the two parsers read alike: on one line, a list of scalars, or a mapping
 * from scalars to scalars or such lists, each scalar plain (words without `:`, `#`, `,`, brackets
 * or quotes) or double-quoted without escapes, and nothing after it on the line but a comment.
 * Other flow collections go to `yaml`.
 */
const SIMPLE_FLOW = (() => {
  const scalar = String.raw`(?:[A-Za-z0-9_][A-Za-z0-9_.<>/-]*(?: [A-Za-z0-9_.<>/-]+)*|"[^"\\\r\n]*")`;
  const list = String.raw`\[ *(?:${scalar}(?:, ${scalar})*)? *\]`;
  const value = `(?:${scalar}|${list})`;
  const map = String.raw`\{ *(?:${scalar}: ${value}(?:, ${scalar}: ${value})*)? *\}`;
  return new RegExp(String.raw`^(?:${list}|${map})(?: +#.*)?\r?$`);
})();
/** The plain scalars that are null: as a key, `yaml` makes them "" where js-yaml makes them "null". */
const NULL_SCALAR = /^(?:~|[Nn]ull|NULL)?$/;

/**
 * The data of a YAML file whose parse `yaml` would report nothing about, when it can be read the
 * quick way.
 * @param text the decoded text
 * @param maxDepth deepest nesting of collections read (see {@link quickYamlValue})
 * @returns the data, or undefined when the file needs `yaml`'s parse
 */
export function quickYamlData(text: string, maxDepth?: number): { data: Record<string, unknown> } | undefined {
  const quick = quickYamlValue(text, maxDepth);
  if (quick === undefined || Array.isArray(quick.data)) return undefined;
  return { data: quick.data };
}

/**
 * The data of a YAML text whose root is a mapping or a list, when `yaml` would report nothing
 * about it and it can be read the quick way.
 * @param text the decoded text
 * @param maxDepth deepest nesting of collections read (js-yaml's own limit by default): js-yaml
 *   counts every node it enters, so the data of a text it reads never nests deeper than this
 * @returns the data, or undefined when the text needs `yaml`'s parse
 */
export function quickYamlValue(text: string, maxDepth?: number): { data: Record<string, unknown> | unknown[] } | undefined {
  if (SLOW_TEXT.test(text)) return undefined;
  let events: Event[];
  try {
    events = parseEvents(text, maxDepth === undefined ? {} : { maxDepth });
  } catch {
    return undefined;
  }
  if (!plainEvents(events, text)) return undefined;
  let docs: unknown[];
  try {
    docs = constructFromEvents(events, { source: text, schema: CORE, maxAliases: 0 });
  } catch {
    // A duplicate key, among others: `yaml` reports it.
    return undefined;
  }
  const data = docs[0];
  if (docs.length !== 1 || data === null || typeof data !== 'object') return undefined;
  return { data: data as Record<string, unknown> | unknown[] };
}

/**
 * Whether the events are of one document that `yaml` reads to the same data: no directive,
 * document marker, tag, anchor or alias, no flow collection but empty ones, nothing glued to a
 * closing quote, and every mapping key a scalar that is not null.
 */
function plainEvents(events: readonly Event[], text: string): boolean {
  let documents = 0;
  // For each open collection: whether it is a mapping, whether a flow one, and how many children it has had.
  const open: Array<{ map: boolean; flow: boolean; n: number }> = [];
  for (const e of events) {
    const parent = open[open.length - 1];
    const isKey = parent !== undefined && parent.map && parent.n % 2 === 0;
    switch (e.type) {
      case EVENT_ID.DOCUMENT:
        documents++;
        if (documents > 1 || e.explicitStart || e.explicitEnd || e.directives.length > 0) return false;
        open.push({ map: false, flow: false, n: 0 });
        continue;
      case EVENT_ID.SEQUENCE:
      case EVENT_ID.MAPPING:
        if (isKey || e.tagStart !== -1 || e.anchorStart !== -1) return false;
        // A flow collection inside another was read with the outer one, whole.
        if (e.style !== COLLECTION_STYLE.BLOCK && parent?.flow !== true && !SIMPLE_FLOW.test(lineFrom(text, e.start))) return false;
        if (parent !== undefined) parent.n++;
        open.push({ map: e.type === EVENT_ID.MAPPING, flow: e.style !== COLLECTION_STYLE.BLOCK, n: 0 });
        continue;
      case EVENT_ID.SCALAR:
        if (e.tagStart !== -1 || e.anchorStart !== -1) return false;
        if (isKey && e.style === SCALAR_STYLE.PLAIN && NULL_SCALAR.test(text.slice(e.valueStart, e.valueEnd))) return false;
        if (e.style === SCALAR_STYLE.SINGLE_QUOTED || e.style === SCALAR_STYLE.DOUBLE_QUOTED) {
          const quote = e.style === SCALAR_STYLE.SINGLE_QUOTED ? "'" : '"';
          if (text[e.valueEnd] !== quote || !AFTER_QUOTE.test(text.slice(e.valueEnd + 1, e.valueEnd + 3))) return false;
        }
        if (parent !== undefined) parent.n++;
        continue;
      case EVENT_ID.ALIAS:
        return false;
      case EVENT_ID.POP:
        open.pop();
        continue;
    }
  }
  return documents === 1;
}

/** The rest of the line from an offset (without its line feed). */
function lineFrom(text: string, start: number): string {
  const end = text.indexOf('\n', start);
  return end === -1 ? text.slice(start) : text.slice(start, end);
}

/** Where a key or value lies in a text: its first offset and, for a scalar, the offset after it. */
export interface QuickSpan {
  readonly start: number;
  readonly end?: number;
}

/**
 * Where a data path's key or value lies in a clean text (one {@link quickYamlData} answered for),
 * as `yaml`'s tree places it: a plain scalar from its first to its last character, a quoted one
 * with its quotes, a collection where it starts; a missing key at the closest existing ancestor's
 * key. It answers nothing where only the tree can tell (a block scalar, an empty value).
 * @param text the decoded text
 * @param events the text's events (from {@link quickEvents})
 * @param path data path
 * @param target the key or the value
 * @returns the span, or undefined when `yaml`'s tree must be asked
 */
export function quickSpan(text: string, events: readonly Event[], path: ReadonlyArray<string | number>, target: 'key' | 'value'): QuickSpan | undefined {
  if (events[0]?.type !== EVENT_ID.DOCUMENT || events[1] === undefined) return undefined;
  let node = 1;
  let pairKey: number | undefined;
  for (const seg of path) {
    const e = events[node] as Event;
    if (e.type === EVENT_ID.MAPPING) {
      let found: number | undefined;
      for (let j = node + 1; (events[j] as Event).type !== EVENT_ID.POP; j = skip(events, j + 1)) {
        const key = events[j] as Event;
        if (key.type === EVENT_ID.SCALAR && keyString(text, key) === String(seg)) {
          found = j;
          break;
        }
      }
      if (found === undefined) return spanOf(events, pairKey, node, 'key');
      pairKey = found;
      node = found + 1;
    } else if (e.type === EVENT_ID.SEQUENCE && typeof seg === 'number') {
      let j = node + 1;
      for (let n = 0; n < seg && (events[j] as Event).type !== EVENT_ID.POP; n++) j = skip(events, j);
      if (!Number.isInteger(seg) || seg < 0 || (events[j] as Event).type === EVENT_ID.POP) return spanOf(events, pairKey, node, 'key');
      pairKey = undefined;
      node = j;
    } else {
      return spanOf(events, pairKey, node, 'key');
    }
  }
  return spanOf(events, pairKey, node, target);
}

/**
 * The events of a clean text, for {@link quickSpan}.
 * @param text the decoded text
 * @returns its events, or undefined when it cannot be read the quick way
 */
export function quickEvents(text: string): Event[] | undefined {
  try {
    return parseEvents(text, {});
  } catch {
    return undefined;
  }
}

/** The index after the node that starts at `i`. */
function skip(events: readonly Event[], i: number): number {
  const e = events[i] as Event;
  if (e.type !== EVENT_ID.MAPPING && e.type !== EVENT_ID.SEQUENCE) return i + 1;
  let depth = 0;
  for (let j = i; j < events.length; j++) {
    const t = (events[j] as Event).type;
    if (t === EVENT_ID.MAPPING || t === EVENT_ID.SEQUENCE) depth++;
    else if (t === EVENT_ID.POP && --depth === 0) return j + 1;
  }
  return events.length;
}

/** A mapping key as the data holds it (`yaml` compares keys so: the value resolved by the core schema, as text). */
function keyString(text: string, e: Event & { type: typeof EVENT_ID.SCALAR }): string {
  const source = getScalarValue(text, e);
  return e.style === SCALAR_STYLE.PLAIN ? String(CORE.resolveImplicitScalarTag(source).value) : source;
}

/** The span `yaml` gives a node: undefined where it cannot be told from the events. */
function nodeSpan(e: Event): [number, number] | undefined {
  if (e.type === EVENT_ID.MAPPING || e.type === EVENT_ID.SEQUENCE) return [e.start, e.start];
  if (e.type !== EVENT_ID.SCALAR || e.valueStart === -1) return undefined;
  if (e.style === SCALAR_STYLE.PLAIN) return [e.valueStart, e.valueEnd];
  if (e.style === SCALAR_STYLE.SINGLE_QUOTED || e.style === SCALAR_STYLE.DOUBLE_QUOTED) return [e.valueStart - 1, e.valueEnd + 1];
  return undefined;
}

/** As source-file.ts's positionOf: the key's span or the node's, ending where a scalar ends. */
function spanOf(events: readonly Event[], pairKey: number | undefined, node: number, target: 'key' | 'value'): QuickSpan | undefined {
  const e = events[node] as Event;
  const range = target === 'key' && pairKey !== undefined ? nodeSpan(events[pairKey] as Event) : nodeSpan(e);
  if (range === undefined) return undefined;
  return e.type === EVENT_ID.MAPPING || e.type === EVENT_ID.SEQUENCE ? { start: range[0] } : { start: range[0], end: range[1] };
}
