/** The row view model of a workbook sheet: plain values, already sorted, grouped and formatted for printing. */
import type { NumberFormatName } from '../../../sheet/index.js';

export type Scalar = string | number | null;

/**
 * A formula with its cached result. The formula may refer to other cells by layout key, resolved by
 * the layout: `{{col:key}}` (same row), `{{range:key}}` (the column's data rows, absolute) and
 * `{{band:name.member}}` (a band cell above the headers).
 */
export interface FormulaCell {
  readonly formula: string;
  readonly result: number | string;
}

/** A value with its own number format (for key–value sheets mixing counts and Rupiah). */
export interface FormattedCell {
  readonly value: number;
  readonly format: NumberFormatName;
}

export type ViewCell = Scalar | FormulaCell | FormattedCell;

export type ViewRow = Readonly<Record<string, ViewCell>>;

/** One member of a repeated column group (a criterion, a year, a field). */
export interface GroupMember {
  readonly id: string;
  readonly label: string;
  /** Format used by columns with `format: auto`. */
  readonly format?: NumberFormatName;
  /** Values shown in band rows (e.g. the weight). */
  readonly values?: Readonly<Record<string, Scalar>>;
}

export interface SheetView {
  /** Figures templates may put in titles: `{daerah}`, `{metode}` … */
  readonly meta: Readonly<Record<string, string>>;
  readonly groups: Readonly<Record<string, readonly GroupMember[]>>;
  readonly rows: readonly ViewRow[];
}

/**
 * Whether a view cell is a formula.
 * @param c the cell
 * @returns true for `{formula, result}`
 */
export function isFormula(c: ViewCell | undefined): c is FormulaCell {
  return c !== null && typeof c === 'object' && 'formula' in c;
}

/**
 * Whether a view cell carries its own format.
 * @param c the cell
 * @returns true for `{value, format}`
 */
export function isFormatted(c: ViewCell | undefined): c is FormattedCell {
  return c !== null && typeof c === 'object' && 'format' in c && !('formula' in c);
}
