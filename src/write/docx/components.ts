/**
 * XML text of docx's components written from the components themselves, the same text as docx's
 * formatting (`prepForXml`, which builds a tree of objects) and writing (`xml.ts`) of them give, without
 * the tree. docx's own `prepForXml` is written here for the components whose formatting is plain:
 * `XmlComponent`'s (the element's children in order, each formatted where it is), `IgnoreIfEmpty`'s
 * (the same, left out when it has nothing), the attribute components', and those of paragraphs,
 * paragraph properties, tables, rows and cells when what they do before their children are formatted
 * does not apply (a paragraph without external hyperlinks, properties without numbering, a cell that
 * ends with a paragraph, a row without its own keep-next) or is docx's own method (a table's cell
 * widths). Any other component is formatted by docx and its object written as such, in its place, so
 * that everything docx does while formatting (relationships, numbering, the context's stack) happens
 * in the same order.
 */
import {
  elementOf,
  IgnoreIfEmptyXmlComponent,
  isXmlComponent,
  Paragraph,
  ParagraphProperties,
  Table,
  TableCell,
  TableRow,
  XmlAttributeComponent,
  XmlComponent,
} from 'docx';
import { docxPrepForXml, linearPrepForXml } from './attributes.js';
import { attributesText, attributeText, elementXml, firstKey, scalarText, type Xmlable } from './xml.js';

/** docx's formatting context, as far as it is used here. */
export interface FormatContext {
  readonly stack: unknown[];
}

type Method = (this: unknown, context: FormatContext) => unknown;

/** A docx component, as far as it is read here. */
interface Component {
  readonly rootKey?: unknown;
  readonly root?: unknown;
  readonly prepForXml: Method;
  readonly writtenAs?: readonly Component[];
  readonly includeIfEmpty?: unknown;
  readonly numbering?: unknown;
  readonly xmlKeys?: Readonly<Record<string, unknown>>;
  readonly columnWidths?: unknown;
  readonly cells?: readonly unknown[];
  readonly options?: { readonly keepNext?: unknown };
  setCellWidths?(width: unknown): void;
  resolveAvailableWidth?(context: FormatContext): unknown;
}

const method = (prototype: object): Method => (prototype as { prepForXml: Method }).prepForXml;

const GENERIC = method(XmlComponent.prototype);
const IGNORE_IF_EMPTY = method(IgnoreIfEmptyXmlComponent.prototype);
const XML_ATTRIBUTES = method(XmlAttributeComponent.prototype);
const NEXT_ATTRIBUTES = docxPrepForXml as Method;
const LINEAR_NEXT_ATTRIBUTES = linearPrepForXml as Method;
const PARAGRAPH = method(Paragraph.prototype);
const PARAGRAPH_PROPERTIES = method(ParagraphProperties.prototype);
const TABLE = method(Table.prototype);
const TABLE_ROW = method(TableRow.prototype);
const TABLE_CELL = method(TableCell.prototype);

/** How a component is written: as its children (kept if empty or not), left out, as attributes, or formatted by docx. */
type Kind = 'element' | 'unlessEmpty' | 'leftOut' | 'attributes' | 'nextAttributes' | 'formatted';

/** Whether an element name can be written from the component: docx's writer takes an empty one or `_attr` for no element. */
const isName = (key: unknown): key is string => typeof key === 'string' && key !== '' && key !== '_attr';

/**
 * How a component is written, after what docx's `prepForXml` does before it formats the children
 * (a table's cell widths) when that is done here.
 * @param c the component
 * @param prep its `prepForXml`
 * @param context the formatting context
 * @returns the kind
 */
function prepare(c: Component, prep: Method, context: FormatContext): Kind {
  if (prep === GENERIC) return isName(c.rootKey) ? 'element' : 'formatted';
  if (prep === XML_ATTRIBUTES) return 'attributes';
  if (prep === LINEAR_NEXT_ATTRIBUTES || prep === NEXT_ATTRIBUTES) return 'nextAttributes';
  if (!isName(c.rootKey)) return 'formatted';
  const root = c.root as unknown[];
  if (prep === IGNORE_IF_EMPTY) return c.includeIfEmpty ? 'element' : 'unlessEmpty';
  if (prep === PARAGRAPH) {
    for (const e of root) if (elementOf(e) === 'w:externalHyperlink') return 'formatted';
    return 'element';
  }
  if (prep === PARAGRAPH_PROPERTIES) return c.numbering ? 'formatted' : c.includeIfEmpty ? 'element' : 'unlessEmpty';
  if (prep === TABLE_CELL) return elementOf(root[root.length - 1]) === 'w:p' ? 'element' : 'formatted';
  if (prep === TABLE_ROW) return (c.cells ?? []).length === 0 ? 'leftOut' : c.options?.keepNext === undefined ? 'element' : 'formatted';
  if (prep === TABLE && c.columnWidths !== undefined && c.setCellWidths && c.resolveAvailableWidth) {
    c.setCellWidths(c.resolveAvailableWidth(context));
    return 'element';
  }
  return 'formatted';
}

/** Attribute names collected while one component's attributes are written: the first {@link named}. */
const names: string[] = [];
let named = 0;

/**
 * Whether an attribute can be written in its place: not a name given twice (docx keeps its first
 * place and last value), not one that objects order first (an array index), not `__proto__`.
 */
function plainName(key: unknown): key is string {
  if (typeof key !== 'string' || key === '__proto__') return false;
  const c = key.charCodeAt(0);
  if (c >= 48 && c <= 57) return false;
  for (let i = 0; i < named; i++) if (names[i] === key) return false;
  names[named++] = key;
  return true;
}

/**
 * The attributes of a `NextAttributeComponent`, as its `prepForXml` builds them and docx writes them:
 * its payload's entries in order, those with an undefined value left out.
 * @param root the payload
 * @returns their text, or undefined when they are to be built as docx builds them
 */
function nextAttributesText(root: unknown): string | undefined {
  if (typeof root !== 'object' || root === null) return undefined;
  named = 0;
  let text = '';
  for (const option in root) {
    if (!Object.hasOwn(root, option)) continue;
    const { key, value } = (root as Record<string, { key: unknown; value: unknown }>)[option] as { key: unknown; value: unknown };
    if (value === undefined) continue;
    if (!plainName(key)) return undefined;
    text += attributeText(key, value);
  }
  return text;
}

/**
 * The attributes of an `XmlAttributeComponent`, as its `prepForXml` builds them: its entries in order,
 * named by its `xmlKeys`, those with an undefined value left out.
 * @param c the component
 * @returns their text, or undefined when they are to be built as docx builds them
 */
function xmlAttributesText(c: Component): string | undefined {
  const { root, xmlKeys } = c;
  if (typeof root !== 'object' || root === null) return undefined;
  named = 0;
  let text = '';
  for (const key in root) {
    if (!Object.hasOwn(root, key)) continue;
    const value = (root as Record<string, unknown>)[key];
    if (value === undefined) continue;
    // As docx: a name that is not given, or empty, is the key.
    // eslint-disable-next-line @typescript-eslint/prefer-optional-chain, @typescript-eslint/prefer-nullish-coalescing -- docx's own expression, falsy names included.
    const name = (xmlKeys && xmlKeys[key]) || key;
    if (!plainName(name)) return undefined;
    text += attributeText(name, value);
  }
  return text;
}

/** The tags of an element: `<name`, `<name>`, `</name>` and `<name/>`. */
interface Tags {
  readonly open: string;
  readonly start: string;
  readonly end: string;
  readonly empty: string;
}

const tagsByName = new Map<string, Tags>();

function tagsOf(name: string): Tags {
  let tags = tagsByName.get(name);
  if (tags === undefined) {
    tags = { open: '<' + name, start: '<' + name + '>', end: '</' + name + '>', empty: '<' + name + '/>' };
    tagsByName.set(name, tags);
  }
  return tags;
}

/**
 * What has been written of an element's content: docx's formatted children, as its writer takes
 * them. The attributes go into the tag; a text item replaces the item before it; a single child that
 * is attributes makes the element their tag alone.
 */
class Content {
  attributes = '';
  /** The content before its last item, and that item. */
  before = '';
  last = '';
  /** How many children the element has (docx's formatted children, undefined ones left out). */
  count = 0;
  /** The only child, while there is one and it is a formatted object. */
  only: unknown = undefined;
  /** Whether the only child is attributes written here. */
  onlyAttributes = false;

  reset(): void {
    this.attributes = '';
    this.before = '';
    this.last = '';
    this.count = 0;
    this.only = undefined;
    this.onlyAttributes = false;
  }

  /** Adds a child docx formatted. */
  formatted(value: unknown): void {
    if (value === undefined) return;
    if (++this.count === 1) this.only = value;
    if (typeof value === 'object') {
      if (value === null) throw new TypeError('Cannot convert undefined or null to object');
      if (firstKey(value) === '_attr') this.attributes += attributesText((value as { _attr: unknown })._attr);
      else {
        this.before += this.last;
        this.last = elementXml(value as Xmlable, undefined);
      }
    } else this.last = scalarText(value);
  }

  /** Adds a child element written here. */
  element(text: string): void {
    if (++this.count === 1) this.only = undefined;
    this.before += this.last;
    this.last = text;
  }

  /** Adds a child that is attributes, written here. */
  attributesOf(text: string): void {
    if (++this.count === 1) {
      this.only = undefined;
      this.onlyAttributes = true;
    }
    this.attributes += text;
  }

  /**
   * The element's text.
   * @param name its name
   * @param unlessEmpty whether it is left out when it has no children
   * @returns the text, or undefined when it is left out
   */
  text(name: string, unlessEmpty: boolean): string | undefined {
    if (this.count === 0) return unlessEmpty ? undefined : tagsOf(name).empty;
    if (this.count === 1) {
      if (this.onlyAttributes) return tagsOf(name).open + this.attributes + '/>';
      const only = this.only;
      if (only !== undefined && only !== null && (only as { _attr?: unknown })._attr) {
        // docx gives the element its only child itself, as the xml package writes it.
        if (unlessEmpty && typeof only === 'object' && Object.keys(only).length === 0) return undefined;
        return elementXml({ [name]: only }, undefined);
      }
    }
    const tags = tagsOf(name);
    return (this.attributes === '' ? tags.start : tags.open + this.attributes + '>') + this.before + this.last + tags.end;
  }
}

/** One {@link Content} for each depth of the tree being written. */
const contents: Content[] = [];
let depth = 0;

/**
 * Writes an element from its component: its children formatted or written in order, within the
 * component on the context's stack, as `XmlComponent.prepForXml` formats them.
 */
function elementText(c: Component, context: FormatContext, unlessEmpty: boolean): string | undefined {
  context.stack.push(c);
  const content = (contents[depth] ??= new Content());
  content.reset();
  depth++;
  for (const child of c.root as unknown[]) {
    if (isXmlComponent(child)) {
      const parts = (child as unknown as Component).writtenAs;
      if (parts) for (const part of parts) addPart(part, context, content, true);
      else addPart(child as unknown as Component, context, content, false);
    } else if (Array.isArray(child)) for (const value of child as unknown[]) content.formatted(value);
    else content.formatted(child);
  }
  depth--;
  context.stack.pop();
  return content.text(c.rootKey as string, unlessEmpty);
}

/** Adds a child component to its parent's content: written here, or formatted by docx (an array it gives is its children, unless it is a part). */
function addPart(c: Component, context: FormatContext, content: Content, part: boolean): void {
  const prep = c.prepForXml;
  const kind = prepare(c, prep, context);
  if (kind === 'element' || kind === 'unlessEmpty') {
    const text = elementText(c, context, kind === 'unlessEmpty');
    if (text !== undefined) content.element(text);
    return;
  }
  if (kind === 'leftOut') return;
  if (kind === 'attributes' || kind === 'nextAttributes') {
    const text = kind === 'attributes' ? xmlAttributesText(c) : nextAttributesText(c.root);
    if (text !== undefined) {
      content.attributesOf(text);
      return;
    }
  }
  const value = prep.call(c, context);
  if (!part && Array.isArray(value)) for (const v of value as unknown[]) content.formatted(v);
  else content.formatted(value);
}

/** What docx's `prepForXml` gave for a component that is not written here. */
export class Formatted {
  constructor(readonly value: unknown) {}
}

/**
 * The XML of a component, as docx formats and writes it.
 * @param component the component
 * @param context the formatting context
 * @param prep its `prepForXml` (by default the one it has)
 * @returns the XML of the element it makes; undefined when docx leaves it out; or, when it does not
 *   make an element written here, what docx's `prepForXml` gave, to be written as such
 */
export function componentXml(component: object, context: FormatContext, prep: Method = (component as Component).prepForXml): string | undefined | Formatted {
  const c = component as Component;
  const kind = prepare(c, prep, context);
  if (kind === 'leftOut') return undefined;
  if (kind !== 'element' && kind !== 'unlessEmpty') return new Formatted(prep.call(c, context));
  const saved = depth;
  try {
    return elementText(c, context, kind === 'unlessEmpty');
  } finally {
    depth = saved;
  }
}
