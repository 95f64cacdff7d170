/**
 * XML text of docx's formatted objects (what a component's `prepForXml` returns, such as
 * `{ 'w:b': { _attr: { 'w:val': false } } }`), written as docx's own writer writes them without
 * indentation, quirks and all, so that the text is the same byte for byte. docx's writer first works
 * the whole tree out into a second tree and only then writes it; this one writes as it goes, so a
 * body can be written one block at a time.
 */

/** A formatted object: one element, its name the first key. */
export type Xmlable = Record<string, unknown>;

const ESCAPES = new Map([
  ['&', '&amp;'],
  ['"', '&quot;'],
  ["'", '&apos;'],
  ['<', '&lt;'],
  ['>', '&gt;'],
]);

// eslint-disable-next-line no-control-regex -- control characters are not allowed in XML; docx drops them.
const ESCAPED = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g;

/** A value as docx writes it into XML: strings escaped, control characters dropped; other values as they are. */
function escapeValue(value: unknown): unknown {
  return typeof value === 'string' ? value.replace(ESCAPED, (c) => ESCAPES.get(c) ?? '') : value;
}

/** What docx writes for an item of an element's content that is not an element. */
function text(value: unknown): string {
  // docx fails on a null in the content; so does this.
  if (value === null) throw new TypeError('Cannot write null as XML content');
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- docx writes any value with String(), objects too.
  return value === undefined ? '' : String(value);
}

/** A value of an element's content that is not an element, written with `String` when the element is written. */
class Scalar {
  constructor(readonly value: unknown) {}
}

/**
 * The XML of a formatted object.
 * @param data the object
 * @param written text already written for some of the objects in the tree, used in their place
 * @returns the XML text
 */
export function xmlOf(data: Xmlable, written?: ReadonlyMap<object, string>): string {
  const out: string[] = [];
  write(data, out, written);
  return out.join('');
}

/**
 * Writes the XML of a formatted object into a list of strings: docx works out an element's tag,
 * attributes and content, then writes its tag, then its content; each element's text is added once.
 */
function write(data: Xmlable, out: string[], written: ReadonlyMap<object, string> | undefined): void {
  const name = Object.keys(data)[0];
  const values = name === undefined ? undefined : data[name];
  const attributes: string[] = [];
  // What the element holds, in order: text already written, elements to write, values to write as text.
  const content: (string | Scalar | Xmlable)[] = [];
  const addAttributes = (attr: Record<string, unknown>): void => {
    for (const [key, value] of Object.entries(attr)) attributes.push(`${key}="${String(escapeValue(value))}"`);
  };
  if (typeof values === 'object') {
    if (values !== null) {
      const { _attr: attr, _cdata: cdata } = values as { _attr?: Record<string, unknown>; _cdata?: string };
      if (attr) addAttributes(attr);
      if (cdata) content.push(`<![CDATA[${cdata.replace(/\]\]>/g, ']]]]><![CDATA[>')}]]>`);
      if (Array.isArray(values)) {
        let isStringContent = false;
        content.push('');
        for (const value of values as unknown[]) {
          if (typeof value === 'object') {
            // As docx: a null here fails.
            if (Object.keys(value as object)[0] === '_attr') addAttributes((value as { _attr: Record<string, unknown> })._attr);
            else content.push(value as Xmlable);
          } else {
            // Text replaces what was written before it in the element, as the xml package did.
            content.pop();
            isStringContent = true;
            const escaped = escapeValue(value);
            content.push(typeof escaped === 'string' ? escaped : new Scalar(escaped));
          }
        }
        if (!isStringContent) content.push('');
      }
    }
  } else {
    const escaped = escapeValue(values);
    content.push(typeof escaped === 'string' ? escaped : new Scalar(escaped));
  }
  out.push((name ? `<${name}` : '') + (attributes.length > 0 ? ` ${attributes.join(' ')}` : '') + (content.length > 0 ? (name ? '>' : '') : '/>'));
  if (content.length === 0) return;
  for (const item of content) {
    if (typeof item === 'string') out.push(item);
    else if (item instanceof Scalar) out.push(text(item.value));
    else {
      const known = written?.get(item);
      if (known !== undefined) out.push(known);
      else write(item, out, written);
    }
  }
  if (name) out.push(`</${name}>`);
}
