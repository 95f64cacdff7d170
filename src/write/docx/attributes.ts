/**
 * A linear builder for the attributes of docx's `NextAttributeComponent`, the attribute component of
 * most docx elements. docx builds each element's attribute object with a reduce that copies the whole
 * object for every attribute, which makes writing a large book spend much of its time copying and
 * collecting objects. The builder here gives the same object (the same keys in the same order, with
 * the same values) without the copies.
 */
import { NextAttributeComponent } from 'docx';

/** An attribute as docx's elements give it: the XML name and the value, left out when undefined. */
interface AttributeEntry {
  readonly key: string;
  readonly value: unknown;
}

/** What `prepForXml` of an attribute component returns. */
interface Attributes {
  _attr: Record<string, unknown>;
}

/**
 * The attributes of a payload, as docx's `NextAttributeComponent.prepForXml` builds them: the entries
 * in the payload's order, those whose value is undefined left out; a key given twice keeps its first
 * place and takes its last value.
 * @param payload the component's payload, entries by option name
 * @returns the attributes by XML name
 */
export function attributesOf(payload: Readonly<Record<string, AttributeEntry>>): Record<string, unknown> {
  const attributes: Record<string, unknown> = {};
  for (const { key, value } of Object.values(payload)) {
    if (value === undefined) continue;
    // docx defines each key as an own property; assigning `__proto__` would set the prototype instead.
    if (key === '__proto__') Object.defineProperty(attributes, key, { value, enumerable: true, configurable: true, writable: true });
    else attributes[key] = value;
  }
  return attributes;
}

type PrepForXml = (this: { readonly root: Readonly<Record<string, AttributeEntry>> }, context: unknown) => Attributes;

const prototype = NextAttributeComponent.prototype as unknown as { prepForXml: PrepForXml };

/** docx's own `prepForXml` of the component, kept to compare with. */
export const docxPrepForXml: PrepForXml = prototype.prepForXml;

/** The linear builder as the component's `prepForXml`. */
export const linearPrepForXml: PrepForXml = function prepForXml(this: { readonly root: Readonly<Record<string, AttributeEntry>> }): Attributes {
  return { _attr: attributesOf(this.root) };
};

/** Gives docx's `NextAttributeComponent` the linear builder; the XML written stays the same. Idempotent. */
export function useLinearAttributes(): void {
  prototype.prepForXml = linearPrepForXml;
}
