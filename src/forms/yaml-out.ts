/**
 * Writes an imported record as YAML. An existing file keeps its text: when only values changed,
 * just those values are replaced in place; when entries were added or removed the document is
 * patched (comments stay, long lines may be re-wrapped). A new file gets the schema line and a note.
 */
import { isMap, isScalar, isSeq, parseDocument, stringify, type Document, type Node } from 'yaml';
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

/** Collects value-only changes; returns false when the change is structural. */
function scalarChanges(node: Node | null, value: unknown, out: Splice[]): boolean {
  if (isMap(node) && isRaw(value)) {
    const keys = node.items.map((p) => (isScalar(p.key) ? String(p.key.value) : undefined));
    const present = Object.keys(value).filter((k) => value[k] !== undefined);
    if (keys.some((k) => k === undefined) || keys.length !== present.length || keys.some((k) => value[k as string] === undefined)) return false;
    return node.items.every((p) => scalarChanges(p.value as Node | null, value[String((p.key as { value: unknown }).value)], out));
  }
  if (isSeq(node) && Array.isArray(value)) {
    if (node.items.length !== value.length) return false;
    return node.items.every((item, i) => scalarChanges(item as Node, value[i], out));
  }
  if (isScalar(node) && isScalarValue(value)) {
    if (node.value === value) return true;
    if (node.range === undefined || node.range === null) return false;
    // A block scalar's range ends after its last line break; keep the break.
    out.push({ start: node.range[0], end: node.range[1], text: scalarSource(value) });
    return true;
  }
  return false;
}

/** Patches a node towards a value; returns the node to keep in place. */
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
  if (equal(doc.toJSON(), data)) return text;
  const splices: Splice[] = [];
  let next: string;
  if (doc.errors.length === 0 && scalarChanges(doc.contents, data, splices)) {
    if (splices.length === 0) return text;
    next = text;
    for (const s of [...splices].sort((a, b) => b.start - a.start)) {
      const old = next.slice(s.start, s.end);
      next = next.slice(0, s.start) + s.text + (old.endsWith('\n') ? '\n' : '') + next.slice(s.end);
    }
  } else {
    doc.contents = patch(doc, doc.contents, data) as typeof doc.contents;
    next = doc.toString();
  }
  return withNote(next, note);
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
