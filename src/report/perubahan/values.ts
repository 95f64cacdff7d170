/**
 * A changed value in words, as the books write it: closed-list labels, names for ids, Rupiah,
 * dates and months in Indonesian, Ya/Tidak, numbers with Indonesian separators. The type of a
 * value comes from the zod schema of its field.
 */
import { z } from 'zod';
import type { DataPath } from '../../diagnostics/diagnostic.js';
import { itemKey, type SideFile } from '../../diff/index.js';
import { RupiahSchema, SCHEMAS, TahunSchema, TanggalSchema, YearMonthSchema, type Kind } from '../../schema/index.js';
import { taxonomy } from '../../taxonomy/index.js';
import { angka, bulan, rupiah, tanggal } from '../format/index.js';
import { yaTidak } from '../labels.js';
import { fieldWords, type FieldWords, type RefKind } from './fields.js';
import { unwrapSchema } from '../../schema/unwrap.js';

/** How a scalar value is written. */
export type ValueType = 'rupiah' | 'tanggal' | 'bulan' | 'tahun' | 'angka' | 'teks' | 'lain';

/** Longest text printed whole; a longer one is cut with "…". */
const MAX_TEXT = 160;

/** A dash for a value that is not there. */
export const KOSONG = '—';

type AnyZod = z.ZodType;

/**
 * The schema of a field.
 * @param kind the kind of file
 * @param path the field's path (indices and map keys included)
 * @returns the field's schema, or undefined when the schema has no such field (free `ekstra` data)
 */
export function schemaOf(kind: Kind, path: DataPath): AnyZod | undefined {
  let s: AnyZod | undefined = unwrapSchema(SCHEMAS[kind] as AnyZod);
  for (const seg of path) {
    if (s === undefined) return undefined;
    if (s instanceof z.ZodObject) {
      const next: AnyZod | undefined = (s.shape as Record<string, AnyZod | undefined>)[String(seg)];
      s = next === undefined ? undefined : unwrapSchema(next);
    } else if (s instanceof z.ZodArray) s = unwrapSchema(s.element as AnyZod);
    else if (s instanceof z.ZodRecord) {
      // The free ekstra map holds anything; a map of scores holds numbers.
      const value = unwrapSchema((s as unknown as { _zod: { def: { valueType: AnyZod } } })._zod.def.valueType);
      s = value instanceof z.ZodUnknown || value instanceof z.ZodAny ? undefined : value;
    } else return undefined;
  }
  return s;
}

function bounds(s: AnyZod): { min?: number; max?: number } {
  const checks = (s as unknown as { _zod: { def: { checks?: Array<{ _zod: { def: { check: string; value?: unknown } } }> } } })._zod.def.checks ?? [];
  const out: { min?: number; max?: number } = {};
  for (const c of checks) {
    const { check, value } = c._zod.def;
    if (typeof value !== 'number') continue;
    if (check === 'greater_than') out.min = value;
    if (check === 'less_than') out.max = value;
  }
  return out;
}

/**
 * How a scalar field's value is written, from its schema.
 * @param schema the field's schema
 * @returns the value type
 */
export function valueType(schema: AnyZod | undefined): ValueType {
  if (schema === undefined) return 'lain';
  if (schema === RupiahSchema) return 'rupiah';
  if (schema === TanggalSchema) return 'tanggal';
  if (schema === YearMonthSchema) return 'bulan';
  if (schema === TahunSchema) return 'tahun';
  if (schema instanceof z.ZodNumber) {
    const b = bounds(schema);
    return b.min !== undefined && b.min >= 1900 && b.max !== undefined && b.max <= 2200 ? 'tahun' : 'angka';
  }
  if (schema instanceof z.ZodString || (schema as unknown as { _zod: { def: { type: string } } })._zod.def.type === 'string') return 'teks';
  return 'lain';
}

/** Names of what ids stand for, in either version of the project. */
export interface NameBook {
  name(ref: RefKind, id: string): string;
}

/**
 * The names of a project's items over two versions: the present name first, else the earlier one.
 * @param versions the files of each version, the present one first
 * @returns the name lookups (an unknown id is its own name)
 */
export function nameBook(versions: ReadonlyArray<readonly SideFile[]>): NameBook {
  const names: Record<RefKind, Map<string, string>> = {
    opd: new Map(), isu: new Map(), quickwin: new Map(), dimensi: new Map(), elemen: new Map(), kriteria: new Map(),
  };
  for (const d of taxonomy().dimensi) {
    names.dimensi.set(d.id, d.nama);
    for (const e of d.elemen) names.elemen.set(e.id, e.nama);
  }
  const put = (map: Map<string, string>, id: string | undefined, value: unknown) => {
    if (id !== undefined && typeof value === 'string' && !map.has(id)) map.set(id, value);
  };
  for (const files of versions) {
    for (const f of files) {
      const data = f.data as Record<string, unknown> | undefined;
      if (data === undefined) continue;
      if (f.kind === 'opd') put(names.opd, f.id, data['singkatan']);
      if (f.kind === 'isu') put(names.isu, f.id, data['judul']);
      if (f.kind === 'quickwin') put(names.quickwin, f.id, data['nama']);
      if (f.kind === 'masterplan') {
        const kriteria = (data['penilaian'] as { kriteria?: Array<{ id: string; nama: string }> } | undefined)?.kriteria ?? [];
        for (const k of kriteria) put(names.kriteria, k.id, k.nama);
      }
    }
  }
  return { name: (ref, id) => names[ref].get(id) ?? id };
}

/**
 * The pattern of a path: `[]` for every index, `*` for every key of a map of the schema.
 * @param kind the kind of file
 * @param path the path
 * @returns e.g. `aplikasi[].status`, `skor.*`
 */
export function patternOf(kind: Kind, path: DataPath): string {
  let out = '';
  for (let i = 0; i < path.length; i++) {
    const seg = path[i] as string | number;
    if (typeof seg === 'number') {
      out += '[]';
      continue;
    }
    const parent = schemaOf(kind, path.slice(0, i));
    const key = parent instanceof z.ZodRecord ? '*' : seg;
    out += out === '' ? key : `.${key}`;
  }
  return out;
}

function cut(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_TEXT ? `${flat.slice(0, MAX_TEXT - 1).trimEnd()}…` : flat;
}

/** What is known about a field while writing its value. */
interface At {
  readonly kind: Kind;
  readonly path: DataPath;
  readonly words: FieldWords | undefined;
}

function at(kind: Kind, path: DataPath): At {
  return { kind, path, words: fieldWords(kind, patternOf(kind, path)) };
}

/**
 * A value in words.
 * @param value the value (undefined when absent)
 * @param kind the kind of file it is in
 * @param path where it is in the file
 * @param names the name lookups
 * @returns the words
 */
export function valueWords(value: unknown, kind: Kind, path: DataPath, names: NameBook): string {
  return words(value, at(kind, path), names);
}

function words(value: unknown, field: At, names: NameBook): string {
  if (value === undefined || value === null) return KOSONG;
  if (typeof value === 'boolean') return yaTidak(value) ?? KOSONG;
  if (typeof value === 'number') {
    const type = valueType(schemaOf(field.kind, field.path));
    if (type === 'rupiah') return rupiah(value);
    if (type === 'tahun' || field.words?.ref !== undefined) return String(value);
    return angka(value);
  }
  if (typeof value === 'string') {
    const label = field.words?.values?.[value];
    if (label !== undefined) return label;
    if (field.words?.ref !== undefined) return names.name(field.words.ref, value);
    const type = valueType(schemaOf(field.kind, field.path));
    if (type === 'tanggal') return tanggal(value);
    if (type === 'bulan') return bulan(value);
    return cut(value);
  }
  if (Array.isArray(value)) return listWords(value, field, names);
  if (typeof value === 'object') {
    const parts = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => {
        const child = at(field.kind, [...field.path, k]);
        // A key of a map (a criterion of `skor`) is named by what it stands for.
        const isMapKey = patternOf(field.kind, child.path).endsWith('*');
        const label = isMapKey && child.words?.ref !== undefined ? names.name(child.words.ref, k) : (child.words?.label ?? k);
        return `${label}: ${words(v, child, names)}`;
      });
    return parts.length > 0 ? parts.join('; ') : KOSONG;
  }
  return typeof value === 'bigint' ? value.toString() : KOSONG;
}

function listWords(list: readonly unknown[], field: At, names: NameBook): string {
  if (list.length === 0) return '(kosong)';
  const key = itemKey(list, list);
  if (key !== undefined) {
    return list.map((item, i) => words((item as Record<string, unknown>)[key], at(field.kind, [...field.path, i, key]), names)).join('; ');
  }
  if (list.every((v) => typeof v === 'object' && v !== null && !Array.isArray(v))) return `${list.length} butir`;
  return list.map((v, i) => words(v, { ...at(field.kind, [...field.path, i]), words: field.words }, names)).join('; ');
}

/**
 * The name of a field, with the items of the lists it is in: `Aplikasi “SiPeDe”: Status`,
 * `Anggaran tahun 2024: Pagu`, `Skor Dampak`.
 * @param kind the kind of file
 * @param path the field's path
 * @param data the file's data in the version the path points into (for the names of list items)
 * @param names the name lookups
 * @returns the label
 */
export function fieldLabel(kind: Kind, path: DataPath, data: unknown, names: NameBook): string {
  const parts: string[] = [];
  // The label of the deepest field since the last list item: a nested field's label says it all.
  let current: string | undefined;
  let node: unknown = data;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i] as string | number;
    const parent = node;
    node = typeof node === 'object' && node !== null ? (node as Record<string | number, unknown>)[seg] : undefined;
    if (typeof seg === 'number') {
      const list = fieldWords(kind, patternOf(kind, path.slice(0, i)));
      parts.push(itemName(list?.item ?? list?.label ?? current ?? '', seg, parent, node));
      current = undefined;
      continue;
    }
    const here = path.slice(0, i + 1);
    const words = fieldWords(kind, patternOf(kind, here));
    if (words?.ref === 'kriteria' && patternOf(kind, here).endsWith('*')) current = `${words.label} ${names.name('kriteria', seg)}`;
    else if (words !== undefined) current = words.label;
    else if (String(path[0]) === 'ekstra') current = `Data tambahan (${here.map(String).join('.')})`;
    else current = here.map(String).join('.');
  }
  if (current !== undefined) parts.push(current);
  return parts.join(': ');
}

/** An item of a list by its name (`Aplikasi “SiPeDe”`, `Anggaran tahun 2024`), else by its place. */
function itemName(item: string, index: number, list: unknown, record: unknown): string {
  const key = Array.isArray(list) ? itemKey(list, list) : undefined;
  const r = typeof record === 'object' && record !== null ? (record as Record<string, unknown>) : undefined;
  const shown = r === undefined ? undefined : typeof r['nama'] === 'string' ? r['nama'] : key !== undefined ? r[key] : undefined;
  if (typeof shown === 'number') return `${item} ${shown}`;
  if (typeof shown === 'string') return `${item} “${shown}”`;
  return `${item} ke-${index + 1}`;
}
