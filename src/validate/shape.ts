/** Shape check: parses each file's data with its zod schema and maps every issue to a positioned diagnostic. */
import type { Node } from 'yaml';
import { z } from 'zod';
import { diagnostic } from '../diagnostics/catalogue.js';
import { TEXT_FORMATS } from '../diagnostics/codes/schema.js';
import { dottedPath, type DataPath, type Diagnostic } from '../diagnostics/diagnostic.js';
import { locate, type SourceFile } from '../load/index.js';
import { yamlLib } from '../load/yaml-lib.js';
import { SCHEMAS } from '../schema/index.js';
import { unwrapSchema } from '../schema/unwrap.js';
import { suggest } from './suggest.js';

type Issue = z.core.$ZodIssue;

/** Whether an issue message names one of the text formats the catalogue describes (`format-ym` …). */
const isTextFormat = (message: string) => Object.prototype.hasOwnProperty.call(TEXT_FORMATS, message);

/** What the shape check of one file gives: the parsed value when valid, and the diagnostics. */
export interface ShapeCheck {
  readonly value?: unknown;
  readonly diagnostics: Diagnostic[];
}

/**
 * Parses a source file's data with the schema of its kind.
 * @param file a file whose YAML loaded cleanly
 * @returns the parsed value when valid, and the diagnostics
 */
export function checkShape(file: SourceFile): ShapeCheck {
  const schema = SCHEMAS[file.kind] as z.ZodType;
  const data = withoutEmpty(file.data);
  const splits = commaSplits(file);
  // Without zod's compiled fast path: compiling it costs more than it saves on a project's files.
  const result = schema.safeParse(data, { jitless: true });
  if (result.success && splits.length === 0) return { value: result.data, diagnostics: [] };
  if (result.success) return { diagnostics: splits };
  const diagnostics: Diagnostic[] = [...splits];
  const seen = new Set<string>();
  for (const issue of result.error.issues) {
    for (const d of issueToDiagnostics(file, data, issue, schema)) {
      const key = `${d.code}|${d.path ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      diagnostics.push(d);
    }
  }
  // A misspelt key shows up twice: as an unknown key and as the field it should have been. The
  // unknown-key message already names the field, so the second report is dropped.
  const suggested = new Set(
    diagnostics.filter((d) => d.code === 'schema/unknown-key' && d.args['suggestion'] !== undefined).map((d) => {
      const parent = (d.path ?? '').replace(/\.?[^.[\]]+$/, '');
      return parent === '' ? String(d.args['suggestion']) : `${parent}.${String(d.args['suggestion'])}`;
    }),
  );
  return { diagnostics: diagnostics.filter((d) => !(d.code === 'schema/required' && suggested.has(d.path ?? ''))) };
}

/**
 * The data as the schemas read it: a key left empty (`sdm:` with nothing after it) is a key not
 * answered yet, the same as no key at all, so a scaffold can show a key without answering it and an
 * empty required key is "wajib diisi". Items of a list are kept (an empty item is an error), and
 * `ekstra` is kept as written.
 * @param value parsed YAML data
 * @returns the data without empty mapping entries
 */
export function withoutEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmpty);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (v === null) continue;
    out[k] = k === 'ekstra' ? v : withoutEmpty(v);
  }
  return out;
}

function issueToDiagnostics(file: SourceFile, data: unknown, issue: Issue, root: z.ZodType): Diagnostic[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const field = dottedPath(path) || '(berkas)';
  const value = valueAt(data, path);
  const opts = (p: DataPath) => ({ path: dottedPath(p) });
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const keyPath = [...path, key];
        const allowed = keysAt(root, path);
        const suggestion = suggest(key, allowed);
        return diagnostic('schema/unknown-key', locate(file, keyPath, 'key'), {
          key,
          ...(suggestion !== undefined ? { suggestion } : {}),
        }, opts(keyPath));
      });
    case 'invalid_type': {
      if (value === undefined) return [diagnostic('schema/required', locate(file, path, 'key'), { field }, opts(path))];
      return [diagnostic('schema/type', locate(file, path), { field, expected: issue.expected, found: typeName(value) }, opts(path))];
    }
    case 'invalid_value':
      // An absent, empty or blank value is a missing answer, not a wrong choice.
      if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
        return [diagnostic('schema/required', locate(file, path, 'key'), { field }, opts(path))];
      }
      return [diagnostic('schema/enum', locate(file, path), {
        field, value: display(value), options: issue.values.map((v) => String(v)).join(', '),
      }, opts(path))];
    case 'too_small': {
      if (issue.origin === 'number' && issue.inclusive === false && Number(issue.minimum) === 0) {
        return [diagnostic('schema/must-be-positive', locate(file, path), { field }, opts(path))];
      }
      if (issue.origin === 'string') return [diagnostic('schema/text-empty', locate(file, path), { field }, opts(path))];
      const unit = issue.origin === 'array' ? 'items' : 'value';
      return [diagnostic('schema/too-small', locate(file, path), { field, minimum: Number(issue.minimum), unit }, opts(path))];
    }
    case 'too_big': {
      const unit = issue.origin === 'array' ? 'items' : 'value';
      return [diagnostic('schema/too-big', locate(file, path), { field, maximum: Number(issue.maximum), unit }, opts(path))];
    }
    case 'invalid_format': {
      if (issue.message === 'text-empty') return [diagnostic('schema/text-empty', locate(file, path), { field }, opts(path))];
      const format = isTextFormat(issue.message) ? issue.message : issue.format;
      return [diagnostic('schema/format', locate(file, path), { field, value: display(value), format }, opts(path))];
    }
    case 'invalid_key': {
      const key = path[path.length - 1];
      return [diagnostic('schema/format', locate(file, path, 'key'), { field, value: String(key), format: 'format-id' }, opts(path))];
    }
    case 'invalid_union': {
      // A value that has the shape of one alternative (a mapping where text or a mapping is allowed)
      // is reported by that alternative's own findings.
      const fits = issue.errors.filter((branch) => !branch.every((i) => i.code === 'invalid_type' && i.path.length === 0));
      const only = fits.length === 1 ? fits[0] : undefined;
      if (only !== undefined) {
        return only.flatMap((inner) => issueToDiagnostics(file, data, { ...inner, path: [...issue.path, ...inner.path] }, root));
      }
      return fallback(file, issue, path, field, value, opts);
    }
    case 'invalid_element':
    case 'custom':
    case 'not_multiple_of':
    default:
      return fallback(file, issue, path, field, value, opts);
  }
}

function fallback(
  file: SourceFile, issue: Issue, path: Array<string | number>, field: string, value: unknown, opts: (p: DataPath) => { path: string },
): Diagnostic[] {
  if (isTextFormat(issue.message)) {
    return [diagnostic('schema/format', locate(file, path), { field, value: display(value), format: issue.message }, opts(path))];
  }
  return [diagnostic('schema/invalid', locate(file, path), { field, detail: issue.message }, opts(path))];
}

/**
 * Entries of a `{ }` mapping that an unquoted comma split off a value: `{ bandwidth_mbps: 1,4 persen }`
 * reads as `bandwidth_mbps: 1` and a key "4 persen" written without a colon. Such an entry is never
 * meant (a key without a colon after a value), so it is reported with a hint about quoting.
 * @param file the source file
 * @returns one diagnostic per split-off entry
 */
function commaSplits(file: SourceFile): Diagnostic[] {
  // Only a `{ }` mapping can split so; a file without one needs no YAML tree.
  if (!file.text.includes('{')) return [];
  const { isMap, isScalar, isSeq } = yamlLib();
  const out: Diagnostic[] = [];
  const walk = (node: unknown, path: Array<string | number>): void => {
    if (isSeq(node)) node.items.forEach((item, i) => walk(item, [...path, i]));
    if (!isMap(node)) return;
    node.items.forEach((pair, i) => {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      const previous = node.items[i - 1];
      if (node.flow && key !== undefined && pair.value === null && previous !== undefined && isScalar(previous.value) && previous.value.value !== null) {
        const from = (previous.value as Node).range?.[0];
        const to = (pair.key as Node).range?.[1];
        if (from !== undefined && to !== undefined) {
          const keyPath = [...path, key];
          out.push(diagnostic('schema/unknown-key', locate(file, keyPath, 'key'), { key, quote: file.text.slice(from, to).trim() }, { path: dottedPath(keyPath) }));
        }
      }
      if (key !== undefined) walk(pair.value, [...path, key]);
    });
  };
  walk(file.document?.contents, []);
  return out;
}

/**
 * Reads the value at a data path of plain data.
 * @param data root value
 * @param path path segments
 * @returns the value, or undefined when absent
 */
export function valueAt(data: unknown, path: DataPath): unknown {
  let cur: unknown = data;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(cur, seg)) return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur;
}

/** The keys an object schema allows at a data path (for "did you mean" suggestions). */
export function keysAt(root: z.ZodType, path: DataPath): string[] {
  let s: z.ZodType | undefined = root;
  for (const seg of path) {
    s = objectOf(unwrap(s));
    if (s === undefined) return [];
    if (s instanceof z.ZodObject) s = (s.shape as Record<string, z.ZodType>)[String(seg)];
    else if (s instanceof z.ZodArray) s = s.element as z.ZodType;
    else return [];
  }
  s = objectOf(unwrap(s));
  return s instanceof z.ZodObject ? Object.keys(s.shape) : [];
}

/** A union's one object alternative (text or a mapping: the mapping), else the schema itself. */
function objectOf(s: z.ZodType | undefined): z.ZodType | undefined {
  if (!(s instanceof z.ZodUnion)) return s;
  const objects = (s.options as z.ZodType[]).filter((o) => unwrap(o) instanceof z.ZodObject);
  return objects.length === 1 ? unwrap(objects[0]) : s;
}

function unwrap(s: z.ZodType | undefined): z.ZodType | undefined {
  return s === undefined ? undefined : unwrapSchema(s);
}

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

function display(v: unknown): string {
  if (typeof v === 'string') return v.length > 60 ? `${v.slice(0, 57)}…` : v;
  if (v === undefined) return '';
  // JSON.stringify gives undefined for what JSON cannot hold, which its type does not say.
  const s = (JSON.stringify(v) as string | undefined) ?? typeName(v);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}
