/** Codes of the workbook layout templates (`templates/workbook/*.yaml`); YAML problems keep the load codes. */
import { arg, type DiagnosticSpec } from '../spec.js';

export const workbookCodes = {
  'report/workbook-template-too-large': {
    severity: 'error',
    id: (a) => `Templat lembar kerja berukuran ${arg(a, 'size')} melebihi batas ${arg(a, 'limit')}; satu templat hanya menata satu lembar.`,
    en: (a) => `The workbook template is ${arg(a, 'size')}, over the ${arg(a, 'limit')} limit; a template lays out one sheet only.`,
  },
  'report/workbook-template-unknown-key': {
    severity: 'error',
    id: (a) =>
      `Kunci "${arg(a, 'key')}" tidak dikenal dalam templat lembar kerja${a['suggestion'] !== undefined ? `; mungkin maksudnya "${arg(a, 'suggestion')}"` : ''}. Bandingkan dengan templat bawaan yang bernama sama.`,
    en: (a) =>
      `Unknown key "${arg(a, 'key')}" in the workbook template${a['suggestion'] !== undefined ? `; did you mean "${arg(a, 'suggestion')}"` : ''}. Compare with the built-in template of the same name.`,
  },
  'report/workbook-template-required': {
    severity: 'error',
    id: (a) => `Templat lembar kerja memerlukan "${arg(a, 'field')}".`,
    en: (a) => `The workbook template needs "${arg(a, 'field')}".`,
  },
  'report/workbook-template-invalid': {
    severity: 'error',
    id: (a) => `Nilai "${arg(a, 'field')}" dalam templat lembar kerja tidak sah: harus ${arg(a, 'expected')}.`,
    en: (a) => `The value of "${arg(a, 'field')}" in the workbook template is invalid: it must be ${arg(a, 'expectedEn')}.`,
  },
  'report/workbook-template-duplicate-sheet': {
    severity: 'error',
    id: (a) => `Nama lembar "${arg(a, 'sheet')}" sudah dipakai oleh ${arg(a, 'other')}; setiap lembar memerlukan nama sendiri (huruf besar dan kecil tidak dibedakan).`,
    en: (a) => `Sheet name "${arg(a, 'sheet')}" is already used by ${arg(a, 'other')}; every sheet needs a name of its own (case does not count).`,
  },
} satisfies Record<string, DiagnosticSpec>;
