/** Codes of the shape check: what the zod schemas of SPEC §3 reject. */
import { arg, type DiagnosticSpec } from '../spec.js';

export const schemaCodes = {
  'schema/required': {
    severity: 'error',
    id: (a) => `Kolom "${arg(a, 'field')}" wajib diisi.`,
    en: (a) => `Field "${arg(a, 'field')}" is required.`,
  },
  'schema/type': {
    severity: 'error',
    id: (a) => `Kolom "${arg(a, 'field')}" harus berupa ${arg(a, 'expected')}, bukan ${arg(a, 'found')}.`,
    en: (a) => `Field "${arg(a, 'field')}" must be ${arg(a, 'expectedEn')}, not ${arg(a, 'foundEn')}.`,
  },
  'schema/enum': {
    severity: 'error',
    id: (a) => `Nilai "${arg(a, 'value')}" tidak dikenal untuk "${arg(a, 'field')}"; pilih salah satu: ${arg(a, 'options')}.`,
    en: (a) => `Value "${arg(a, 'value')}" is not valid for "${arg(a, 'field')}"; choose one of: ${arg(a, 'options')}.`,
  },
  'schema/unknown-key': {
    severity: 'error',
    id: (a) =>
      `Kolom "${arg(a, 'key')}" tidak dikenal${a['suggestion'] !== undefined ? `; mungkin maksudnya "${arg(a, 'suggestion')}"` : ''}. Periksa ejaannya, atau simpan data tambahan di bawah "ekstra:".`,
    en: (a) =>
      `Unknown field "${arg(a, 'key')}"${a['suggestion'] !== undefined ? `; did you mean "${arg(a, 'suggestion')}"` : ''}. Check the spelling, or keep extra data under "ekstra:".`,
  },
  'schema/too-small': {
    severity: 'error',
    id: (a) => `Nilai "${arg(a, 'field')}" terlalu kecil: paling sedikit ${arg(a, 'minimum')}${a['unit'] === 'items' ? ' butir' : ''}.`,
    en: (a) => `"${arg(a, 'field')}" is too small: at least ${arg(a, 'minimum')}${a['unit'] === 'items' ? ' items' : ''}.`,
  },
  'schema/too-big': {
    severity: 'error',
    id: (a) => `Nilai "${arg(a, 'field')}" terlalu besar: paling banyak ${arg(a, 'maximum')}${a['unit'] === 'items' ? ' butir' : ''}.`,
    en: (a) => `"${arg(a, 'field')}" is too large: at most ${arg(a, 'maximum')}${a['unit'] === 'items' ? ' items' : ''}.`,
  },
  'schema/text-empty': {
    severity: 'error',
    id: (a) => `Kolom "${arg(a, 'field')}" tidak boleh kosong.`,
    en: (a) => `Field "${arg(a, 'field')}" must not be empty.`,
  },
  'schema/format': {
    severity: 'error',
    id: (a) => `Nilai "${arg(a, 'value')}" pada "${arg(a, 'field')}" tidak sesuai format ${arg(a, 'format')}.`,
    en: (a) => `Value "${arg(a, 'value')}" of "${arg(a, 'field')}" does not match the format ${arg(a, 'formatEn')}.`,
  },
  'schema/invalid': {
    severity: 'error',
    id: (a) => `Nilai "${arg(a, 'field')}" tidak sah: ${arg(a, 'detail')}.`,
    en: (a) => `Invalid value for "${arg(a, 'field')}": ${arg(a, 'detail')}.`,
  },
} satisfies Record<string, DiagnosticSpec>;
