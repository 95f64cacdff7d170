/**
 * Checks a read form as if it were imported: its values are merged over the OPD's files, then go
 * through the same shape check and semantic rules as YAML input; every finding is moved to the cell
 * it came from.
 */
import { diagnostic } from '../diagnostics/catalogue.js';
import { compareDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceFile } from '../load/index.js';
import type { OpdData, ProgramData, QuickWinData } from '../schema/index.js';
import { taxonomy } from '../taxonomy/index.js';
import { checkShape, type Item, type ProjectData } from '../validate/index.js';
import { createContext, RULES } from '../validate/rules/index.js';
import { isRaw, type Raw } from './form-input.js';
import { allocateIds, mergeRecord, ownerOf } from './merge.js';
import { itemCell, opdCell, toPosition, type CellRef } from './positions.js';
import type { FormRead } from './read-form.js';

/** A record the form produces: what importing it would write. */
export interface FormRecord {
  readonly kind: 'opd' | 'quickwin' | 'program';
  readonly id: string;
  readonly data: Raw;
  /** The file as loaded, when the record exists already. */
  readonly source?: SourceFile;
}

export interface FormOutcome {
  readonly opdId: string;
  readonly records: FormRecord[];
  readonly diagnostics: Diagnostic[];
}

/**
 * Evaluates a read form against the project.
 * @param project the validated project
 * @param form the read form (not fatal, with an OPD id)
 * @param file the form's path relative to the project
 * @param known findings already reported on the project's own files (see {@link findingKey}); the same
 *   finding on a record the form leaves as it was is not repeated
 * @returns the records the form would write and every diagnostic, positioned in the form
 */
export function evaluateForm(project: ProjectData, form: FormRead, file: string, known: ReadonlySet<string> = new Set()): FormOutcome {
  const opdId = form.opdId as string;
  const out: Diagnostic[] = [];
  const fileOf = (kind: string, id: string) => project.files.find((f) => f.kind === kind && f.id === id);
  // Findings on each synthetic record are moved to the cell that produced the value.
  const cellOf = new Map<string, (path: ReadonlyArray<string | number>) => CellRef>();
  const synthetic = (kind: FormRecord['kind'], id: string, data: Raw, source?: SourceFile): SourceFile => {
    const marker = `${file}#${kind}/${id}`;
    return { kind, id, path: marker, absolutePath: source?.absolutePath ?? marker, text: '', data };
  };

  // 1. The OPD record.
  const opdSource = fileOf('opd', opdId);
  const records: FormRecord[] = [{ kind: 'opd', id: opdId, data: mergeRecord('opd', isRaw(opdSource?.data) ? opdSource.data : undefined, form.opd), ...(opdSource ? { source: opdSource } : {}) }];
  cellOf.set(`${file}#opd/${opdId}`, (p) => opdCell(form.positions, p));

  // 2. Quick-win and program rows: ids, ownership, merge over the existing file.
  for (const kind of ['quickwin', 'program'] as const) {
    const rows = form.items[kind];
    const existing = new Map(project.files.filter((f) => f.kind === kind && f.id !== undefined).map((f) => [f.id as string, {
      ...(ownerOf(f.data) !== undefined ? { owner: ownerOf(f.data) } : {}),
      ...(isRaw(f.data) && typeof f.data['nama'] === 'string' ? { nama: f.data['nama'] } : {}),
    }]));
    const owners = new Map([...existing].map(([id, e]) => [id, e.owner] as const));
    const ids = allocateIds(rows, opdId, existing, kind);
    const seen = new Set<string>();
    ids.forEach((o, index) => {
      const at = toPosition(file, itemCell(form.positions, kind, index, []));
      if (o.kind === 'bad-id') {
        out.push(diagnostic('xlsx/bad-value', at, { value: o.id, expected: 'id' }));
        return;
      }
      if (o.kind === 'foreign') {
        out.push(diagnostic('xlsx/foreign-item', at, { kind, id: o.id, owner: o.owner }));
        return;
      }
      if (o.kind === 'duplicate') {
        out.push(diagnostic('xlsx/duplicate-id', at, { id: o.id, row: form.positions.items.get(kind)?.rows[o.first] ?? '?' }));
        return;
      }
      seen.add(o.id);
      const source = o.isNew ? undefined : fileOf(kind, o.id);
      const data = mergeRecord(kind, isRaw(source?.data) ? source.data : undefined, (rows[index] as { data: Raw }).data, { opd: opdId });
      records.push({ kind, id: o.id, data, ...(source ? { source } : {}) });
      cellOf.set(`${file}#${kind}/${o.id}`, (p) => itemCell(form.positions, kind, index, p));
    });
    // Items of this OPD the form no longer lists are left alone; say so.
    const sheet = form.positions.items.get(kind);
    for (const [id, owner] of owners) {
      if (owner === opdId && !seen.has(id) && sheet !== undefined) {
        out.push(diagnostic('xlsx/item-not-in-form', toPosition(file, { sheet: sheet.sheet, row: sheet.headerRow, col: 1 }), { kind, id }));
      }
    }
  }

  // 3. Shape check of every record, then the rules over the project with the records in place.
  const shaped: Diagnostic[] = [];
  const files = records.map((r) => synthetic(r.kind, r.id, r.data, r.source));
  const valid = files.map((f) => {
    const shape = checkShape(f);
    shaped.push(...shape.diagnostics);
    return shape.value;
  });
  const replaced = <T>(list: ReadonlyArray<Item<T>>, kind: FormRecord['kind']): Item<T>[] => {
    const mine = records.flatMap((r, i) => (r.kind === kind ? [{ r, f: files[i] as SourceFile, v: valid[i] }] : []));
    const ids = new Set(mine.map((m) => m.r.id));
    return [...list.filter((it) => !ids.has(it.id)), ...mine.flatMap((m) => (m.v === undefined ? [] : [{ id: m.r.id, file: m.f, data: m.v as T }]))]
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  };
  const broken = (kind: 'opd' | 'isu' | 'quickwin' | 'program') =>
    new Set([...project.brokenIds[kind], ...records.flatMap((r, i) => (r.kind === kind && valid[i] === undefined ? [r.id] : []))]);
  const merged: ProjectData = {
    ...project,
    opd: replaced<OpdData>(project.opd, 'opd'),
    quickwin: replaced<QuickWinData>(project.quickwin, 'quickwin'),
    program: replaced<ProgramData>(project.program, 'program'),
    isu: project.isu,
    brokenIds: { opd: broken('opd'), isu: broken('isu'), quickwin: broken('quickwin'), program: broken('program') },
  };
  const ruled: Diagnostic[] = [];
  const ctx = createContext(merged, taxonomy(), ruled);
  for (const rule of RULES) rule(ctx);

  // 4. Move findings on the records to their cells; drop those on cells already reported unreadable.
  const unreadableCodes = new Set(['xlsx/bad-value', 'xlsx/formula-no-value', 'xlsx/cell-error']);
  const unreadable = new Set([...form.diagnostics, ...out].filter((d) => unreadableCodes.has(d.code)).map((d) => `${d.sheet}!${d.cell}`));
  const sourceOf = new Map(records.map((r) => [`${file}#${r.kind}/${r.id}`, r.source?.path]));
  for (const d of [...shaped, ...ruled]) {
    const locator = cellOf.get(d.file);
    if (locator === undefined) continue;
    const source = sourceOf.get(d.file);
    if (source !== undefined && known.has(findingKey({ ...d, file: source }))) continue;
    const at = toPosition(file, locator(parsePath(d.path ?? '')));
    if (unreadable.has(`${at.sheet}!${at.cell}`)) continue;
    const { endLine: _l, endColumn: _c, ...rest } = d;
    out.push({ ...rest, file: at.file, line: at.line, column: at.column, sheet: at.sheet, cell: at.cell });
  }
  return { opdId, records, diagnostics: [...form.diagnostics, ...out].sort(compareDiagnostics) };
}

/**
 * The identity of a finding, for recognising the same finding on a file and on a form.
 * @param d a diagnostic
 * @returns file, code, data path and arguments joined
 */
export function findingKey(d: Diagnostic): string {
  return `${d.file}|${d.code}|${d.path ?? ''}|${JSON.stringify(d.args)}`;
}

/**
 * Parses a dotted data path back into segments: `aplikasi[2].status` → `['aplikasi', 2, 'status']`.
 * @param s the dotted path
 * @returns the segments
 */
export function parsePath(s: string): Array<string | number> {
  const out: Array<string | number> = [];
  for (const m of s.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] !== undefined ? Number(m[2]) : (m[1] as string));
  return out;
}
