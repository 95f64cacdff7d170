/**
 * The hidden list sheet of a form and the data validations that use it: every closed list lives in a
 * bounded range there (never inline, so no 255-character limit), and each entry column gets a bounded
 * validation range with Indonesian messages.
 */
import { elementsByDimension } from '../../forms/choices.js';
import { NO, YES } from '../../forms/convert.js';
import { LIST_SHEET, type FormField } from '../../forms/definition.js';
import type { FormInput } from '../../forms/form-input.js';
import { columnLetter, quoteSheet, setText, SheetBuilder, type DataValidation, type Sheet } from '../../sheet/index.js';

/** Ranges on the list sheet, by list key. */
export type ListRanges = ReadonlyMap<string, string>;

/** The list of the dimension of each element, row by row beside the elements. */
const DIMENSION_OF_ELEMENT = 'dep:dimensi';

/** The list a field's dropdown uses, or undefined for fields without one. */
export function listKey(f: FormField): string | undefined {
  if (f.refList !== undefined) return `ref:${f.refList}`;
  if (f.type.kind === 'enum') return `enum:${f.type.options.join('|')}`;
  return undefined;
}

/** The lists of a form: their titles and values, and where each lands on the list sheet. */
export interface ListPlan {
  readonly columns: ReadonlyArray<{ readonly title: string; readonly values: readonly string[] }>;
  readonly ranges: ListRanges;
}

/**
 * Plans the hidden list sheet: one column per closed list, each a bounded range below a title.
 * @param input the form input (for the project's ids)
 * @param fields every field of the form
 * @returns the columns and the range of each list
 */
export function planLists(input: FormInput, fields: readonly FormField[]): ListPlan {
  const lists = new Map<string, { title: string; values: readonly string[] }>();
  lists.set('ref:isu', { title: 'isu', values: input.lists.isu.map((e) => e.id) });
  lists.set('ref:opd', { title: 'opd', values: input.lists.opd.map((e) => e.id) });
  lists.set('ref:quickwin', { title: 'quickwin', values: input.lists.quickwin.map((e) => e.id) });
  const byDimension = elementsByDimension();
  for (const f of fields) {
    const key = listKey(f);
    if (key === undefined || lists.has(key) || f.type.kind !== 'enum') continue;
    if (f.path.join('.') === 'elemen') {
      // Elements grouped by dimension, beside the dimension of each: the element dropdown offers
      // only the rows of the dimension chosen in the same row.
      lists.set(key, { title: 'elemen', values: byDimension.flatMap((d) => d.elemen) });
      lists.set(DIMENSION_OF_ELEMENT, { title: 'dimensi elemen', values: byDimension.flatMap((d) => d.elemen.map(() => d.dimensi)) });
    } else lists.set(key, { title: f.path.join('.'), values: f.type.labels ?? f.type.options });
  }
  const ranges = new Map<string, string>();
  [...lists.entries()].forEach(([key, list], i) => {
    if (list.values.length === 0) return;
    const letter = columnLetter(i + 1);
    ranges.set(key, `${quoteSheet(LIST_SHEET)}!$${letter}$2:$${letter}$${list.values.length + 1}`);
  });
  return { columns: [...lists.values()], ranges };
}

/**
 * The hidden list sheet.
 * @param plan the planned lists
 * @returns the sheet
 */
export function listSheet(plan: ListPlan): Sheet {
  const ws = new SheetBuilder(LIST_SHEET, { state: 'hidden' });
  plan.columns.forEach((list, i) => {
    setText(ws.cell(1, i + 1), list.title);
    ws.cell(1, i + 1).style.font = { bold: true };
    list.values.forEach((v, j) => setText(ws.cell(j + 2, i + 1), v));
    ws.column(i + 1).width = Math.max(12, ...list.values.map((v) => v.length + 2));
  });
  ws.protection = { selectLockedCells: true, selectUnlockedCells: true };
  return ws.build();
}

/** A data validation before it is placed on a range. */
export type Validation = Omit<DataValidation, 'ref'>;

function bounded(kind: 'whole' | 'decimal', min: number | undefined, max: number | undefined, what: string): Validation {
  const range = min !== undefined && max !== undefined ? `antara ${min} dan ${max}` : min !== undefined ? `paling sedikit ${min}` : max !== undefined ? `paling banyak ${max}` : '';
  const base: Validation = {
    type: kind,
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: 'Nilai tidak sah',
    error: `Isi dengan ${what}${range ? ` ${range}` : ''}.`,
  };
  if (min !== undefined && max !== undefined) return { ...base, operator: 'between', formulae: [min, max] };
  if (min !== undefined) return { ...base, operator: 'greaterThanOrEqual', formulae: [min] };
  if (max !== undefined) return { ...base, operator: 'lessThanOrEqual', formulae: [max] };
  return { ...base, operator: 'between', formulae: [-1e15, 1e15] };
}

/**
 * The data validation of a field's cells, or undefined for free text.
 * @param f the field
 * @param ranges list ranges on the list sheet
 * @param dimensionCell for an element column: the dimension cell of the validation's first row
 *   (e.g. `$C4`), whose choice narrows the element dropdown
 * @returns the data validation
 */
export function validationFor(f: FormField, ranges: ListRanges, dimensionCell?: string): Validation | undefined {
  const prompt = f.hint !== '' ? { showInputMessage: true, promptTitle: f.label.slice(0, 32), prompt: f.hint.slice(0, 255) } : {};
  const t = f.type;
  switch (t.kind) {
    case 'bool':
      return { type: 'list', allowBlank: true, formulae: [`"${YES},${NO}"`], showErrorMessage: true, errorStyle: 'stop', errorTitle: 'Pilihan tidak sah', error: `Pilih ${YES} atau ${NO}.`, ...prompt };
    case 'int':
      return { ...bounded('whole', t.min, t.max, t.format === 'rupiah' ? 'rupiah penuh (bilangan bulat, tanpa titik)' : t.format === 'year' ? 'tahun (4 angka)' : 'bilangan bulat'), ...prompt };
    case 'number':
      return { ...bounded('decimal', t.min, t.max, 'angka'), ...prompt };
    case 'ym':
      return {
        type: 'date', operator: 'between', allowBlank: true,
        formulae: [new Date(Date.UTC(1900, 0, 1)), new Date(Date.UTC(2200, 11, 31))],
        // A warning, not a stop: where a spreadsheet keeps "2024-07" as text, the form still reads it.
        showErrorMessage: true, errorStyle: 'warning', errorTitle: 'Bulan tidak sah',
        error: 'Isi dengan bulan dan tahun, mis. 2024-07.', ...prompt,
      };
    case 'refs':
      // Several comma-separated ids: a dropdown picks one value only, so the cell is free text with
      // a prompt (the ids are listed on the instructions sheet).
      return {
        type: 'any', allowBlank: true, showInputMessage: true, promptTitle: f.label.slice(0, 32),
        prompt: 'Isi id dari lembar Petunjuk; beberapa id dipisah koma, mis. air-bersih, kemiskinan.',
      };
    case 'enum':
    case 'ref': {
      const key = listKey(f);
      const range = key !== undefined ? ranges.get(key) : undefined;
      if (range === undefined) return Object.keys(prompt).length > 0 ? { type: 'any', allowBlank: true, ...prompt } : undefined;
      const of = ranges.get(DIMENSION_OF_ELEMENT);
      const formula = dimensionCell !== undefined && of !== undefined ? dependentList(dimensionCell, of, range) : range;
      return {
        type: 'list', allowBlank: true, formulae: [formula],
        showErrorMessage: true, errorStyle: 'stop', errorTitle: 'Pilihan tidak sah',
        error: dimensionCell !== undefined ? 'Pilih elemen dari daftar; daftar hanya memuat elemen dimensi yang dipilih.' : 'Pilih salah satu nilai dari daftar.',
        ...prompt,
      };
    }
    case 'text':
      return Object.keys(prompt).length > 0 ? { type: 'any', allowBlank: true, ...prompt } : undefined;
  }
}

/**
 * The standard dependent-list formula (OFFSET, MATCH, COUNTIF; Excel and LibreOffice both evaluate
 * it in a list validation): the rows of the element list whose dimension is the one chosen, or the
 * whole list while no dimension is chosen.
 * @param dimensionCell the dimension cell of the first row, column absolute (`$C4`)
 * @param dimensionOf range of the dimension beside each element (`Daftar!$X$2:$X$19`)
 * @param elements range of the elements (`Daftar!$Y$2:$Y$19`)
 * @returns the formula
 */
function dependentList(dimensionCell: string, dimensionOf: string, elements: string): string {
  const first = elements.replace(/^(.*!\$[A-Z]+\$)(\d+):.*$/, (_m, col: string, row: string) => `${col}${Number(row) - 1}`);
  return `IF(${dimensionCell}="",${elements},OFFSET(${first},MATCH(${dimensionCell},${dimensionOf},0),0,COUNTIF(${dimensionOf},${dimensionCell}),1))`;
}

/**
 * Adds a validation over a bounded block of cells.
 * @param ws the sheet
 * @param ref A1 range such as `C4:C503`
 * @param v the validation
 */
export function addValidation(ws: SheetBuilder, ref: string, v: Validation): void {
  ws.dataValidations.push({ ref, ...v });
}
