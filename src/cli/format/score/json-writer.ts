/** A tiny JSON writer with a fixed key order, for byte-stable output; numbers keep their full precision. */

/** A JSON value whose objects keep the order their entries were given in. */
export type JsonValue = null | boolean | number | string | readonly JsonValue[] | JsonObject;

/** An object as an ordered list of entries (so "123"-like keys are not reordered). */
export interface JsonObject {
  readonly entries: ReadonlyArray<readonly [string, JsonValue]>;
}

/**
 * Builds an ordered object.
 * @param entries key–value pairs in output order
 * @returns the object
 */
export function obj(...entries: Array<readonly [string, JsonValue]>): JsonObject {
  return { entries };
}

/**
 * A number as machine output writes it: at full precision (the shortest text that reads back as the
 * same number, so a script computes with exactly the figures the ranking used); NaN and infinities
 * become null and −0 becomes 0. The computation is deterministic, so the same input still gives the
 * same bytes.
 * @param x any number
 * @returns the number's text, or null
 */
export function numberText(x: number): string | null {
  if (!Number.isFinite(x)) return null;
  return x === 0 ? '0' : String(x);
}

/**
 * Serialises a value with two-space indentation and a final newline.
 * @param value the value
 * @returns JSON text
 */
export function writeJson(value: JsonValue): string {
  return `${write(value, '')}\n`;
}

function write(value: JsonValue, indent: string): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return numberText(value) ?? 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  const inner = `${indent}  `;
  if (isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => inner + write(v, inner)).join(',\n')}\n${indent}]`;
  }
  if (value.entries.length === 0) return '{}';
  return `{\n${value.entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${write(v, inner)}`).join(',\n')}\n${indent}}`;
}

function isArray(value: JsonValue): value is readonly JsonValue[] {
  return Array.isArray(value);
}
