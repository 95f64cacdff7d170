/** Codes of the load stage: reading files and parsing YAML. */
import { arg, type DiagnosticSpec } from '../spec.js';

export const loadCodes = {
  'load/read-failed': {
    severity: 'error',
    id: (a) => `Berkas tidak dapat dibaca (${arg(a, 'reason')}).`,
    en: (a) => `The file cannot be read (${arg(a, 'reason')}).`,
  },
  'load/too-large': {
    severity: 'error',
    id: (a) => `Berkas berukuran ${arg(a, 'size')} melebihi batas ${arg(a, 'limit')}; pecah datanya ke beberapa berkas.`,
    en: (a) => `The file is ${arg(a, 'size')}, over the ${arg(a, 'limit')} limit; split the data over several files.`,
  },
  'load/empty': {
    severity: 'error',
    id: () => 'Berkas kosong; isi datanya atau hapus berkas ini.',
    en: () => 'The file is empty; fill in its data or delete it.',
  },
  'load/binary': {
    severity: 'error',
    id: () => 'Berkas berisi data biner, bukan teks YAML; simpan ulang sebagai teks UTF-8.',
    en: () => 'The file holds binary data, not YAML text; save it again as UTF-8 text.',
  },
  'load/encoding': {
    severity: 'error',
    id: (a) => `Berkas tidak berenkode UTF-8 (${arg(a, 'encoding')}); simpan ulang sebagai UTF-8.`,
    en: (a) => `The file is not UTF-8 (${arg(a, 'encoding')}); save it again as UTF-8.`,
  },
  'load/bad-file-name': {
    severity: 'error',
    id: (a) =>
      `Nama berkas "${arg(a, 'name')}" bukan id yang sah: gunakan huruf kecil, angka, dan tanda hubung (contoh: dinas-kesehatan.yaml), paling panjang 64 karakter.`,
    en: (a) =>
      `File name "${arg(a, 'name')}" is not a valid id: use lowercase letters, digits and hyphens (e.g. dinas-kesehatan.yaml), at most 64 characters.`,
  },
  'load/wrong-extension': {
    severity: 'warning',
    id: (a) => `Berkas "${arg(a, 'name')}" tidak dibaca karena bukan .yaml; ganti ekstensinya menjadi .yaml.`,
    en: (a) => `File "${arg(a, 'name')}" is not read because it is not .yaml; rename it to .yaml.`,
  },
  'load/unknown-file': {
    severity: 'warning',
    id: (a) => `Berkas "${arg(a, 'name')}" tidak dikenal dan tidak dibaca; letakkan data di data/opd, data/isu, data/quickwin, atau data/program.`,
    en: (a) => `File "${arg(a, 'name')}" is not a known input and is not read; put data in data/opd, data/isu, data/quickwin or data/program.`,
  },
  'yaml/syntax': {
    severity: 'error',
    id: (a) => `Sintaks YAML salah: ${arg(a, 'detail')}.`,
    en: (a) => `YAML syntax error: ${arg(a, 'detail')}.`,
  },
  'yaml/tab': {
    severity: 'error',
    id: () => 'Karakter tab dipakai untuk indentasi; YAML hanya menerima spasi.',
    en: () => 'A tab character is used for indentation; YAML accepts spaces only.',
  },
  'yaml/duplicate-key': {
    severity: 'error',
    id: (a) => `Kunci "${arg(a, 'key')}" ditulis dua kali; hapus salah satunya.`,
    en: (a) => `Key "${arg(a, 'key')}" appears twice; remove one of them.`,
  },
  'yaml/alias-limit': {
    severity: 'error',
    id: () => 'Terlalu banyak alias YAML (*alias) sehingga data membengkak; tulis datanya secara langsung.',
    en: () => 'Too many YAML aliases (*alias) expand the data excessively; write the data out directly.',
  },
  'yaml/multiple-documents': {
    severity: 'error',
    id: () => 'Berkas berisi lebih dari satu dokumen YAML (---); satu berkas hanya boleh berisi satu data.',
    en: () => 'The file holds more than one YAML document (---); one file holds one item.',
  },
  'yaml/not-mapping': {
    severity: 'error',
    id: (a) => `Isi berkas harus berupa pemetaan kunci: nilai, bukan ${arg(a, 'found')}.`,
    en: (a) => `The file must hold a mapping of key: value, not ${arg(a, 'found')}.`,
  },
  'yaml/forbidden-key': {
    severity: 'error',
    id: (a) => `Kunci "${arg(a, 'key')}" tidak diizinkan.`,
    en: (a) => `Key "${arg(a, 'key')}" is not allowed.`,
  },
  'yaml/unsupported-value': {
    severity: 'error',
    id: (a) => `Nilai bertipe ${arg(a, 'type')} tidak didukung; tulis sebagai teks atau angka biasa.`,
    en: (a) => `A value of type ${arg(a, 'type')} is not supported; write plain text or a number.`,
  },
} satisfies Record<string, DiagnosticSpec>;
