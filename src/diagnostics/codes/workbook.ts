/** Codes of the workbook layout templates (`templates/workbook/*.yaml`); YAML problems keep the load codes. */
import type { Formats, Text } from '../../text/index.js';
import { code, labelOf, orElse } from '../spec.js';

/** What a value of a workbook template that failed a check must be. */
export type Expectation =
  | { readonly kind: 'one-of'; readonly values: readonly string[] }
  | { readonly kind: 'type'; readonly type: string }
  | { readonly kind: 'bool-or-range' }
  | { readonly kind: 'min-length' | 'min-items' | 'more-than' | 'at-least' | 'max-length' | 'at-most'; readonly n: number }
  | { readonly kind: 'format'; readonly format: string }
  | { readonly kind: 'other'; readonly detail: string };

const TYPE_NAMES: Readonly<Record<string, Text>> = {
  string: { id: 'teks', en: 'text' },
  number: { id: 'angka', en: 'a number' },
  int: { id: 'bilangan bulat', en: 'a whole number' },
  boolean: { id: 'true atau false', en: 'true or false' },
  array: { id: 'daftar', en: 'a list' },
  object: { id: 'pemetaan kunci: nilai', en: 'a mapping of key: value' },
};

/** The formats the template schema checks, by the issue message it gives. */
const FORMATS: Readonly<Record<string, Text>> = {
  'sheet-name': { id: 'nama lembar tanpa tanda [ ] : * ? / \\ \'', en: "a sheet name without [ ] : * ? / \\ '" },
  'band-name': { id: 'nama dari huruf kecil, angka dan _, diawali huruf', en: 'a name of lowercase letters, digits and _, starting with a letter' },
};

function expectedId(e: Expectation, f: Formats): string {
  switch (e.kind) {
    case 'one-of': return `salah satu dari: ${f.list(e.values)}`;
    case 'type': return f.text(labelOf(TYPE_NAMES, e.type));
    case 'bool-or-range': return 'true, false, atau {min: …, max: …}';
    case 'min-length': return `teks paling sedikit ${e.n} karakter`;
    case 'min-items': return `daftar paling sedikit ${e.n} butir`;
    case 'more-than': return `lebih dari ${e.n}`;
    case 'at-least': return `paling sedikit ${e.n}`;
    case 'max-length': return `teks paling banyak ${e.n} karakter`;
    case 'at-most': return `paling banyak ${e.n}`;
    case 'format': return f.text(labelOf(FORMATS, e.format));
    case 'other': return e.detail;
    default: return '?';
  }
}

function expectedEn(e: Expectation, f: Formats): string {
  switch (e.kind) {
    case 'one-of': return `one of: ${f.list(e.values)}`;
    case 'type': return f.text(labelOf(TYPE_NAMES, e.type));
    case 'bool-or-range': return 'true, false or {min: …, max: …}';
    case 'min-length': return `text of at least ${e.n} characters`;
    case 'min-items': return `a list of at least ${e.n} items`;
    case 'more-than': return `more than ${e.n}`;
    case 'at-least': return `at least ${e.n}`;
    case 'max-length': return `text of at most ${e.n} characters`;
    case 'at-most': return `at most ${e.n}`;
    case 'format': return f.text(labelOf(FORMATS, e.format));
    case 'other': return e.detail;
    default: return '?';
  }
}

export const workbookCodes = {
  'report/workbook-template-too-large': code<{ size: number; limit: number }>('error', {
    id: (a, f) => `Templat lembar kerja berukuran ${f.bytes(a.size)} melebihi batas ${f.bytes(a.limit)}; satu templat hanya menata satu lembar.`,
    en: (a, f) => `The workbook template is ${f.bytes(a.size)}, over the ${f.bytes(a.limit)} limit; a template lays out one sheet only.`,
  }),
  'report/workbook-template-unknown-key': code<{ key: string; suggestion?: string }>('error', {
    id: (a, f) =>
      `Kunci "${a.key}" tidak dikenal dalam templat lembar kerja${orElse(f.opt(a.suggestion, (s) => `; maksudnya "${s}"?`), '. Bandingkan dengan templat bawaan yang bernama sama.')}`,
    en: (a, f) =>
      `Unknown key "${a.key}" in the workbook template${orElse(f.opt(a.suggestion, (s) => `; did you mean "${s}"?`), '. Compare with the built-in template of the same name.')}`,
  }),
  'report/workbook-template-required': code<{ field: string }>('error', {
    id: (a) => `Templat lembar kerja memerlukan "${a.field}".`,
    en: (a) => `The workbook template needs "${a.field}".`,
  }),
  'report/workbook-template-invalid': code<{ field: string; expected: Expectation }>('error', {
    id: (a, f) => `Nilai "${a.field}" dalam templat lembar kerja tidak sah: harus ${expectedId(a.expected, f)}.`,
    en: (a, f) => `The value of "${a.field}" in the workbook template is invalid: it must be ${expectedEn(a.expected, f)}.`,
  }),
  'report/workbook-template-duplicate-sheet': code<{ sheet: string; other: string }>('error', {
    id: (a) => `Nama lembar "${a.sheet}" sudah dipakai oleh ${a.other}; setiap lembar memerlukan nama sendiri (huruf besar dan kecil tidak dibedakan).`,
    en: (a) => `Sheet name "${a.sheet}" is already used by ${a.other}; every sheet needs a name of its own (case does not count).`,
  }),
};
