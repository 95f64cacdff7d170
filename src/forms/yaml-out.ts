/**
 * Writes an imported record as YAML. An existing file keeps its text: only what changed is
 * touched — a changed value is replaced in place in its quoting, a removed entry or row loses its
 * lines, an added one is written after its neighbours — so comments, layout, quoting and the
 * flow or block style of every other node stay as they were. A new file gets the schema line and a note.
 */
import { isMap, isScalar, isSeq, parseDocument, stringify, type Document, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import { isRaw, type Raw } from './form-input.js';

/** The first line of a note naming the form a file was imported from. */
export const IMPORT_NOTE = 'Diimpor dari formulir';

/** Deep equality of plain data, ignoring key order. */
function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => equal(x, b[i]));
  if (isRaw(a) && isRaw(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => equal(a[k], b[k]));
  }
  return false;
}

function isScalarValue(v: unknown): v is string | number | boolean {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}

/** A scalar as YAML source on one line: plain when that reads back the same, else double-quoted. */
function scalarSource(v: string | number | boolean): string {
  if (typeof v !== 'string') return String(v);
  const plain = stringify(v, { lineWidth: 0 }).trimEnd();
  return plain.includes('\n') || plain.startsWith('|') || plain.startsWith('>') ? JSON.stringify(v) : plain;
}

interface Splice {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Patches a node towards a value (the fallback when an edit cannot be placed); returns the node to keep in place. */
function patch(doc: Document, node: Node | null, value: unknown): Node {
  if (isMap(node) && isRaw(value)) {
    for (const pair of [...node.items]) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (key === undefined || value[key] === undefined) node.items.splice(node.items.indexOf(pair), 1);
    }
    for (const [k, v] of Object.entries(value)) {
      if (v === undefined) continue;
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === k);
      if (pair === undefined) node.set(k, doc.createNode(v));
      else if (!equal((pair.value as Node | null)?.toJSON(), v)) pair.value = patch(doc, pair.value as Node | null, v);
    }
    return node;
  }
  if (isSeq(node) && Array.isArray(value)) {
    value.forEach((v, i) => {
      if (i < node.items.length) {
        const item = node.items[i] as Node;
        if (!equal(item.toJSON(), v)) node.items[i] = patch(doc, item, v);
      } else node.items.push(doc.createNode(v));
    });
    node.items.splice(value.length);
    return node;
  }
  if (isScalar(node) && isScalarValue(value)) {
    node.value = value;
    return node;
  }
  return doc.createNode(value);
}

/**
 * Puts the import note right after the schema line (replacing an earlier note).
 * @param text YAML text
 * @param note the note, without `# `
 * @returns the text with the note
 */
export function withNote(text: string, note: string): string {
  const lines = text.split('\n');
  const kept = lines.filter((l) => !l.startsWith(`# ${IMPORT_NOTE}`));
  const at = kept[0]?.startsWith('# yaml-language-server:') ? 1 : 0;
  kept.splice(at, 0, `# ${note}`);
  return kept.join('\n');
}

/**
 * The new text of an existing YAML file holding `data`.
 * @param text the file's current text
 * @param data the merged record
 * @param note the import note
 * @returns the new text (equal to `text` when nothing changed)
 */
export function updateYaml(text: string, data: Raw, note: string): string {
  const doc = parseDocument(text, { keepSourceTokens: false });
  if (equal(withoutNulls(doc.toJSON()), withoutNulls(data))) return text;
  let next: string | undefined;
  if (doc.errors.length === 0) {
    const splices: Splice[] = [];
    if (edit(text, doc.contents, data, splices)) next = applySplices(text, splices);
    // The edit must read back as exactly the record; anything it cannot place is written whole.
    if (next !== undefined && !equal(withoutNulls(parseDocument(next).toJSON()), withoutNulls(data))) next = undefined;
  }
  if (next === undefined) {
    doc.contents = patch(doc, doc.contents, data) as typeof doc.contents;
    next = doc.toString();
  }
  return withNote(next, note);
}

/** Plain data with empty mapping values left out: `key:` with nothing after it is no answer. */
function withoutNulls(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(withoutNulls);
  if (!isRaw(v)) return v;
  return Object.fromEntries(Object.entries(v).filter(([, x]) => x !== null && x !== undefined).map(([k, x]) => [k, withoutNulls(x)]));
}

function applySplices(text: string, splices: readonly Splice[]): string {
  // Later edits first, so earlier offsets stay valid; at one offset, insertions keep their order.
  const ordered = splices.map((sp, i) => ({ sp, i })).sort((a, b) => b.sp.start - a.sp.start || b.i - a.i);
  let out = text;
  let limit = Infinity;
  for (const { sp } of ordered) {
    if (sp.end > limit) return text;
    out = out.slice(0, sp.start) + sp.text + out.slice(sp.end);
    limit = sp.start;
  }
  return out;
}

/** Offset of the start of the line holding `pos`. */
function lineStart(text: string, pos: number): number {
  return text.lastIndexOf('\n', pos - 1) + 1;
}

/** Offset just after the line break that ends the line holding `pos - 1` (a range end). */
function lineEnd(text: string, pos: number): number {
  if (pos > 0 && text[pos - 1] === '\n') return pos;
  const nl = text.indexOf('\n', pos);
  return nl === -1 ? text.length : nl + 1;
}

/** The column (0-based) of an offset. */
function columnOf(text: string, pos: number): number {
  return pos - lineStart(text, pos);
}

/** YAML lines for a value under a key or as list items, indented by `indent` spaces, ending in a line break. */
function block(value: unknown, indent: number): string {
  const body = stringify(value, { lineWidth: 0 }).replace(/\n$/, '');
  return `${body.split('\n').map((l) => `${' '.repeat(indent)}${l}`).join('\n')}\n`;
}

/** A value written on one line in flow style, as a flow collection holds it. */
function flow(value: unknown): string {
  return stringify(value, { collectionStyle: 'flow', lineWidth: 0 }).trim();
}

/** A scalar in the quoting style the file used for it, when that style can hold the new value. */
function scalarIn(node: Node, v: string | number | boolean): string {
  const type = isScalar(node) ? node.type : undefined;
  if (typeof v === 'string' && !v.includes('\n')) {
    if (type === 'QUOTE_DOUBLE') return JSON.stringify(v);
    if (type === 'QUOTE_SINGLE') return `'${v.replace(/'/g, "''")}'`;
  }
  return scalarSource(v);
}

const isEmptyNode = (n: unknown) => n === null || n === undefined || (isScalar(n) && n.value === null);

/**
 * Collects the splices that turn a node's text into a value's, touching only what changed: a
 * changed scalar is replaced in place (in its quoting), a removed entry or row loses its lines, an
 * added one is written after its neighbours, and untouched nodes keep their text, comments and
 * style. Returns false for a change it cannot place (the caller then writes the document whole).
 */
function edit(text: string, node: Node | null, value: unknown, out: Splice[]): boolean {
  if (equal(withoutNulls(node === null ? null : (node as { toJSON(): unknown }).toJSON()), withoutNulls(value))) return true;
  if (node === null) return false;
  const range = node.range;
  if (range === undefined || range === null) return false;
  if (isScalar(node) && isScalarValue(value)) {
    out.push({ start: range[0], end: range[1], text: scalarIn(node, value) + (text.slice(range[0], range[1]).endsWith('\n') ? '\n' : '') });
    return true;
  }
  if ((isMap(node) || isSeq(node)) && node.flow) {
    // Same entries: each value is edited in place, keeping the spacing of the brackets.
    const inPlace: Splice[] = [];
    const sameShape = isMap(node) && isRaw(value)
      ? node.items.length === Object.keys(withoutNulls(value) as Raw).length &&
        node.items.every((p) => isScalar(p.key) && String(p.key.value) in value && edit(text, p.value as Node | null, value[String(p.key.value)], inPlace))
      : isSeq(node) && Array.isArray(value) && node.items.length === value.length && node.items.every((item, i) => edit(text, item as Node | null, value[i], inPlace));
    if (sameShape) {
      out.push(...inPlace);
      return true;
    }
    // A flow collection stays one line; one that becomes a list of records is written as a block.
    const records = Array.isArray(value) && value.some((x) => isRaw(x) || Array.isArray(x));
    if (!records) {
      out.push({ start: range[0], end: range[1], text: flow(value) });
      return true;
    }
    return false;
  }
  if (isMap(node) && isRaw(value)) return editMap(text, node, value, out);
  if (isSeq(node) && Array.isArray(value)) return editSeq(text, node, value, out);
  return false;
}

function editMap(text: string, node: YAMLMap, value: Raw, out: Splice[]): boolean {
  const pairs = node.items;
  const first = pairs[0];
  if (first === undefined || !isScalar(first.key)) return false;
  const indent = columnOf(text, (first.key as Node).range?.[0] ?? 0);
  const present = new Map<string, number>();
  for (const [i, pair] of pairs.entries()) {
    if (!isScalar(pair.key) || pair.key.range === undefined || pair.key.range === null) return false;
    const key = String(pair.key.value);
    present.set(key, i);
    const v = value[key];
    const keyRange = pair.key.range;
    if (v === undefined || v === null) {
      if (isEmptyNode(pair.value)) continue;
      // An entry the record no longer has: its lines go.
      const valueEnd = (pair.value as Node | null)?.range?.[2] ?? keyRange[2];
      out.push({ start: lineStart(text, keyRange[0]), end: lineEnd(text, valueEnd), text: '' });
      continue;
    }
    if (isEmptyNode(pair.value)) {
      // An empty key answered now: the value goes after the colon, or as a block below the key's line.
      if (isScalarValue(v)) out.push({ start: keyRange[1] + 1, end: keyRange[1] + 1, text: ` ${scalarSource(v)}` });
      else if (Array.isArray(v) && v.length === 0) out.push({ start: keyRange[1] + 1, end: keyRange[1] + 1, text: ' []' });
      else out.push({ start: lineEnd(text, keyRange[1]), end: lineEnd(text, keyRange[1]), text: block(v, indent + 2) });
      continue;
    }
    if (edit(text, pair.value as Node, v, out)) continue;
    // A value that changed its kind is rewritten under its key.
    const child = pair.value as Node;
    const childRange = child.range;
    if (childRange === undefined || childRange === null) return false;
    if (isScalarValue(v) || (Array.isArray(v) && v.length === 0)) {
      out.push({ start: childRange[0], end: lineEnd(text, childRange[2]) - 1, text: isScalarValue(v) ? scalarSource(v) : '[]' });
    } else {
      const flowChild = (isMap(child) || isSeq(child)) && child.flow;
      // A flow value gives way right after the colon (its comment stays on the key's line).
      const from = flowChild ? keyRange[1] + 1 : lineEnd(text, keyRange[1]);
      const to = flowChild ? childRange[1] : lineEnd(text, childRange[2]);
      out.push({ start: from, end: to, text: flowChild ? '' : block(v, indent + 2) });
      if (flowChild) out.push({ start: lineEnd(text, childRange[2]), end: lineEnd(text, childRange[2]), text: block(v, indent + 2) });
    }
  }
  // Keys the file lacks go after the nearest key before them in the record's order.
  const keys = Object.keys(value).filter((k) => value[k] !== undefined && value[k] !== null);
  for (const [k, key] of keys.entries()) {
    if (present.has(key)) continue;
    let after: number | undefined;
    for (let j = k - 1; j >= 0 && after === undefined; j--) after = present.get(keys[j] as string);
    const anchor = pairs[after ?? pairs.length - 1];
    const end = anchor === undefined ? text.length : lineEnd(text, (anchor.value as Node | null)?.range?.[2] ?? (anchor.key as Node).range?.[2] ?? 0);
    const at = after === undefined && anchor !== undefined && k === 0 ? lineStart(text, (pairs[0]?.key as Node).range?.[0] ?? 0) : end;
    out.push({ start: at, end: at, text: block({ [key]: value[key] }, indent) });
  }
  return true;
}

function editSeq(text: string, node: YAMLSeq, value: unknown[], out: Splice[]): boolean {
  const items = node.items as Array<Node | null>;
  const firstItem = items[0];
  if (firstItem?.range === undefined || firstItem.range === null) return false;
  const dash = columnOf(text, lineStart(text, firstItem.range[0]) + (text.slice(lineStart(text, firstItem.range[0])).search(/\S/)));
  for (const [i, item] of items.entries()) {
    if (item?.range === undefined || item.range === null) return false;
    const start = lineStart(text, item.range[0]);
    if (i >= value.length) {
      out.push({ start, end: lineEnd(text, item.range[2]), text: '' });
      continue;
    }
    if (edit(text, item, value[i], out)) continue;
    out.push({ start, end: lineEnd(text, item.range[2]), text: block([value[i]], dash) });
  }
  const last = items[items.length - 1];
  const end = lineEnd(text, last?.range?.[2] ?? 0);
  if (value.length > items.length) out.push({ start: end, end, text: block(value.slice(items.length), dash) });
  return true;
}

/**
 * The text of a new YAML file.
 * @param schemaLine the `# yaml-language-server: $schema=…` line
 * @param data the record
 * @param note the import note
 * @returns the file text
 */
export function newYaml(schemaLine: string, data: Raw, note: string): string {
  return `${schemaLine}\n# ${note}\n\n${stringify(data, { lineWidth: 100 })}`;
}
