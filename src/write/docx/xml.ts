/**
 * XML text of docx's formatted objects (what a component's `prepForXml` returns, such as
 * `{ 'w:b': { _attr: { 'w:val': false } } }`), written as docx's own writer writes them without
 * indentation, quirks and all, so that the text is the same byte for byte. docx's writer first works
 * the whole tree out into a second tree and only then writes it; this one writes as it goes, so a
 * body can be written one block at a time. Each element is written as one string, its content joined
 * as it is written: no list of parts, no closure, no copy of its keys.
 */

/** A formatted object: one element, its name the first key. */
export type Xmlable = Record<string, unknown>;

// eslint-disable-next-line no-control-regex -- control characters are not allowed in XML; docx drops them.
const ESCAPED = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g;
/** {@link ESCAPED} without its state: whether a string has anything to escape (most have not). */
// eslint-disable-next-line no-control-regex -- as above.
const NEEDS_ESCAPE = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/;

function escapeOne(c: string): string {
  switch (c) {
    case '&':
      return '&amp;';
    case '"':
      return '&quot;';
    case "'":
      return '&apos;';
    case '<':
      return '&lt;';
    case '>':
      return '&gt;';
    default:
      return '';
  }
}

/**
 * A string as docx writes it into XML: escaped, control characters dropped.
 * @param value the string
 * @returns the text to write
 */
export function escapeText(value: string): string {
  return NEEDS_ESCAPE.test(value) ? value.replace(ESCAPED, escapeOne) : value;
}

/**
 * What docx writes for a value of an element's content that is not an element: a string escaped,
 * nothing for undefined, any other value with `String()`.
 * @param value the value
 * @returns its text
 */
export function scalarText(value: unknown): string {
  if (typeof value === 'string') return escapeText(value);
  // docx fails on a null in the content; so does this.
  if (value === null) throw new TypeError('Cannot write null as XML content');
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- docx writes any value with String(), objects too.
  return value === undefined ? '' : String(value);
}

/**
 * The text of one attribute, with the space before it: the value escaped if a string, else written with `String()`.
 * @param key the attribute's name
 * @param value its value
 * @returns ` key="value"`
 */
export function attributeText(key: string, value: unknown): string {
  return ' ' + key + '="' + (typeof value === 'string' ? escapeText(value) : String(value)) + '"';
}

/**
 * The text of an `_attr` object: its own enumerable properties in order (as `Object.entries` gives them).
 * @param attr the attributes by name
 * @returns each attribute with a space before it
 */
export function attributesText(attr: unknown): string {
  let text = '';
  for (const [key, value] of Object.entries(attr as object)) text += attributeText(key, value);
  return text;
}

/**
 * The first key of an object, as `Object.keys(o)[0]` gives it, without making the list of keys: own
 * enumerable string keys come first in a `for…in`, in the same order.
 * @param o the object
 * @returns its first own enumerable string key, if any
 */
export function firstKey(o: object): string | undefined {
  for (const key in o) return Object.hasOwn(o, key) ? key : undefined;
  return undefined;
}

/**
 * The XML of a formatted object.
 * @param data the object
 * @param written text already written for some of the objects in the tree, used in their place
 * @returns the XML text
 */
export function xmlOf(data: Xmlable, written?: ReadonlyMap<object, string>): string {
  return elementXml(data, written);
}

/**
 * The XML of a formatted object, as docx writes it: docx works out an element's tag, attributes and
 * content, then writes its tag, then its content. The content is kept as what was written before its
 * last item and that item: a text item replaces the item before it (the xml package's quirk docx keeps).
 * @param data the object
 * @param written text already written for some of the objects in the tree, used in their place
 * @returns the XML text
 */
export function elementXml(data: Xmlable, written: ReadonlyMap<object, string> | undefined): string {
  const name = firstKey(data);
  const values = name === undefined ? undefined : data[name];
  const open = name ? '<' + name : '';
  if (typeof values !== 'object') return open + (name ? '>' : '') + scalarText(values) + (name ? '</' + name + '>' : '');
  if (values === null) return open + '/>';
  const { _attr: attr, _cdata: cdata } = values as { _attr?: unknown; _cdata?: string };
  let attributes = attr ? attributesText(attr) : '';
  const cdataText = cdata ? `<![CDATA[${cdata.replace(/\]\]>/g, ']]]]><![CDATA[>')}]]>` : '';
  if (!Array.isArray(values)) return cdata ? open + attributes + (name ? '>' : '') + cdataText + (name ? '</' + name + '>' : '') : open + attributes + '/>';
  let before = cdataText;
  let last = '';
  for (const value of values as unknown[]) {
    if (typeof value === 'object') {
      // As docx: a null here fails.
      if (value === null) throw new TypeError('Cannot convert undefined or null to object');
      if (firstKey(value) === '_attr') attributes += attributesText((value as { _attr: unknown })._attr);
      else {
        before += last;
        last = written?.get(value) ?? elementXml(value as Xmlable, written);
      }
    } else last = scalarText(value);
  }
  return open + attributes + (name ? '>' : '') + before + last + (name ? '</' + name + '>' : '');
}
