/** Field types of the form columns, read from the zod schemas (the only source of types, enums and bounds). */
import { z } from 'zod';
import { ID_PATTERN, RupiahSchema, TahunSchema, YearMonthSchema } from '../schema/index.js';
import { unwrapSchema } from '../schema/unwrap.js';

/** What a form cell holds and how it is validated and read back. */
export type FieldType =
  | { readonly kind: 'text'; readonly long: boolean }
  | { readonly kind: 'int'; readonly min?: number; readonly max?: number; readonly format: 'int' | 'year' | 'rupiah' }
  | { readonly kind: 'number'; readonly min?: number; readonly max?: number }
  | { readonly kind: 'bool' }
  /** `labels`: what the form shows for each option, in the same order (set by the form definition). */
  | { readonly kind: 'enum'; readonly options: readonly string[]; readonly labels?: readonly string[] }
  | { readonly kind: 'ym' }
  | { readonly kind: 'ref' }
  | { readonly kind: 'refs' }
  /** A list of texts in one cell, one per line. */
  | { readonly kind: 'lines' };

type AnyZod = z.ZodType;

/**
 * The schema at a path inside an object schema (`['kepala', 'nama']`), optional wrappers removed.
 * @param root object schema
 * @param path keys from the root; an empty path is the root itself
 * @returns the schema, or undefined when the path does not exist
 */
export function schemaAt(root: AnyZod, path: readonly string[]): AnyZod | undefined {
  let s: AnyZod | undefined = unwrapSchema(root);
  for (const key of path) {
    if (!(s instanceof z.ZodObject)) return undefined;
    const next: AnyZod | undefined = (s.shape as Record<string, AnyZod | undefined>)[key];
    s = next === undefined ? undefined : unwrapSchema(next);
  }
  return s;
}

/**
 * The element schema of an array field (`aplikasi` → one application).
 * @param root object schema
 * @param key array field
 * @returns the element schema
 */
export function elementOf(root: AnyZod, key: string): AnyZod {
  const s = schemaAt(root, [key]);
  if (!(s instanceof z.ZodArray)) throw new Error(`${key} is not a list in the schema`);
  return unwrapSchema(s.element as AnyZod);
}

interface CheckDef {
  readonly check: string;
  readonly value?: unknown;
  readonly format?: string;
  readonly pattern?: RegExp;
}

function checks(s: AnyZod): CheckDef[] {
  const def = (s as unknown as { _zod: { def: { checks?: Array<{ _zod: { def: CheckDef } }> } } })._zod.def;
  return (def.checks ?? []).map((c) => c._zod.def);
}

function bounds(s: AnyZod): { min?: number; max?: number } {
  let min: number | undefined;
  let max: number | undefined;
  for (const c of checks(s)) {
    if (c.check === 'greater_than' && typeof c.value === 'number') min = Math.max(min ?? -Infinity, c.value);
    if (c.check === 'less_than' && typeof c.value === 'number' && c.value < Number.MAX_SAFE_INTEGER) max = Math.min(max ?? Infinity, c.value);
  }
  return { ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
}

/**
 * Classifies the schema of one field.
 * @param root object schema of the record (OPD, application row, quick win …)
 * @param path field path inside the record; empty for a list of plain texts
 * @param long whether a text field holds paragraphs (wider, wrapped column)
 * @returns the field type
 * @throws Error when the schema has no such field or a type the forms cannot hold (a programming error)
 */
export function fieldType(root: AnyZod, path: readonly string[], long = false): FieldType {
  const s = schemaAt(root, path);
  if (s === undefined) throw new Error(`no field ${path.join('.')} in the schema`);
  if (s === YearMonthSchema) return { kind: 'ym' };
  if (s instanceof z.ZodEnum) return { kind: 'enum', options: s.options as string[] };
  if (s instanceof z.ZodBoolean) return { kind: 'bool' };
  if (s instanceof z.ZodNumber) {
    const b = bounds(s);
    const isInt = checks(s).some((c) => c.check === 'number_format' && (c.format === 'safeint' || c.format === 'int32'));
    if (!isInt) return { kind: 'number', ...b };
    const format = s === RupiahSchema ? 'rupiah' : s === TahunSchema || (b.min !== undefined && b.min >= 1900 && b.max !== undefined && b.max <= 2200) ? 'year' : 'int';
    return { kind: 'int', ...b, format };
  }
  if (s instanceof z.ZodArray) {
    const el = unwrapSchema(s.element as AnyZod);
    // A list of ids is written comma-separated in one cell; a list of texts one per line.
    if (el instanceof z.ZodString) {
      const isRef = checks(el).some((c) => c.format === 'regex' && c.pattern?.source === ID_PATTERN.source);
      return isRef ? { kind: 'refs' } : { kind: 'lines' };
    }
    throw new Error(`field ${path.join('.')} is a list of records; give it its own sheet`);
  }
  // String formats (email, url) are not ZodString instances in zod 4; their definition type is.
  if ((s as unknown as { _zod: { def: { type: string } } })._zod.def.type === 'string') {
    const isRef = checks(s).some((c) => c.format === 'regex' && c.pattern?.source === ID_PATTERN.source);
    return isRef ? { kind: 'ref' } : { kind: 'text', long };
  }
  throw new Error(`field ${path.join('.')} has a type the forms do not support`);
}
