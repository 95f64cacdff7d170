/**
 * The lists inside quick wins and programs that a form holds on sheets of their own (a program's
 * activities, a quick win's schedule): each row names its item by ID or by name, and is added to
 * that item's list; a row naming no item of the form is reported at its cell.
 */
import { diagnostic } from '../diagnostics/catalogue.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { FORM_SHEETS, type TableSheet } from './definition.js';
import type { Raw } from './form-input.js';
import type { IdOutcome } from './merge.js';
import { toPosition } from './positions.js';
import type { FormRead, ItemRow } from './read-form.js';

const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * The item rows' data with their lists attached (an empty list where the form holds none for an item).
 * @param form the read form
 * @param kind the item sheet
 * @param rows the item rows in sheet order
 * @param ids the id decided for each row
 * @param file the form's path relative to the project
 * @returns each row's data with its lists, and the rows that name no item
 */
export function attachItemLists(
  form: FormRead,
  kind: 'quickwin' | 'program',
  rows: readonly ItemRow[],
  ids: readonly IdOutcome[],
  file: string,
): { data: Raw[]; diagnostics: Diagnostic[] } {
  const data = rows.map((r) => ({ ...r.data }));
  const diagnostics: Diagnostic[] = [];
  const itemSheet = FORM_SHEETS.find((s): s is TableSheet => s.kind === 'table' && s.target.kind === 'item' && s.target.item === kind);
  const sheets = FORM_SHEETS.filter((s): s is TableSheet => s.kind === 'table' && s.target.kind === 'item-list' && s.target.item === kind);
  for (const sheet of sheets) {
    if (sheet.target.kind !== 'item-list') continue;
    const listKey = sheet.target.key;
    const key = `${kind}.${listKey}`;
    const records = form.itemLists.get(key) ?? [];
    const pos = form.positions.itemLists.get(key);
    const lists = new Map<number, Raw[]>();
    records.forEach((rec, e) => {
      const ref = rec.id ?? '';
      const byId = ids.findIndex((o, i) => (o.kind === 'ok' && o.id === ref) || rows[i]?.id === ref);
      const byName = byId >= 0 ? -1 : rows.findIndex((r) => typeof r.data['nama'] === 'string' && norm(r.data['nama']) === norm(ref));
      const item = ref === '' ? -1 : byId >= 0 ? byId : byName;
      if (item < 0) {
        const at = pos === undefined ? form.positions.fallback : { sheet: pos.table.sheet, row: pos.table.rows[e] ?? pos.table.headerRow, col: pos.table.firstCol };
        diagnostics.push(diagnostic('xlsx/unknown-parent', toPosition(file, at), { kind, ref, sheet: itemSheet?.name ?? kind }));
        return;
      }
      lists.set(item, [...(lists.get(item) ?? []), rec.data]);
      pos?.byItem.set(item, [...(pos.byItem.get(item) ?? []), e]);
    });
    data.forEach((d, i) => {
      d[listKey] = lists.get(i) ?? [];
    });
  }
  return { data, diagnostics };
}
