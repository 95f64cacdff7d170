/** Codes of the load stage: reading files and parsing YAML. */
import { code } from '../spec.js';

/** What a file held instead of a mapping (the same words in both languages). */
const FOUND = { empty: 'kosong/empty', list: 'daftar/list', scalar: 'nilai tunggal/scalar' } as const;

export const loadCodes = {
  'load/read-failed': code<{ reason: string }>('error', {
    id: (a) => `Berkas tidak dapat dibaca (${a.reason}).`,
    en: (a) => `The file cannot be read (${a.reason}).`,
  }),
  'load/too-large': code<{ size: number; limit: number }>('error', {
    id: (a, f) => `Berkas berukuran ${f.bytes(a.size)} melebihi batas ${f.bytes(a.limit)}; pecah datanya ke beberapa berkas.`,
    en: (a, f) => `The file is ${f.bytes(a.size)}, over the ${f.bytes(a.limit)} limit; split the data over several files.`,
  }),
  'load/empty': code('error', {
    id: 'Berkas kosong; isi datanya atau hapus berkas ini.',
    en: 'The file is empty; fill in its data or delete it.',
  }),
  'load/binary': code<{ offset: number }>('error', {
    id: 'Berkas berisi data biner, bukan teks YAML; simpan ulang sebagai teks UTF-8.',
    en: 'The file holds binary data, not YAML text; save it again as UTF-8 text.',
  }),
  'load/encoding': code<{ encoding: string }>('error', {
    id: (a) => `Berkas tidak berenkode UTF-8 (${a.encoding}); simpan ulang sebagai UTF-8.`,
    en: (a) => `The file is not UTF-8 (${a.encoding}); save it again as UTF-8.`,
  }),
  'load/bad-file-name': code<{ name: string }>('error', {
    id: (a) =>
      `Nama berkas "${a.name}" bukan id yang sah: gunakan huruf kecil, angka, dan tanda hubung (contoh: dinas-kesehatan.yaml), paling panjang 64 karakter.`,
    en: (a) =>
      `File name "${a.name}" is not a valid id: use lowercase letters, digits and hyphens (e.g. dinas-kesehatan.yaml), at most 64 characters.`,
  }),
  'load/wrong-extension': code<{ name: string }>('warning', {
    id: (a) => `Berkas "${a.name}" tidak dibaca karena bukan .yaml; ganti ekstensinya menjadi .yaml.`,
    en: (a) => `File "${a.name}" is not read because it is not .yaml; rename it to .yaml.`,
  }),
  'load/unknown-file': code<{ name: string }>('warning', {
    id: (a) => `Berkas "${a.name}" tidak dikenal dan tidak dibaca; letakkan data di data/opd, data/isu, data/quickwin, atau data/program.`,
    en: (a) => `File "${a.name}" is not a known input and is not read; put data in data/opd, data/isu, data/quickwin or data/program.`,
  }),
  'yaml/syntax': code<{ detail: string }>('error', {
    id: (a) => `Sintaks YAML salah: ${a.detail}.`,
    en: (a) => `YAML syntax error: ${a.detail}.`,
  }),
  'yaml/tab': code('error', {
    id: 'Karakter tab dipakai untuk indentasi; YAML hanya menerima spasi.',
    en: 'A tab character is used for indentation; YAML accepts spaces only.',
  }),
  'yaml/duplicate-key': code<{ key: string }>('error', {
    id: (a) => `Kunci "${a.key}" ditulis dua kali; hapus salah satunya.`,
    en: (a) => `Key "${a.key}" appears twice; remove one of them.`,
  }),
  'yaml/alias-limit': code('error', {
    id: 'Terlalu banyak alias YAML (*alias) sehingga data membengkak; tulis datanya secara langsung.',
    en: 'Too many YAML aliases (*alias) expand the data excessively; write the data out directly.',
  }),
  'yaml/multiple-documents': code('error', {
    id: 'Berkas berisi lebih dari satu dokumen YAML (---); satu berkas hanya boleh berisi satu data.',
    en: 'The file holds more than one YAML document (---); one file holds one item.',
  }),
  'yaml/not-mapping': code<{ found: keyof typeof FOUND }>('error', {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- SARIF rule texts render with placeholder arguments
    id: (a) => `Isi berkas harus berupa pemetaan kunci: nilai, bukan ${FOUND[a.found] ?? a.found}.`,
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- SARIF rule texts render with placeholder arguments
    en: (a) => `The file must hold a mapping of key: value, not ${FOUND[a.found] ?? a.found}.`,
  }),
  'yaml/forbidden-key': code<{ key: string }>('error', {
    id: (a) => `Kunci "${a.key}" tidak diizinkan.`,
    en: (a) => `Key "${a.key}" is not allowed.`,
  }),
  'yaml/unsupported-value': code<{ type: string }>('error', {
    id: (a) => `Nilai bertipe ${a.type} tidak didukung; tulis sebagai teks atau angka biasa.`,
    en: (a) => `A value of type ${a.type} is not supported; write plain text or a number.`,
  }),
};
