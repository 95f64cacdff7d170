/** A tiny JSON writer with a fixed key order and fixed number formatting, for byte-stable output. */

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
 * A number rounded to 6 decimals, so floating noise cannot leak into output; NaN and infinities
 * become null and −0 becomes 0.
 * @param x any number
 * @returns the rounded number, or null
 */
export function round6(x: number): number | null {
  if (!Number.isFinite(x)) return null;
  if (Number.isInteger(x)) return x === 0 ? 0 : x;
  const r = Math.abs(x) < 1e21 ? Number(x.toFixed(6)) : x;
  return r === 0 ? 0 : r;
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
  if (typeof value === 'number') {
    const r = round6(value);
    return r === null ? 'null' : String(r);
  }
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
