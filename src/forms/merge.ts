/**
 * Merging a returned form over the project's data: the fields a form governs are replaced by what
 * the form holds, every other field is kept; new quick-win and program rows get ids from their names.
 */
import { isValidId } from '../load/index.js';
import { ID_MAX_LENGTH, OpdSchema, ProgramSchema, QuickWinSchema } from '../schema/index.js';
import { FORM_SHEETS, governedKeys } from './definition.js';
import { isRaw, type Raw } from './form-input.js';

const SCHEMA_KEYS = {
  opd: Object.keys(OpdSchema.shape),
  quickwin: Object.keys(QuickWinSchema.shape),
  program: Object.keys(ProgramSchema.shape),
} as const;

const LIST_KEYS = new Set<string>(FORM_SHEETS.flatMap((s) => (s.kind === 'table' && s.target.kind === 'opd-list' ? [s.target.key] : [])));

/**
 * Merges form values over a record.
 * @param kind the record's kind
 * @param existing the record as its file holds it (undefined for a new record)
 * @param form the values the form holds for the governed fields
 * @param extra fields to set in any case (an item's `opd`)
 * @returns the merged record, keys in schema order
 */
export function mergeRecord(kind: 'opd' | 'quickwin' | 'program', existing: Raw | undefined, form: Raw, extra: Raw = {}): Raw {
  const governed = new Set(governedKeys(kind));
  const base = existing ?? {};
  const out: Raw = {};
  const put = (key: string) => {
    let value: unknown;
    if (key in extra) value = extra[key];
    else if (!governed.has(key)) value = base[key];
    else if (LIST_KEYS.has(key) && kind === 'opd' && Array.isArray(form[key]) && (form[key] as unknown[]).length === 0) {
      // An empty table means "none" only where the file had a list; an absent list stays absent.
      value = Array.isArray(base[key]) ? [] : undefined;
    } else value = form[key];
    if (value !== undefined) out[key] = value;
  };
  for (const key of SCHEMA_KEYS[kind]) put(key);
  // Keys the schema does not know are kept so the shape check still reports them.
  for (const key of Object.keys(base)) if (!(key in out) && !SCHEMA_KEYS[kind].includes(key) && !governed.has(key)) out[key] = base[key];
  return out;
}

/**
 * An id made from a name: lowercase ASCII letters and digits joined by hyphens, at most 64 characters.
 * @param name the item's name
 * @returns the slug (empty when the name has no letters or digits)
 */
export function slugify(name: string): string {
  const s = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (s.length <= ID_MAX_LENGTH) return s;
  const cut = s.slice(0, ID_MAX_LENGTH);
  return cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut;
}

export type IdOutcome =
  | { readonly kind: 'ok'; readonly id: string; readonly isNew: boolean }
  | { readonly kind: 'bad-id'; readonly id: string }
  | { readonly kind: 'foreign'; readonly id: string; readonly owner: string }
  | { readonly kind: 'duplicate'; readonly id: string; readonly first: number };

/** An existing item of a kind: the OPD that owns it and its name, as its file holds them. */
export interface ExistingItem {
  readonly owner?: string;
  readonly nama?: string;
}

/** A name compared the way a person reads it: case, spacing and surrounding white space ignored. */
const sameName = (a: string, b: string) => a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Decides the file id of each quick-win or program row: the ID cell when filled; else the item of
 * this OPD with the same name (a row an earlier import of the same form created, so importing a
 * form again, or its re-saved copy, never makes a second file); else one made from the name that no
 * other file or row uses. Deterministic, so `validate` and `import` agree.
 * @param rows the rows in sheet order (`id` from the ID cell, `nama` from the data)
 * @param opdId the form's OPD
 * @param existing every existing item of this kind, by id (owner undefined when unreadable)
 * @param kind the item kind (for an id when a row has no name)
 * @returns one outcome per row
 */
export function allocateIds(
  rows: ReadonlyArray<{ readonly id?: string; readonly data: Raw }>,
  opdId: string,
  existing: ReadonlyMap<string, ExistingItem>,
  kind: 'quickwin' | 'program',
): IdOutcome[] {
  const owners = new Map([...existing].map(([id, e]) => [id, e.owner] as const));
  const taken = new Map<string, number>();
  // Ids written in the ID column are reserved first, so a new row never takes one of them.
  rows.forEach((r, i) => {
    if (r.id !== undefined && !taken.has(r.id)) taken.set(r.id, i);
  });
  // A row without an id is the item of this OPD with its name, unless a row already claims that item.
  const byName = (nama: string): string | undefined => {
    for (const [id, e] of existing) if (e.owner === opdId && e.nama !== undefined && sameName(e.nama, nama) && !taken.has(id)) return id;
    return undefined;
  };
  return rows.map((r, i): IdOutcome => {
    if (r.id !== undefined) {
      if (!isValidId(r.id)) return { kind: 'bad-id', id: r.id };
      const first = taken.get(r.id);
      if (first !== undefined && first !== i) return { kind: 'duplicate', id: r.id, first };
      if (owners.has(r.id)) {
        const owner = owners.get(r.id);
        if (owner !== undefined && owner !== opdId) return { kind: 'foreign', id: r.id, owner };
        return { kind: 'ok', id: r.id, isNew: false };
      }
      return { kind: 'ok', id: r.id, isNew: true };
    }
    const nama = typeof r.data['nama'] === 'string' ? r.data['nama'] : '';
    const same = nama.trim() !== '' ? byName(nama) : undefined;
    if (same !== undefined) {
      taken.set(same, i);
      return { kind: 'ok', id: same, isNew: false };
    }
    const base = slugify(nama) || `${kind}-${opdId}`.slice(0, ID_MAX_LENGTH);
    let id = base;
    for (let n = 2; owners.has(id) || taken.has(id); n++) id = `${base.slice(0, ID_MAX_LENGTH - String(n).length - 1)}-${n}`;
    taken.set(id, i);
    return { kind: 'ok', id, isNew: true };
  });
}

/**
 * The owner OPD of an item as its file holds it.
 * @param data the item's raw data
 * @returns the owner id, or undefined
 */
export function ownerOf(data: unknown): string | undefined {
  return isRaw(data) && typeof data['opd'] === 'string' ? data['opd'] : undefined;
}
