/** Codes of the shape check: what the zod schemas of the input files (docs/input.md) reject. */
import type { Text } from '../../text/index.js';
import { code, labelOf } from '../spec.js';

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

/** The text formats the schemas check, by the issue message the schemas give; another format is shown by its name. */
export const TEXT_FORMATS: Readonly<Record<string, Text>> = {
  'format-ym': { id: 'tahun-bulan "YYYY-MM" (contoh "2023-07")', en: 'year-month "YYYY-MM" (e.g. "2023-07")' },
  'format-date': { id: 'tanggal "YYYY-MM-DD" (contoh "2022-06-21")', en: 'date "YYYY-MM-DD" (e.g. "2022-06-21")' },
  'format-id': { id: 'id (huruf kecil, angka, tanda hubung; contoh "dinas-kesehatan")', en: 'id (lowercase letters, digits, hyphens; e.g. "dinas-kesehatan")' },
  'format-email': { id: 'alamat email', en: 'an email address' },
  'format-url': { id: 'alamat web http(s)://…', en: 'a web address http(s)://…' },
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
  'schema/unknown-key': code<{ key: string; suggestion?: string }>('error', {
    id: (a, f) =>
      `Kolom "${a.key}" tidak dikenal${f.opt(a.suggestion, (s) => `; mungkin maksudnya "${s}"`)}. Periksa ejaannya, atau simpan data tambahan di bawah "ekstra:".`,
    en: (a, f) =>
      `Unknown field "${a.key}"${f.opt(a.suggestion, (s) => `; did you mean "${s}"`)}. Check the spelling, or keep extra data under "ekstra:".`,
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
    id: (a, f) => `Nilai "${a.value}" pada "${a.field}" tidak sesuai format ${f.text(labelOf(TEXT_FORMATS, a.format))}.`,
    en: (a, f) => `Value "${a.value}" of "${a.field}" does not match the format ${f.text(labelOf(TEXT_FORMATS, a.format))}.`,
  }),
  'schema/invalid': code<{ field: string; detail: string }>('error', {
    id: (a) => `Nilai "${a.field}" tidak sah: ${a.detail}.`,
    en: (a) => `Invalid value for "${a.field}": ${a.detail}.`,
  }),
};
