/** Codes of the shape check: what the zod schemas of the input files (docs/input.md) reject. */
import type { Text } from '../../text/index.js';
import { code, labelOf, orElse } from '../spec.js';

/** Names of the value types zod reports, by zod's name; another name is shown as it is. */
const TYPE_NAMES: Readonly<Record<string, Text>> = {
  string: { id: 'teks', en: 'text' },
  number: { id: 'angka', en: 'a number' },
  int: { id: 'bilangan bulat', en: 'a whole number' },
  boolean: { id: 'true atau false', en: 'true or false' },
  array: { id: 'daftar', en: 'a list' },
  object: { id: 'pemetaan kunci: nilai', en: 'a mapping of key: value' },
  null: { id: 'kosong', en: 'empty' },
  undefined: { id: 'kosong', en: 'empty' },
  tuple: { id: 'daftar [a, b, nilai]', en: 'a list [a, b, value]' },
  record: { id: 'pemetaan kunci: nilai', en: 'a mapping of key: value' },
};

/**
 * The text formats the schemas check, by the issue message the schemas give, each said as what a
 * value that fails it is not ("is not a valid email address"); another format is shown by its name.
 */
export const TEXT_FORMATS: Readonly<Record<string, Text>> = {
  'format-ym': { id: 'tidak sesuai format tahun-bulan "YYYY-MM" (contoh "2023-07")', en: 'is not in the year-month format "YYYY-MM" (e.g. "2023-07")' },
  'format-date': { id: 'tidak sesuai format tanggal "YYYY-MM-DD" (contoh "2022-06-21")', en: 'is not a date in the format "YYYY-MM-DD" (e.g. "2022-06-21")' },
  'format-id': { id: 'bukan id yang sah (huruf kecil, angka, tanda hubung; contoh "dinas-kesehatan")', en: 'is not a valid id (lowercase letters, digits, hyphens; e.g. "dinas-kesehatan")' },
  'format-email': { id: 'bukan alamat email yang sah', en: 'is not a valid email address' },
  'format-url': { id: 'bukan alamat web yang sah (http:// atau https://…)', en: 'is not a valid web address (http:// or https://…)' },
};

export const schemaCodes = {
  'schema/required': code<{ field: string }>('error', {
    id: (a) => `Kolom "${a.field}" wajib diisi.`,
    en: (a) => `Field "${a.field}" is required.`,
  }),
  'schema/type': code<{ field: string; expected: string; found: string }>('error', {
    id: (a, f) => `Kolom "${a.field}" harus berupa ${f.text(labelOf(TYPE_NAMES, a.expected))}, bukan ${f.text(labelOf(TYPE_NAMES, a.found))}.`,
    en: (a, f) => `Field "${a.field}" must be ${f.text(labelOf(TYPE_NAMES, a.expected))}, not ${f.text(labelOf(TYPE_NAMES, a.found))}.`,
  }),
  'schema/enum': code<{ field: string; value: string; options: string }>('error', {
    id: (a) => `Nilai "${a.value}" tidak dikenal untuk "${a.field}"; pilih salah satu: ${a.options}.`,
    en: (a) => `Value "${a.value}" is not valid for "${a.field}"; choose one of: ${a.options}.`,
  }),
  'schema/unknown-key': code<{ key: string; suggestion?: string; quote?: string }>('error', {
    id: (a, f) => `Kolom "${a.key}" tidak dikenal${orElse(
      f.opt(a.quote, (q) => `: di dalam { } tanda koma memisahkan isian, jadi "${q}" terbaca sebagai dua isian. Bila itu satu nilai, beri tanda kutip: "${q}".`),
      orElse(f.opt(a.suggestion, (s) => `; maksudnya "${s}"?`), '. Periksa ejaannya, atau simpan data tambahan di bawah "ekstra:".'),
    )}`,
    en: (a, f) => `Unknown field "${a.key}"${orElse(
      f.opt(a.quote, (q) => `: inside { } a comma separates entries, so "${q}" reads as two entries. If it is one value, put it in quotes: "${q}".`),
      orElse(f.opt(a.suggestion, (s) => `; did you mean "${s}"?`), '. Check the spelling, or keep extra data under "ekstra:".'),
    )}`,
  }),
  'schema/too-small': code<{ field: string; minimum: number; unit: 'items' | 'value' }>('error', {
    id: (a) => `Nilai "${a.field}" terlalu kecil: paling sedikit ${a.minimum}${a.unit === 'items' ? ' butir' : ''}.`,
    en: (a) => `"${a.field}" is too small: at least ${a.minimum}${a.unit === 'items' ? ' items' : ''}.`,
  }),
  'schema/too-big': code<{ field: string; maximum: number; unit: 'items' | 'value' }>('error', {
    id: (a) => `Nilai "${a.field}" terlalu besar: paling banyak ${a.maximum}${a.unit === 'items' ? ' butir' : ''}.`,
    en: (a) => `"${a.field}" is too large: at most ${a.maximum}${a.unit === 'items' ? ' items' : ''}.`,
  }),
  'schema/text-empty': code<{ field: string }>('error', {
    id: (a) => `Kolom "${a.field}" tidak boleh kosong.`,
    en: (a) => `Field "${a.field}" must not be empty.`,
  }),
  'schema/format': code<{ field: string; value: string; format: string }>('error', {
    id: (a, f) => `Nilai "${a.value}" pada "${a.field}" ${a.format in TEXT_FORMATS ? f.text(labelOf(TEXT_FORMATS, a.format)) : `tidak sesuai format ${a.format}`}.`,
    en: (a, f) => `Value "${a.value}" of "${a.field}" ${a.format in TEXT_FORMATS ? f.text(labelOf(TEXT_FORMATS, a.format)) : `does not match the format ${a.format}`}.`,
  }),
  'schema/invalid': code<{ field: string; detail: string }>('error', {
    id: (a) => `Nilai "${a.field}" tidak sah: ${a.detail}.`,
    en: (a) => `Invalid value for "${a.field}": ${a.detail}.`,
  }),
};
