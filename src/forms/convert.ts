/** Converts between data values and form cells: what is written into a cell, and how a typed-in cell is read back. */
import type { FieldType } from './fields.js';

/** A cell value after formulas, rich text and hyperlinks are resolved. */
export type CellPrimitive = string | number | boolean | Date;

/** Ya / Tidak, as the boolean dropdowns show them. */
export const YES = 'Ya';
export const NO = 'Tidak';

/** A value as cell text: text as it is, numbers and booleans as written, anything else as JSON. */
function asText(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
}

/**
 * The value to write into a cell for a data value.
 * @param value the value from the YAML
 * @param type the field type
 * @returns a cell value, or null for an empty cell
 */
export function toCell(value: unknown, type: FieldType): CellPrimitive | null {
  if (value === undefined || value === null) return null;
  switch (type.kind) {
    case 'enum': {
      const text = asText(value);
      const i = type.options.indexOf(text);
      return i >= 0 && type.labels !== undefined ? (type.labels[i] ?? text) : text;
    }
    case 'bool':
      return value === true ? YES : value === false ? NO : asText(value);
    case 'ym': {
      const m = typeof value === 'string' ? /^(\d{4})-(\d{2})$/.exec(value) : null;
      return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1)) : asText(value);
    }
    case 'refs':
      return Array.isArray(value) ? value.map(asText).join(', ') : asText(value);
    case 'int':
    case 'number':
      return typeof value === 'number' ? value : asText(value);
    default:
      return asText(value);
  }
}

/** A cell's value, or (`bad`) the kind of value the field expects when the cell cannot be read as one. */
export type ReadResult = { readonly value: unknown } | { readonly bad: FieldType['kind'] };

/**
 * Parses a number typed the Indonesian way or the English way: `Rp1.250.000`, `1.250.000`, `12,5`, `12.5`.
 * @param text the text
 * @param integer whether the field holds whole numbers (then dots are thousands separators)
 * @returns the number, or undefined when the text is not a number
 */
export function parseNumber(text: string, integer: boolean): number | undefined {
  let t = text.replace(/^\s*Rp\.?\s*/i, '').replace(/[\s\u00a0]/g, '');
  if (t === '' || !/^[-+]?[\d.,]+$/.test(t)) return undefined;
  if (t.includes(',') && t.includes('.')) {
    // The separator that comes last is the decimal one.
    t = t.lastIndexOf(',') > t.lastIndexOf('.') ? t.replace(/\./g, '').replace(',', '.') : t.replace(/,/g, '');
  } else if (t.includes(',')) {
    t = /^[-+]?\d{1,3}(,\d{3})+$/.test(t) && integer ? t.replace(/,/g, '') : t.replace(',', '.');
  } else if (/^[-+]?\d{1,3}(\.\d{3})+$/.test(t) && (integer || (t.match(/\./g) ?? []).length > 1)) {
    t = t.replace(/\./g, '');
  }
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(t)) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

function normaliseChoice(s: string): string {
  return s.trim().toLowerCase().replace(/^smart\s+/, '').replace(/[\s_]+/g, '-');
}

/**
 * Reads a cell value as a field's value.
 * @param v the cell value (never empty: empty cells are skipped before)
 * @param type the field type
 * @returns the value, or the expected form (id, en) when the cell cannot be read as that type
 */
export function fromCell(v: CellPrimitive, type: FieldType): ReadResult {
  const bad = { bad: type.kind } as const;
  switch (type.kind) {
    case 'text':
      if (v instanceof Date) return { value: v.toISOString().slice(0, 10) };
      return { value: typeof v === 'string' ? v.trim() : String(v) };
    case 'int':
    case 'number': {
      if (typeof v === 'number') return { value: v };
      if (typeof v !== 'string') return bad;
      const n = parseNumber(v, type.kind === 'int');
      return n === undefined ? bad : { value: n };
    }
    case 'bool': {
      if (typeof v === 'boolean') return { value: v };
      if (typeof v === 'number' && (v === 0 || v === 1)) return { value: v === 1 };
      const s = String(v).trim().toLowerCase();
      if (['ya', 'y', 'yes', 'true', 'benar', 'ada'].includes(s)) return { value: true };
      if (['tidak', 't', 'no', 'n', 'false', 'salah', 'tidak ada'].includes(s)) return { value: false };
      return bad;
    }
    case 'enum': {
      const s = String(v).trim();
      const exact = type.options.find((o) => o === s);
      if (exact !== undefined) return { value: exact };
      // The label the dropdown shows, however it is spelt or spaced.
      const label = type.labels?.findIndex((l) => l.replace(/\s+/g, ' ').toLowerCase() === s.replace(/\s+/g, ' ').toLowerCase()) ?? -1;
      if (label >= 0) return { value: type.options[label] };
      const loose = type.options.find((o) => normaliseChoice(o) === normaliseChoice(s));
      // An unknown choice is passed on so the schema check names the allowed values.
      return { value: loose ?? s };
    }
    case 'ym': {
      if (v instanceof Date) return { value: `${v.getUTCFullYear()}-${String(v.getUTCMonth() + 1).padStart(2, '0')}` };
      const s = String(v).trim();
      let m = /^(\d{4})[-/.](\d{1,2})$/.exec(s);
      if (m) return { value: `${m[1]}-${(m[2] as string).padStart(2, '0')}` };
      m = /^(\d{1,2})[-/.](\d{4})$/.exec(s);
      if (m) return { value: `${m[2]}-${(m[1] as string).padStart(2, '0')}` };
      return typeof v === 'number' ? bad : { value: s };
    }
    case 'ref':
      return { value: String(v).trim() };
    case 'refs': {
      const parts = String(v).split(/[,;\n]/).map((p) => p.trim()).filter((p) => p !== '');
      return parts.length === 0 ? { value: undefined } : { value: parts };
    }
  }
}
