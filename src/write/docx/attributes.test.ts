import fc from 'fast-check';
import { NextAttributeComponent } from 'docx';
import { describe, expect, it } from 'vitest';
import { attributesOf, docxPrepForXml, useLinearAttributes } from './attributes.js';

type Payload = Record<string, { key: string; value: unknown }>;

/** An object's own properties in order, with their descriptors, and its prototype: what "the same object" means here. */
function shape(o: object): unknown {
  return { keys: Reflect.ownKeys(o), descriptors: Object.getOwnPropertyDescriptors(o), proto: Object.getPrototypeOf(o) as unknown };
}

const docx = (root: Payload): Record<string, unknown> => docxPrepForXml.call({ root }, {})._attr;

// Keys that collide, look like array indices (which objects order first), or name Object.prototype's members.
const key = fc.oneof(
  fc.constantFrom('w:val', 'w:w', 'w:type', 'r:id', '0', '1', '10', '2', '__proto__', 'constructor', 'toString', 'hasOwnProperty', ''),
  fc.string({ maxLength: 6 }),
);
const value = fc.oneof(fc.constant(undefined), fc.constant(null), fc.integer(), fc.double(), fc.boolean(), fc.string({ maxLength: 8 }), fc.object({ maxDepth: 1 }));
const payload = fc.array(fc.tuple(fc.oneof(key, fc.string({ maxLength: 4 })), key, value), { maxLength: 14 }).map((entries) => {
  const root: Payload = {};
  for (const [name, k, v] of entries) Object.defineProperty(root, name, { value: { key: k, value: v }, enumerable: true, writable: true, configurable: true });
  return root;
});

describe('attributesOf', () => {
  it("builds the same object as docx's NextAttributeComponent, on any payload", () => {
    fc.assert(
      fc.property(payload, (root) => {
        expect(shape(attributesOf(root))).toEqual(shape(docx(root)));
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps the first place and the last value of a key given twice, and leaves undefined values out', () => {
    const root: Payload = { a: { key: 'w:b', value: 1 }, b: { key: 'w:a', value: 2 }, c: { key: 'w:b', value: 3 }, d: { key: 'w:c', value: undefined } };
    expect(Object.entries(attributesOf(root))).toEqual([['w:b', 3], ['w:a', 2]]);
    expect(shape(attributesOf(root))).toEqual(shape(docx(root)));
  });

  it('writes __proto__ as an attribute, as docx does, without changing the prototype', () => {
    const root: Payload = { a: { key: '__proto__', value: { x: 1 } } };
    const attributes = attributesOf(root);
    expect(Object.getPrototypeOf(attributes)).toBe(Object.prototype);
    expect(Object.keys(attributes)).toEqual(['__proto__']);
    expect(shape(attributes)).toEqual(shape(docx(root)));
  });

  it("replaces docx's builder in its components once installed", () => {
    useLinearAttributes();
    useLinearAttributes();
    const root: Payload = { size: { key: 'w:w', value: 120 }, type: { key: 'w:type', value: 'dxa' }, none: { key: 'w:x', value: undefined } };
    const component = new NextAttributeComponent(root as never);
    expect(component.prepForXml({ stack: [] } as never)).toEqual({ _attr: { 'w:w': 120, 'w:type': 'dxa' } });
    expect(Object.getOwnPropertyDescriptor(NextAttributeComponent.prototype, 'prepForXml')?.value).not.toBe(docxPrepForXml);
  });
});
