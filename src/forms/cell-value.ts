/** Reads one cell of a returned form: formulas through their cached values, rich text and links as text, errors reported. */
import type ExcelJS from 'exceljs';
import { diagnostic } from '../diagnostics/catalogue.js';
import type { Diagnostic, Position } from '../diagnostics/diagnostic.js';
import { cellAddress } from '../sheet/index.js';
import type { CellPrimitive } from './convert.js';

/**
 * The position of a cell, as diagnostics report it (line = row, column = column number).
 * @param file the form's path relative to the project
 * @param sheet sheet name
 * @param row 1-based row
 * @param col 1-based column
 * @returns the position
 */
export function cellPosition(file: string, sheet: string, row: number, col: number): Position {
  return { file, line: row, column: col, sheet, cell: cellAddress(row, col) };
}

function shortFormula(f: string): string {
  return f.length > 40 ? `${f.slice(0, 39)}…` : f;
}

function plain(v: unknown): CellPrimitive | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'string') return v.trim() === '' ? undefined : v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o['richText'])) return plain((o['richText'] as Array<{ text?: unknown }>).map((r) => (typeof r.text === 'string' ? r.text : '')).join(''));
    if ('text' in o && 'hyperlink' in o) return plain(o['text']);
  }
  return undefined;
}

/**
 * The value of a cell, or undefined when it is empty. Merged-away cells (all but the top-left of a
 * merge) read as empty; formulas give their cached result, or a diagnostic when there is none.
 * @param cell the exceljs cell
 * @param at its position
 * @param out where diagnostics go
 * @returns the value
 */
export function readCell(cell: ExcelJS.Cell, at: Position, out: Diagnostic[]): CellPrimitive | undefined {
  if (cell.isMerged && cell.master !== cell && cell.master.address !== cell.address) return undefined;
  const v: unknown = cell.value;
  if (v !== null && typeof v === 'object' && !(v instanceof Date)) {
    const o = v as Record<string, unknown>;
    if ('error' in o && typeof o['error'] === 'string') {
      out.push(diagnostic('xlsx/cell-error', at, { error: o['error'] }));
      return undefined;
    }
    const formula = typeof o['formula'] === 'string' ? o['formula'] : typeof o['sharedFormula'] === 'string' ? o['sharedFormula'] : undefined;
    if (formula !== undefined) {
      const result = o['result'];
      if (result !== null && typeof result === 'object' && !(result instanceof Date) && 'error' in result) {
        out.push(diagnostic('xlsx/cell-error', at, { error: String((result).error) }));
        return undefined;
      }
      const value = plain(result);
      if (result === undefined || result === null) {
        out.push(diagnostic('xlsx/formula-no-value', at, { formula: shortFormula(formula) }));
        return undefined;
      }
      out.push(diagnostic('xlsx/formula', at, { formula: shortFormula(formula), value: value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? '') }));
      return value;
    }
  }
  return plain(v);
}
